import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rememberedReading } from '@/lib/reading-choice';
import { simulateNewVisit } from '../store-resets';
import { loadFixtureDebate } from './load-fixture';
import { renderExplorer } from './render-explorer';

const grid = () => screen.getByRole('grid');
const switchOf = (name: RegExp) => screen.getByRole('group', { name });

describe('the reading switch', () => {
  it('links to the same page in each reading, at its own address, marking the one shown', () => {
    renderExplorer('/topics/open-vs-closed/yang-shu?order=disagreement');
    const readings = within(switchOf(/^語言$/));
    expect(readings.getByRole('link', { name: '简体' })).toHaveAttribute(
      'href',
      '/zh-hans/topics/open-vs-closed/yang-shu?order=disagreement',
    );
    expect(readings.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/en/topics/open-vs-closed/yang-shu?order=disagreement',
    );
    // The default address shows Traditional; its option leads to Traditional's own address.
    const traditional = readings.getByRole('link', { name: '繁體' });
    expect(traditional).toHaveAttribute('aria-current', 'true');
    expect(traditional).toHaveAttribute(
      'href',
      '/zh-hant/topics/open-vs-closed/yang-shu?order=disagreement',
    );
  });

  it('keeps the reader’s choice for their next visit to a default address', async () => {
    const user = userEvent.setup();
    const { unmount } = renderExplorer('/en/about');
    // jsdom cannot follow a link: the page it leads to is the browser tests' to check.
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await user.click(within(switchOf(/^Language$/)).getByRole('link', { name: '简体' }));
    expect(rememberedReading()).toBe('zh-hans');
    unmount();
    simulateNewVisit();
    expect(rememberedReading()).toBe('zh-hans');
  });

  it('takes a choice stored by an earlier version of the site (script and language) as the reading', () => {
    localStorage.setItem(
      'debate-explorer:preferences',
      JSON.stringify({ state: { speakerOrder: [], script: 'hans', language: null }, version: 0 }),
    );
    simulateNewVisit();
    renderExplorer('/');
    expect(rememberedReading()).toBe('zh-hans');
  });
});

describe('the Simplified reading', () => {
  it('shows every name, heading and label in Simplified', () => {
    renderExplorer('/zh-hans/topics/open-vs-closed/yang-shu');
    expect(within(grid()).getByRole('link', { name: '杨蜀' })).toBeInTheDocument();
    expect(within(grid()).getByRole('link', { name: '蔡恒进' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '杨蜀谈“开源还是闭源?”' }));
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument();
    const quote = screen.getAllByRole('blockquote')[0]!;
    expect(quote).toHaveAttribute('lang', 'zh-Hans');
    expect(quote).toHaveTextContent('杨蜀认为开源和闭源是个永恒话题');
    expect(within(switchOf(/^语言$/)).getByRole('link', { name: '简体' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('keeps a converted quote’s Traditional original one click away, marked as such', async () => {
    const user = userEvent.setup();
    renderExplorer('/zh-hans/topics/open-vs-closed/yang-shu');
    const [toggle] = screen.getAllByRole('button', { name: '显示繁体原文' });
    const original = screen.getAllByRole('blockquote', { hidden: true })[1]!;
    expect(original).not.toBeVisible();
    await user.click(toggle!);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(original).toBeVisible();
    expect(original).toHaveAttribute('lang', 'zh-Hant');
    expect(original).toHaveTextContent(/^楊蜀認為開源和閉源是個永恆話題/);
    // The label is ours, not the quoted words: it sits outside the quotation, beside it.
    expect(original).not.toHaveTextContent('原文（繁体，未经转换）');
    expect(screen.getAllByText('原文（繁体，未经转换）')[0]).toBeVisible();
  });

  it('converts a debate opened from disk on demand', async () => {
    const fixture = loadFixtureDebate('three-voices');
    renderExplorer('/zh-hans/', fixture);
    for (const speaker of fixture.speakers)
      expect(
        await within(grid()).findByRole('link', { name: speaker.name.hans }),
      ).toBeInTheDocument();
    const { toSimplified } = await import('@/model/script-converter');
    const converted = fixture.topics.map((t) => toSimplified(t.heading));
    expect(converted).not.toEqual(fixture.topics.map((t) => t.heading));
    for (const heading of converted) expect(within(grid()).getByText(heading)).toBeInTheDocument();
  });
});

describe('the English reading', () => {
  it('lets an English reader follow every topic while seeing the original quotes', () => {
    renderExplorer('/en/topics/agi-timing/yang-shu');
    expect(screen.getByRole('heading', { name: 'Position matrix' })).toBeInTheDocument();
    expect(within(grid()).getByRole('link', { name: 'Yang Shu' })).toBeInTheDocument();
    const topics = within(grid()).getAllByRole('rowheader');
    expect(topics).toHaveLength(6);
    for (const topic of topics) expect(topic.textContent).not.toMatch(/[\u4e00-\u9fff]/);

    const quotes = screen.getAllByRole('blockquote');
    expect(quotes[0]).toHaveAttribute('lang', 'zh-Hant');
    expect(quotes[0]!.textContent).toMatch(/[\u4e00-\u9fff]/);
    const glosses = screen.getAllByText(
      (_, element) => /^English translation/.test(element?.textContent ?? ''),
      { selector: 'p' },
    );
    expect(glosses).toHaveLength(quotes.length);
    for (const gloss of glosses) expect(gloss).toHaveAttribute('lang', 'en');
  });

  it('is kept in the link a reader copies', async () => {
    const user = userEvent.setup();
    renderExplorer('/en/topics/agi-timing/yang-shu?order=disagreement');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = new URL(await navigator.clipboard.readText());
    expect(copied.pathname).toBe('/en/topics/agi-timing/yang-shu');
  });
});
