import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadFixtureDebate } from './load-fixture';
import { renderExplorer } from './render-explorer';

describe('the overview', () => {
  it('introduces the debate, its speakers and its six topics', () => {
    renderExplorer('/');
    const pane = screen.getByRole('region', { name: '詳細內容' });
    expect(within(pane).getByRole('heading', { level: 2 })).toHaveTextContent('《Future Talk》');
    expect(within(pane).getByText('丁廣勝')).toBeInTheDocument();
    expect(within(pane).getByText('崔玉賢')).toBeInTheDocument();
    expect(within(pane).getByRole('link', { name: '楊蜀' })).toHaveAttribute(
      'href',
      '/speakers/yang-shu',
    );
    const topicList = within(pane).getAllByRole('list').at(-1);
    expect(topicList && within(topicList).getAllByRole('listitem')).toHaveLength(6);
  });
});

describe('a topic page', () => {
  it('shows both speakers side by side with their relation', () => {
    renderExplorer('/topics/open-vs-closed');
    const pane = screen.getByRole('region', { name: '詳細內容' });
    expect(
      within(pane).getByRole('heading', { level: 2, name: '開源還是閉源?' }),
    ).toBeInTheDocument();
    const cards = within(pane).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '蔡恆進',
      '楊蜀',
    ]);
    expect(within(pane).getByText('看法分歧')).toBeInTheDocument();
    expect(cards[1]).toHaveTextContent(/非常樂見開源/);
  });
});

describe('a stance page', () => {
  it('shows the exact words in blockquotes, attributed outside the quotation', () => {
    renderExplorer('/topics/agi-timing/yang-shu');
    const card = screen.getByRole('article', { name: '楊蜀談「AGI即將到來?」' });
    const figures = within(card).getAllByRole('figure');
    expect(figures).toHaveLength(4);
    const first = figures.find((f) =>
      within(f).getByRole('blockquote').textContent?.startsWith('我認為2025'),
    );
    if (!first) throw new Error('no quote');
    const quote = within(first).getByRole('blockquote');
    expect(quote).toHaveTextContent(/^我認為2025年是人類比AI聰明的最後一年。這不是危言聳聽。$/);
    expect(quote).not.toHaveTextContent('楊蜀');
    // The attribution sits outside the quoted words, in the figure's caption.
    for (const caption of ['楊蜀', '直接引語', '明確署名']) {
      const label = within(first).getByText(caption);
      expect(quote).not.toContainElement(label);
    }
  });

  it('marks inferred attributions and keeps the editor’s notes on source typos', () => {
    renderExplorer('/topics/why-a-startup/yang-shu');
    expect(screen.getAllByText('推定署名')).toHaveLength(2);
    expect(screen.getAllByText(/通常寫作梁文鋒/).length).toBeGreaterThan(0);
  });

  it('links to the neighbouring topics and to the side-by-side view', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/topics/agi-timing/yang-shu');
    const pager = screen.getByRole('navigation', { name: '楊蜀的其他立場與比較' });
    expect(within(pager).getAllByRole('link')).toHaveLength(4);
    expect(screen.getByRole('link', { name: /上一個議題：機會還是挑戰/ })).toHaveAttribute(
      'href',
      '/topics/industry-impact/yang-shu',
    );
    await user.click(screen.getByRole('link', { name: /下一個議題：開源還是閉源/ }));
    expect(router.state.location.pathname).toBe('/topics/open-vs-closed/yang-shu');
    await user.click(screen.getByRole('link', { name: '並排比較各位講者' }));
    expect(router.state.location.pathname).toBe('/topics/open-vs-closed');
  });

  it('offers a link to copy', async () => {
    const user = userEvent.setup();
    renderExplorer('/topics/agi-timing/yang-shu');
    await user.click(screen.getByRole('button', { name: '複製連結' }));
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/topics/agi-timing/yang-shu',
    );
    expect(screen.getByText('已複製連結')).toHaveAttribute('role', 'status');
  });
});

describe('a speaker page', () => {
  it('lists the speaker’s stance on all six topics', () => {
    renderExplorer('/speakers/cai-hengjin');
    const pane = screen.getByRole('region', { name: '詳細內容' });
    expect(within(pane).getByRole('heading', { level: 2 })).toHaveTextContent('蔡恆進（蔡恒进）');
    expect(within(pane).getAllByRole('article')).toHaveLength(6);
    expect(within(pane).getByText('武漢大學計算機學院教授')).toBeInTheDocument();
  });
});

describe('a link to nothing', () => {
  it('says so, links home and suggests the closest page', () => {
    renderExplorer('/topics/agi-timeing');
    expect(screen.getByRole('heading', { name: '找不到這個頁面' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '/topics/agi-timing' })).toHaveAttribute(
      'href',
      '/topics/agi-timing',
    );
    expect(screen.getByRole('link', { name: '回到立場矩陣' })).toHaveAttribute('href', '/');
  });

  it('handles unknown speakers, unknown paths and malformed encodings', () => {
    renderExplorer('/speakers/nobody-at-all-here');
    expect(screen.getByRole('heading', { name: '找不到這個頁面' })).toBeInTheDocument();
  });

  it('shows the not-found page for paths outside the explorer', () => {
    renderExplorer('/totally/unknown/%E0%A4%A');
    expect(screen.getByRole('heading', { name: '找不到這個頁面' })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });
});

describe('another debate', () => {
  it('shows three speakers and two topics, with not-addressed and unclear stances set apart', () => {
    renderExplorer('/', loadFixtureDebate('three-voices'));
    const grid = screen.getByRole('grid');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['議題', '李華', '陳靜', '張偉', '立場對照']);
    expect(
      within(grid).getByRole('link', { name: '張偉，擁堵收費：未發言（未談及）' }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('link', { name: /^李華，單車道：要看地區（立場不明）；\d+ 則引文，/ }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('link', {
        name: /^陳靜，擁堵收費：先改善公車（偏向「反對」）；\d+ 則引文，/,
      }),
    ).toBeInTheDocument();
  });
});

describe('a link that names a page another way', () => {
  it.each([
    ['/speakers/楊蜀', '/speakers/yang-shu'],
    ['/speakers/杨蜀', '/speakers/yang-shu'],
    ['/speakers/蔡恒进', '/speakers/cai-hengjin'],
    ['/topics/AGI-Timing', '/topics/agi-timing'],
    ['/topics/開源還是閉源', '/topics/open-vs-closed'],
    ['/topics/Open-VS-Closed/楊蜀', '/topics/open-vs-closed/yang-shu'],
  ])('%s redirects to %s', async (from, to) => {
    const { router } = renderExplorer(from);
    await screen.findByRole('region', { name: '詳細內容' });
    expect(router.state.location.pathname).toBe(to);
    expect(screen.queryByText('找不到這個頁面')).not.toBeInTheDocument();
  });
});
