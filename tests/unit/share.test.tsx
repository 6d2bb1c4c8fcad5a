import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { withoutEnglish } from '@/model/localize-debate';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { ReadingProvider } from '@/lib/i18n/reading-context';
import { App } from '@/app';
import { renderExplorer } from './render-explorer';

// A quote's own link, "copy quote" and "share", and the embed dialog and embedded page.

const yangOnAgi = bundledDebate.stances.find(
  (s) => s.topicId === 'agi-timing' && s.speakerId === 'yang-shu',
)!;
/** The stance's second quote: direct speech. */
const direct = yangOnAgi.quotes[1]!;
/** The stance's address in a reading: what the links a reader copies carry. */
const stanceUrl = (reading: string) =>
  `http://localhost:3000/${reading}/topics/agi-timing/yang-shu`;

/** The controls of the stance's quote `index`, by their group's name. */
async function quoteControls(index: number) {
  const groups = await screen.findAllByRole('group', { name: /這段話|这段话|This passage/ });
  return groups[index]!;
}

describe('a quote’s controls', () => {
  it('copy the quote’s own link: the stance page at the quote, in the reading read', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    const copyLink = within(controls).getByRole('button', { name: '複製這段話的連結' });
    await user.click(copyLink);
    // Read at the default address, the link names the Traditional reading it showed.
    expect(await navigator.clipboard.readText()).toBe(`${stanceUrl('zh-hant')}#${direct.id}`);
    expect(copyLink).toHaveAccessibleDescription('已複製連結');
  });

  it('copy the quote with its speaker, the outlet and the link, in Traditional', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    await user.click(within(await quoteControls(1)).getByRole('button', { name: '複製引文' }));
    expect(await navigator.clipboard.readText()).toBe(
      `「${direct.quote.exact}」\n——楊蜀，網易科技\n${stanceUrl('zh-hant')}#${direct.id}`,
    );
  });

  it('say a paraphrase is the outlet’s, not the speaker’s own words', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    await user.click(within(await quoteControls(0)).getByRole('button', { name: '複製引文' }));
    expect(await navigator.clipboard.readText()).toMatch(/\n——楊蜀（網易科技轉述）\n/);
  });

  it('copy the quote in Simplified for a Simplified reader, with a link to the Simplified page', async () => {
    const user = userEvent.setup();
    renderExplorer('/zh-hans/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    await screen.findByText('他已经不是实验室的东西了。');
    await user.click(await within(controls).findByRole('button', { name: '复制引文' }));
    expect(await navigator.clipboard.readText()).toBe(
      `“他已经不是实验室的东西了。”\n——杨蜀，网易科技\n${stanceUrl('zh-hans')}#${direct.id}`,
    );
  });

  it('give an English reader the original words and our translation, marked as ours', async () => {
    const user = userEvent.setup();
    renderExplorer('/en/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    await user.click(await within(controls).findByRole('button', { name: 'Copy quote' }));
    expect(await navigator.clipboard.readText()).toBe(
      [
        `“${direct.quote.exact}”`,
        `[English translation, ours, not the original: ${direct.en!.gloss}]`,
        '— Yang Shu, NetEase Tech',
        `${stanceUrl('en')}#${direct.id}`,
      ].join('\n'),
    );
  });
});

describe('“share”', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  it('opens the system’s share sheet with the quote’s link where the browser has one', async () => {
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    const shareButton = within(controls).getByRole('button', { name: '分享' });
    await user.click(shareButton);
    expect(share).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `${stanceUrl('zh-hant')}#${direct.id}`,
        text: direct.quote.exact,
      }),
    );
    expect(shareButton).toHaveAccessibleDescription('已分享');
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    const shareButton = within(controls).getByRole('button', { name: '分享' });
    await user.click(shareButton);
    expect(share).toHaveBeenCalled();
    expect(shareButton).toHaveAccessibleDescription('');
  });

  it('copies the link where the browser has no share sheet', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    const controls = await quoteControls(1);
    const shareButton = within(controls).getByRole('button', { name: '分享' });
    await user.click(shareButton);
    // Read at the default address, the link names the Traditional reading it showed.
    expect(await navigator.clipboard.readText()).toBe(`${stanceUrl('zh-hant')}#${direct.id}`);
    expect(shareButton).toHaveAccessibleDescription('已複製連結');
  });
});

describe('the embed dialog', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  });

  it('gives the <iframe> snippet and the resize script, to copy', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing');
    await user.click(screen.getByRole('button', { name: '嵌入' }));
    const dialog = await screen.findByRole('dialog', { name: '嵌入到你的網頁' });
    const code = within(dialog).getByRole('textbox', { name: '嵌入程式碼' });
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/zh-hant\/topics\/agi-timing\?embed=1" /,
    );
    expect(snippet).toMatch(/<script src="http:\/\/localhost:3000\/embed\.js" async><\/script>$/);

    const copy = within(dialog).getByRole('button', { name: '複製程式碼' });
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(snippet);
    expect(copy).toHaveAccessibleDescription('已複製程式碼');

    await user.click(within(dialog).getByRole('button', { name: '關閉' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('embeds a stance in the reader’s language', async () => {
    const user = userEvent.setup();
    renderExplorer('/en/topics/agi-timing/yang-shu');
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this on your site' });
    const snippet = (
      within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement
    ).value;
    expect(snippet).toContain(`src="${stanceUrl('en')}?embed=1"`);
    expect(snippet).toContain('title="Yang Shu');
  });
});

describe('an embedded page (?embed=1)', () => {
  const renderApp = (url: string) =>
    render(
      <ReadingProvider place={{ reading: 'zh-hant', explicit: false }} messages={messagesZhHant}>
        <MemoryRouter initialEntries={[url]}>
          <App data={{ debate: withoutEnglish(bundledDebate) }} />
        </MemoryRouter>
      </ReadingProvider>,
    );

  it('shows just the page, with no site header, search or matrix, and a line to the full page', async () => {
    renderApp('/topics/agi-timing?embed=1');
    const full = await screen.findByRole('link', { name: /在辯論立場地圖開啟完整頁面/ });
    expect(full).toHaveAttribute('href', '/topics/agi-timing');
    expect(full).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('navigation', { name: '辯論立場地圖' })).not.toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '嵌入' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /AGI/ })).toBeInTheDocument();
  });

  it('keeps the site around a page opened without it', () => {
    renderApp('/topics/agi-timing');
    expect(screen.getByRole('navigation', { name: '辯論立場地圖' })).toBeInTheDocument();
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /開啟完整頁面/ })).not.toBeInTheDocument();
  });
});
