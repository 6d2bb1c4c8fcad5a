import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateDebate } from '../../scripts/bench/generate-debate';
import { renderExplorer } from './render-explorer';

// 20 speakers × 30 topics: past VIRTUALISE_ABOVE, so only the rows and columns in view
// (and the focused cell's) are rendered.
const { debate } = generateDebate({ speakers: 20, topics: 30 });

const grid = () => screen.getByRole('grid');

describe('the stance matrix of a large debate', () => {
  it('renders part of the grid and says where each rendered row and cell sits', () => {
    renderExplorer('/', debate);
    expect(grid()).toHaveAttribute('aria-rowcount', '31');
    // The topic column, 20 speakers and their shared axis.
    expect(grid()).toHaveAttribute('aria-colcount', '22');
    const rows = within(grid()).getAllByRole('row');
    expect(rows.length).toBeLessThan(31);
    expect(rows.map((r) => r.getAttribute('aria-rowindex')).slice(0, 3)).toEqual(['1', '2', '3']);
    const firstRow = rows[1]!;
    expect(within(firstRow).getByRole('rowheader')).toHaveAttribute('aria-colindex', '1');
    expect(within(firstRow).getAllByRole('gridcell')[0]).toHaveAttribute('aria-colindex', '2');
  });

  it('moves focus by key to cells that were not rendered, keeping one tab stop', async () => {
    const user = userEvent.setup();
    renderExplorer('/', debate);
    expect(screen.queryByRole('link', { name: /^講者20號，議題30：/ })).not.toBeInTheDocument();
    const first = within(grid()).getByRole('link', { name: /^講者1號，議題1：/ });
    act(() => first.focus());

    await user.keyboard('{Control>}{End}{/Control}');
    // The last column: the shared axis, naming all 20 speakers' positions.
    const lastAxis = screen.getByRole('link', { name: /^議題30：.+，立場對照：.*（講者1號 / });
    expect(lastAxis).toHaveFocus();
    expect(lastAxis.getAttribute('aria-label')?.match(/講者\d+號 /g)).toHaveLength(20);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('link', { name: /^講者20號，議題30：/ })).toHaveFocus();

    await user.keyboard('{Control>}{Home}{/Control}');
    expect(screen.getByRole('columnheader', { name: '議題' })).toHaveFocus();

    await user.keyboard('{End}');
    expect(within(grid()).getByRole('columnheader', { name: '立場對照' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(within(grid()).getByRole('link', { name: '講者20號' })).toHaveFocus();
    await user.keyboard('{PageDown}{PageDown}{ArrowDown}');
    expect(within(grid()).getByRole('link', { name: /^講者20號，議題11：/ })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(grid()).getByRole('link', { name: /^議題11：樂觀或悲觀樂觀/ })).toHaveFocus();

    const tabStops = within(grid())
      .getAllByRole('link')
      .filter((link) => link.tabIndex === 0);
    expect(tabStops).toEqual([
      within(grid()).getByRole('link', { name: /^議題11：樂觀或悲觀樂觀/ }),
    ]);
  });
});
