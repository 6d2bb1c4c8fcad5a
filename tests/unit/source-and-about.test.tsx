import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './render-explorer';

describe('the source reader', () => {
  it('shows the whole article with headings linked to their topics', () => {
    renderExplorer('/source');
    expect(screen.getByRole('heading', { level: 1, name: '原文' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      '拐點還是海嘯',
      '機會還是挑戰',
      'AGI即將到來?',
      '開源還是閉源?',
      '偏執狂才能改變世界?',
      '技術路線之爭',
    ]);
    expect(within(headings[3]!).getByRole('link')).toHaveAttribute(
      'href',
      '/topics/open-vs-closed',
    );
    expect(screen.getByText(/還有人問,現在這條技術路線/)).toBeInTheDocument();
  });

  it('links every highlighted quote back to its stance', () => {
    renderExplorer('/source');
    const back = screen.getAllByRole('link', {
      name: '回到蔡恆進在「開源還是閉源?」的立場：開源已回不了頭',
    });
    expect(back.map((link) => link.getAttribute('href'))).toEqual([
      '/topics/open-vs-closed/cai-hengjin',
      '/topics/open-vs-closed/cai-hengjin',
    ]);
    expect(screen.getAllByRole('link', { name: /^回到/ })).toHaveLength(37);
  });

  it('moves focus to the quote a link points at', () => {
    renderExplorer('/source#open-vs-closed-cai-2');
    expect(screen.getByText('但在我看來,DeepSeek開源之後就已經回不了頭了。')).toHaveFocus();
  });

  it('says so when the linked quote does not exist', () => {
    renderExplorer('/source#no-such-quote');
    expect(screen.getByRole('alert')).toHaveTextContent('原文中找不到引文「no-such-quote」');
  });

  it('is reached from any quote in one click', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/topics/open-vs-closed/cai-hengjin');
    const links = screen.getAllByRole('link', { name: '在原文中查看蔡恆進的這段話' });
    expect(links).toHaveLength(2);
    await user.click(links[1]!);
    expect(router.state.location.pathname).toBe('/source');
    expect(router.state.location.hash).toBe('#open-vs-closed-cai-2');
    expect(await screen.findByText('但在我看來,DeepSeek開源之後就已經回不了頭了。')).toHaveFocus();
  });
});

describe('the methodology page', () => {
  it('explains the coding, what the article leaves out and the dated change log', () => {
    renderExplorer('/about');
    expect(screen.getByRole('heading', { level: 1, name: '方法說明' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '引文的種類與署名' })).toBeInTheDocument();
    const limits = screen.getByRole('region', { name: '文章沒有告訴我們的' });
    expect(within(limits).getByText(/前副總裁/)).toBeInTheDocument();
    const log = screen.getByRole('region', { name: '資料變更紀錄' });
    const dates = within(log).getAllByText('2026-11-29');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toHaveAttribute('datetime', '2026-11-29');
  });
});
