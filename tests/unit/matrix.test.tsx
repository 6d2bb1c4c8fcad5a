import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadFixtureDebate } from './load-fixture';
import { renderExplorer } from './render-explorer';

function stanceLinks() {
  const grid = screen.getByRole('grid', { name: '立場矩陣' });
  return within(grid)
    .getAllByRole('link')
    .filter((link) => /^\/topics\/[^/]+\/[^/]+$/.test(link.getAttribute('href') ?? ''));
}

/** The grid's cells and links that Tab reaches. */
function tabStops() {
  const grid = screen.getByRole('grid');
  return [
    ...within(grid).getAllByRole('link'),
    ...within(grid).getAllByRole('columnheader'),
    ...within(grid).getAllByRole('rowheader'),
    ...within(grid).getAllByRole('gridcell'),
  ].filter((element) => element.tabIndex === 0);
}

/** Focuses the control just before the grid: the order's checked radio button. */
const focusOrderControl = () => screen.getByRole('radio', { checked: true }).focus();

describe('the stance matrix', () => {
  it('shows 12 stance cells, each a link naming who, which topic and which stance', () => {
    renderExplorer('/');
    const links = stanceLinks();
    expect(links).toHaveLength(12);
    expect(
      screen.getByRole('link', { name: /^楊蜀，開源還是閉源\?：開源閉源看質量/ }),
    ).toHaveAttribute('href', '/topics/open-vs-closed/yang-shu');
    expect(
      screen.getByRole('link', {
        name: '蔡恆進，拐點還是海嘯：海嘯要來，顛覆原路（明確傾向「顛覆原路線」）；4 則引文，沒有直接引語，1 則推定署名',
      }),
    ).toBeInTheDocument();
  });

  it('shows the relation between the two speakers on every topic', () => {
    renderExplorer('/');
    expect(screen.getByRole('columnheader', { name: '兩人關係' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '開源還是閉源?，兩人關係：看法分歧' })).toHaveAttribute(
      'href',
      '/topics/open-vs-closed',
    );
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });

  it('has exactly one tab stop', () => {
    renderExplorer('/');
    expect(tabStops()).toHaveLength(1);
  });

  it('moves focus with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderExplorer('/');
    focusOrderControl();
    await user.tab(); // into the grid, at its first stance
    const link = (name: RegExp | string) => screen.getByRole('link', { name });
    expect(link(/^蔡恆進，拐點還是海嘯/)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(link(/^楊蜀，拐點還是海嘯/)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(link(/^楊蜀，開源還是閉源\?/)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(
      link(
        '開源還是閉源?，立場對照：蔡恆進 明確傾向「開源已成定局」（+2），楊蜀 明確傾向「勝負看質量」（−2），相差 4 級',
      ),
    ).toHaveFocus();
    await user.keyboard('{End}');
    expect(link('開源還是閉源?，兩人關係：看法分歧')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(link(/^AGI即將到來\?，立場對照：/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Home}');
    const topicHeader = link(/^開源還是閉源\?勝負看質量/);
    expect(topicHeader).toHaveFocus();
    expect(topicHeader).toHaveAttribute('href', '/topics/open-vs-closed');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(screen.getByRole('columnheader', { name: '議題' })).toHaveFocus();
    // Only the focused cell stays in the tab order.
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).toHaveFocus();
  });

  it('opens the focused stance with Enter and updates the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/');
    focusOrderControl();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(router.state.location.pathname).toBe('/topics/agi-timing/cai-hengjin');
    expect(
      await screen.findByRole('heading', { level: 2, name: '蔡恆進談「AGI即將到來?」' }),
    ).toBeInTheDocument();
  });

  it('marks the stance the URL selects as the current page', () => {
    renderExplorer('/topics/why-a-startup/yang-shu');
    expect(
      screen.getByRole('link', { current: 'page', name: /^楊蜀，偏執狂才能改變世界\?/ }),
    ).toBeInTheDocument();
  });

  it('swaps the speakers’ columns on request', async () => {
    const user = userEvent.setup();
    renderExplorer('/');
    const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers()).toEqual(['議題', '蔡恆進', '楊蜀', '立場對照', '兩人關係']);
    await user.click(screen.getByRole('button', { name: /交換兩位講者的欄位/ }));
    expect(headers()).toEqual(['議題', '楊蜀', '蔡恆進', '立場對照', '兩人關係']);
    // The shared axis names the speakers in their columns' order.
    expect(
      screen.getByRole('link', { name: /^拐點還是海嘯，立場對照：楊蜀 明確傾向「原路上加速」/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /交換兩位講者的欄位/ }));
    expect(headers()).toEqual(['議題', '蔡恆進', '楊蜀', '立場對照', '兩人關係']);
  });

  it('explains its encoding in a legend', () => {
    renderExplorer('/');
    const legend = screen.getByRole('region', { name: '圖例' });
    expect(within(legend).getByText(/把每位講者放在同一條軸上/)).toBeInTheDocument();
    expect(within(legend).getByText(/未談及或立場不明的講者不放上軸/)).toBeInTheDocument();
    expect(within(legend).getByText('楊蜀')).toBeInTheDocument();
    expect(within(legend).getByText('直接引語')).toBeInTheDocument();
    expect(within(legend).getByText('底下虛線：推定署名')).toBeInTheDocument();
    expect(within(legend).getByText('看法分歧')).toBeInTheDocument();
  });

  it('shows the evidence behind each stance in its name', () => {
    renderExplorer('/');
    expect(
      screen.getByRole('link', {
        name: '楊蜀，AGI即將到來?：人類比AI聰明的最後一年（明確傾向「AI真正超越人類」）；4 則引文，2 則直接引語，全部明確署名',
      }),
    ).toBeInTheDocument();
  });

  it('puts every speaker of a three-speaker debate on the shared axis, or says why not', () => {
    renderExplorer('/', loadFixtureDebate('three-voices'));
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('columnheader', { name: '立場對照' })).toBeInTheDocument();
    const axis = within(grid).getByRole('link', { name: /^擁堵收費，立場對照：/ });
    expect(axis).toHaveAccessibleName(
      '擁堵收費，立場對照：李華 明確傾向「支持」（+2），陳靜 偏向「反對」（−1），張偉 未談及，相差 3 級',
    );
    expect(axis).toHaveTextContent('未談及');
    // Three speakers: no relation column.
    expect(within(grid).queryByRole('columnheader', { name: '兩人關係' })).not.toBeInTheDocument();
  });
});
