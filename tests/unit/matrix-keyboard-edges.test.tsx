import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateDebate } from '../../scripts/bench/generate-debate';
import { renderExplorer } from './render-explorer';

// Two speakers × eight topics: a header row and eight topic rows, each with the topic, both
// stances, the shared axis and the relation. A generated debate, so the bundled data can change.
const { debate } = generateDebate({ speakers: 2, topics: 8 });

const grid = () => screen.getByRole('grid');
const stance = (speaker: number, topic: number) =>
  within(grid()).getByRole('link', { name: new RegExp(`^講者${speaker}號，議題${topic}：`) });
/** Every element of the grid that Tab would reach. */
const tabStops = () =>
  (['link', 'columnheader', 'rowheader', 'gridcell'] as const)
    .flatMap((role) => within(grid()).getAllByRole(role))
    .filter((element) => element.tabIndex === 0);

async function startAtFirstStance() {
  const user = userEvent.setup();
  renderExplorer('/', debate);
  act(() => stance(1, 1).focus());
  return user;
}

describe('the matrix keyboard at the grid’s edges', () => {
  it('stops Page Down at the last row, and a further Page Down or Down stays there', async () => {
    const user = await startAtFirstStance();
    await user.keyboard('{PageDown}');
    expect(stance(1, 6)).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(stance(1, 8)).toHaveFocus();
    await user.keyboard('{PageDown}{ArrowDown}');
    expect(stance(1, 8)).toHaveFocus();
    expect(tabStops()).toEqual([stance(1, 8)]);
  });

  it('stops Page Up at the header row, and a further Up stays there', async () => {
    const user = await startAtFirstStance();
    await user.keyboard('{ArrowDown}{ArrowDown}{PageUp}');
    const header = within(grid()).getByRole('link', { name: '講者1號' });
    expect(header).toHaveFocus();
    await user.keyboard('{PageUp}{ArrowUp}');
    expect(header).toHaveFocus();
    expect(tabStops()).toEqual([header]);
  });

  it('stops at the first and the last column instead of wrapping to another row', async () => {
    const user = await startAtFirstStance();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    const topic = within(grid()).getByRole('rowheader', { name: /^議題1/ });
    expect(within(topic).getByRole('link')).toHaveFocus();
    await user.keyboard('{End}{ArrowRight}');
    const relation = within(grid()).getByRole('link', { name: /^議題1：.*，兩人關係：/ });
    expect(relation).toHaveFocus();
    expect(tabStops()).toEqual([relation]);
  });

  it('goes to the corners with Ctrl+Home and Ctrl+End, and no further', async () => {
    const user = await startAtFirstStance();
    await user.keyboard('{Control>}{End}{/Control}{ArrowDown}{ArrowRight}');
    expect(within(grid()).getByRole('link', { name: /^議題8：.*，兩人關係：/ })).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}{ArrowUp}{ArrowLeft}');
    expect(within(grid()).getByRole('columnheader', { name: '議題' })).toHaveFocus();
    expect(tabStops()).toHaveLength(1);
  });
});
