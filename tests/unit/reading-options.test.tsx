import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { simulateNewVisit } from '../store-resets';
import { loadFixtureDebate } from './load-fixture';
import { renderExplorer } from './render-explorer';

const grid = () => screen.getByRole('grid');

describe('the 繁/简 switch', () => {
  it('shows every name, heading and label in Simplified, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = renderExplorer('/topics/open-vs-closed/yang-shu');
    expect(within(grid()).getByRole('link', { name: '楊蜀' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '简体' }));
    expect(await within(grid()).findByRole('link', { name: '杨蜀' })).toBeInTheDocument();
    expect(within(grid()).getByRole('link', { name: '蔡恒进' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '简体' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: '杨蜀谈“开源还是闭源?”' }));
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument();
    const quote = screen.getAllByRole('blockquote')[0]!;
    expect(quote).toHaveAttribute('lang', 'zh-Hans');
    expect(quote).toHaveTextContent('杨蜀认为开源和闭源是个永恒话题');

    // A new visit (the stored choice is all that survives) opens in Simplified.
    unmount();
    simulateNewVisit();
    renderExplorer('/');
    expect(await within(grid()).findByRole('link', { name: '杨蜀' })).toBeInTheDocument();
  });

  it('keeps a converted quote’s Traditional original one click away, marked as such', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/open-vs-closed/yang-shu?script=hans');
    const [toggle] = await screen.findAllByRole('button', { name: '显示繁体原文' });
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

  it('follows a link’s ?script= without changing the reader’s own choice', async () => {
    const { unmount } = renderExplorer('/?script=hans');
    expect(await within(grid()).findByRole('link', { name: '杨蜀' })).toBeInTheDocument();
    unmount();
    simulateNewVisit();
    renderExplorer('/');
    expect(within(grid()).getByRole('link', { name: '楊蜀' })).toBeInTheDocument();
  });

  it('ignores a ?script= it does not know', () => {
    renderExplorer('/?script=klingon');
    expect(within(grid()).getByRole('link', { name: '楊蜀' })).toBeInTheDocument();
  });

  it('converts a debate opened from disk on demand', async () => {
    const fixture = loadFixtureDebate('three-voices');
    renderExplorer('/?script=hans', fixture);
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

describe('English', () => {
  it('lets an English reader follow every topic while seeing the original quotes', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Position matrix' })).toBeInTheDocument();
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
    renderExplorer('/topics/agi-timing/yang-shu?lang=en&script=hans');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const copied = await navigator.clipboard.readText();
    expect(new URL(copied).search).toBe('?script=hans&lang=en');
  });
});
