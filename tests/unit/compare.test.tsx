import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Debate } from '@/model/debate-schema';
import { loadFixtureDebate } from './load-fixture';
import { renderExplorer } from './render-explorer';

const point = (statement: string | RegExp) => screen.getByRole('article', { name: statement });
const sectionNamed = (name: string) => screen.getByRole('region', { name });
const DISTILLATION = 'DeepSeek的關鍵創新在於蒸餾：以更低算力蒸餾出更高智慧的模型';

describe('the compare page', () => {
  it('opens with a summary: counts per relation, by topic', () => {
    renderExplorer('/compare');
    expect(screen.getByRole('heading', { level: 1, name: '哪裡一致，哪裡分歧' })).toBeVisible();
    const summary = sectionNamed('概覽');
    expect(summary).toHaveTextContent('共 49 個論點：一致 8、部分一致 3、分歧 2、僅一方談到 36。');
    const table = within(summary).getByRole('table', { name: '各議題的論點數，依關係分類' });
    const row = within(table).getByRole('row', { name: /^AGI即將到來\?/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['≠看法分歧', '0', '1', '0', '10']);
    // A point on two topics sits in both rows; the foot counts each point once.
    const foot = within(table).getByRole('row', { name: /^全部論點/ });
    expect(
      within(foot)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['', '8', '3', '2', '36']);
  });

  it('answers “where do they differ?” first, topic by topic, with how sure the reading is', () => {
    renderExplorer('/compare');
    const differ = sectionNamed('兩人在哪裡分歧');
    const items = within(differ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^≠看法分歧（5 個議題）：拐點還是海嘯/);
    expect(items[1]).toHaveTextContent(
      /^=看法一致（1 個議題）：偏執狂才能改變世界\?（相差 1 級）$/,
    );
    expect(within(items[0]!).getByRole('link', { name: '技術路線之爭' })).toHaveAttribute(
      'href',
      '/compare/technical-route',
    );
    expect(differ).toHaveTextContent('在 49 個論點中，兩人分歧 2 個、部分一致 3 個、一致 8 個');
    expect(within(differ).getByRole('link', { name: /編碼/ })).toHaveAttribute(
      'href',
      '/about#reliability',
    );
  });

  it('groups the points into where they agree, partly agree, differ and where one speaks', () => {
    renderExplorer('/compare');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '兩人在哪裡分歧',
      '概覽',
      '=一致之處',
      '≈部分一致之處',
      '≠分歧之處',
      '◦只有一方談到的',
    ]);
    expect(within(sectionNamed('一致之處')).getAllByRole('article')).toHaveLength(8);
    expect(within(sectionNamed('部分一致之處')).getAllByRole('article')).toHaveLength(3);
    expect(
      within(sectionNamed('分歧之處')).getByRole('article', { name: DISTILLATION }),
    ).toBeVisible();
  });

  it('shows why, each speaker’s answer in words and the quotes behind it, with links', () => {
    renderExplorer('/compare');
    const card = point(DISTILLATION);
    expect(
      within(card).getByText(
        (_, element) =>
          element?.tagName === 'P' && /^為何這樣判斷：.{10,}/.test(element.textContent ?? ''),
      ),
    ).toBeVisible();
    const answers = within(card).getAllByRole('heading', { level: 4 });
    expect(answers.map((h) => h.textContent)).toEqual(['蔡恆進：✗否定', '楊蜀：✓肯定']);
    const quotes = within(card).getAllByRole('figure');
    expect(quotes).toHaveLength(2);
    for (const figure of quotes) {
      expect(within(figure).getByRole('blockquote')).toBeVisible();
      expect(within(figure).getByRole('link', { name: /^在原文中查看/ })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/source#technical-route-/),
      );
    }
    expect(
      within(card).getByRole('link', { name: '楊蜀在「技術路線之爭」的立場 →' }),
    ).toHaveAttribute('href', '/topics/technical-route/yang-shu');
  });

  it('says when a speaker does not address a point, and links a point’s every topic', () => {
    renderExplorer('/compare');
    const card = point(/^質量比成本更關鍵/);
    expect(within(card).getByRole('heading', { name: '蔡恆進：未談及' })).toBeVisible();
    expect(within(card).getAllByRole('figure')).toHaveLength(2);
    expect(within(card).getAllByRole('link', { name: /^楊蜀在/ })).toHaveLength(2);
  });

  it('is filtered by topic in its path, and the filter marks where the reader is', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/compare');
    const filter = screen.getByRole('navigation', { name: '依議題篩選' });
    expect(within(filter).getByRole('link', { name: '全部議題' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(filter).getByRole('link', { name: 'AGI即將到來?（11）' }));
    expect(router.state.location.pathname).toBe('/compare/agi-timing');
    expect(screen.getAllByRole('article')).toHaveLength(11);
    expect(sectionNamed('概覽')).toHaveTextContent('共 11 個論點');
    expect(within(filter).getByRole('link', { name: 'AGI即將到來?（11）' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('totals every point in its table, whichever topic is in view', () => {
    const totals = (path: string) => {
      const { unmount } = renderExplorer(path);
      const row = within(sectionNamed('概覽')).getByRole('row', { name: /^全部論點/ });
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      unmount();
      return cells;
    };
    const whole = totals('/compare');
    expect(whole.map(Number).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(3);
    expect(totals('/compare/agi-timing')).toEqual(whole);
  });

  it('columns follow the reader’s speaker order', async () => {
    const user = userEvent.setup();
    renderExplorer('/');
    await user.click(screen.getByRole('button', { name: /交換兩位講者的欄位/ }));
    await user.click(screen.getByRole('link', { name: '異同比較' }));
    const card = await screen.findByRole('article', { name: DISTILLATION });
    const names = within(card)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent?.split('：')[0]);
    expect(names).toEqual(['楊蜀', '蔡恆進']);
  });

  it('redirects a topic named loosely to its own path', () => {
    const { router } = renderExplorer('/compare/AGI-Timing');
    expect(router.state.location.pathname).toBe('/compare/agi-timing');
  });

  it('names an unknown topic as a page not found', () => {
    renderExplorer('/compare/no-such-topic');
    expect(screen.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
  });

  it('reads in English', async () => {
    renderExplorer('/en/compare');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Where they agree, and where they part',
      }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Where they partly agree' })).toBeVisible();
    expect(
      await screen.findByRole('article', {
        name: "DeepSeek's key innovation is distillation: distilling a smarter model with less compute",
      }),
    ).toBeVisible();
  });
});

describe('the compare page of another debate', () => {
  it('compares three speakers, with a point where they differ and one with its own quote', () => {
    renderExplorer('/compare', loadFixtureDebate('three-voices'));
    const card = point('收費應是最先採取的辦法');
    expect(within(sectionNamed('分歧之處')).getByRole('article')).toBe(card);
    expect(
      within(card)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['李華：✓肯定', '陳靜：✗否定', '張偉：–未談及']);
    expect(
      within(card)
        .getAllByRole('blockquote')
        .map((b) => b.textContent),
    ).toEqual(['收費是最直接的辦法。', '應先改善公車。']);
    expect(within(card).getByText('沒有談到這一點。')).toBeVisible();
  });

  it('says clearly when a debate has no points', () => {
    const { points: _points, ...withoutPoints }: Debate = loadFixtureDebate('three-voices');
    renderExplorer('/compare', withoutPoints);
    expect(screen.getByText(/這場辯論還沒有標出具體論點/)).toBeVisible();
    expect(screen.getByRole('link', { name: '擁堵收費' })).toHaveAttribute(
      'href',
      '/topics/congestion-charge',
    );
    expect(screen.queryByRole('article', { name: /./ })).toBeNull();
  });
});

describe('a topic page’s points', () => {
  it('lists each point with its relation and answers, linking to the comparison', () => {
    renderExplorer('/topics/agi-timing');
    const points = screen.getByRole('region', { name: '具體論點' });
    expect(within(points).getByRole('link', { name: 'AGI一年之內就會到來' })).toHaveAttribute(
      'href',
      '/compare/agi-timing#point-agi-within-a-year',
    );
    expect(within(points).getAllByText('部分一致')).toHaveLength(1);
    expect(
      within(points).getByRole('link', { name: /^逐點比較「AGI即將到來\?」/ }),
    ).toHaveAttribute('href', '/compare/agi-timing');
  });
});
