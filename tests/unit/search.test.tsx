import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './render-explorer';

describe('search', () => {
  it('finds 開源 in the Traditional source from a Simplified query, for both speakers', async () => {
    renderExplorer('/search?q=开源');
    expect(await screen.findByText(/「开源」有 \d+ 筆結果/)).toHaveRole('status');
    const marks = await screen.findAllByText('開源', { selector: 'mark' });
    expect(marks.length).toBeGreaterThan(3);
    const cai = screen.getByRole('link', { name: '蔡恆進' });
    const yang = screen.getByRole('link', { name: '楊蜀' });
    expect(cai).toHaveAttribute('href', '/topics/open-vs-closed/cai-hengjin');
    expect(yang).toHaveAttribute('href', '/topics/open-vs-closed/yang-shu');
    // Each speaker's quotes are listed under them, each linking to the stance.
    const topic = screen.getByRole('region', { name: '開源還是閉源?' });
    expect(within(topic).getAllByText('引文').length).toBeGreaterThanOrEqual(4);
    const hits = within(topic)
      .getAllByRole('link')
      .filter((link) => within(link).queryAllByText('開源', { selector: 'mark' }).length > 0);
    expect(new Set(hits.map((link) => link.getAttribute('href')))).toEqual(
      new Set([
        '/topics/open-vs-closed',
        '/topics/open-vs-closed/cai-hengjin',
        '/topics/open-vs-closed/yang-shu',
      ]),
    );
  });

  it('shows a common word’s hits fifty at a time, and the rest on request', async () => {
    const user = userEvent.setup();
    renderExplorer('/search?q=的');
    const status = await screen.findByText(/「的」有 \d+ 筆結果/);
    const total = Number(/有 (\d+) 筆/.exec(status.textContent ?? '')?.[1]);
    // Fewer than a hundred, so one click shows them all.
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(100);
    const marked = () => screen.getAllByText('的', { selector: 'mark' }).length;
    expect(screen.getByText(`顯示前 50 筆，共 ${total} 筆。`)).toBeInTheDocument();
    const firstPage = marked();
    await user.click(screen.getByRole('button', { name: `再顯示 ${total - 50} 筆` }));
    expect(screen.queryByRole('button', { name: /再顯示/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/顯示前/)).not.toBeInTheDocument();
    // The button is gone: focus is on the first hit it showed, not lost.
    const hits = within(screen.getByRole('article'))
      .getAllByRole('listitem')
      .map((hit) => within(hit).getByRole('link'));
    expect(hits).toHaveLength(total);
    expect(hits[50]).toHaveFocus();
    expect(marked()).toBeGreaterThan(firstPage);
  });

  it('updates the results and the URL as the reader types', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/');
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: '搜尋議題、摘要與引文' });
    expect(box).toHaveFocus();
    await user.type(box, '蒸餾');
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('蒸餾');
    expect(await screen.findByText(/「蒸餾」有/)).toHaveRole('status');
    expect(screen.getAllByText('蒸餾', { selector: 'mark' }).length).toBeGreaterThan(0);
    // One history entry for the search, not one per keystroke.
    await user.clear(box);
    await user.type(box, '量子糾纏');
    expect(await screen.findByText(/找不到「量子糾纏」/)).toHaveRole('status');
  });

  it('matches English words against the English texts', async () => {
    renderExplorer('/en/search?q=distillation');
    expect(await screen.findByText(/results? for “distillation”/)).toHaveRole('status');
    const hits = screen
      .getAllByRole('link')
      .filter((link) => within(link).queryAllByText(/distillation/i, { selector: 'mark' }).length);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit).toHaveAttribute('lang', 'en');
  });

  it('invites a search when there is no query', () => {
    renderExplorer('/search');
    expect(screen.getByRole('status')).toHaveTextContent('輸入關鍵字');
  });
});
