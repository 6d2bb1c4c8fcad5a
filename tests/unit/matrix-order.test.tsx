import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './render-explorer';

const grid = () => screen.getByRole('grid');
/** The topics of the matrix's rows, in order, by the pages their headers link to. */
const topicOrder = () =>
  within(grid())
    .getAllByRole('rowheader')
    .map((header) => within(header).getByRole('link').getAttribute('href')?.split(/[/?]/)[2]);

const articleOrder = [
  'inflection-point',
  'industry-impact',
  'agi-timing',
  'open-vs-closed',
  'why-a-startup',
  'technical-route',
];
// Differ first (by gap, then article order), the one topic they agree on last.
const byDisagreement = [
  'inflection-point',
  'agi-timing',
  'open-vs-closed',
  'industry-impact',
  'technical-route',
  'why-a-startup',
];

describe('the order of the matrix’s rows', () => {
  it('is a labelled radio group, in article order by default', () => {
    renderExplorer('/');
    const group = screen.getByRole('group', { name: '列的順序' });
    expect(within(group).getByRole('radio', { name: '原文順序' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '分歧大小' })).not.toBeChecked();
    expect(group).toHaveAccessibleDescription(
      /^依分歧大小：先依兩人的關係排列（看法分歧、部分一致、僅一方談到、看法一致）/,
    );
    expect(topicOrder()).toEqual(articleOrder);
  });

  it('puts the order in the URL and keeps it in the matrix’s links', async () => {
    const user = userEvent.setup();
    const { router } = renderExplorer('/topics/agi-timing');
    await user.click(screen.getByRole('radio', { name: '分歧大小' }));
    expect(router.state.location.search).toBe('?order=disagreement');
    expect(router.state.location.pathname).toBe('/topics/agi-timing');
    expect(screen.getByRole('radio', { name: '分歧大小' })).toBeChecked();
    expect(topicOrder()).toEqual(byDisagreement);

    // Following a stance keeps the order.
    await user.click(within(grid()).getByRole('link', { name: /^楊蜀，開源還是閉源\?：/ }));
    expect(router.state.location.pathname).toBe('/topics/open-vs-closed/yang-shu');
    expect(router.state.location.search).toBe('?order=disagreement');
    expect(topicOrder()).toEqual(byDisagreement);

    await user.click(screen.getByRole('radio', { name: '原文順序' }));
    expect(router.state.location.search).toBe('');
    expect(topicOrder()).toEqual(articleOrder);
    expect(within(grid()).getByRole('link', { name: /^楊蜀，開源還是閉源\?：/ })).toHaveAttribute(
      'href',
      '/topics/open-vs-closed/yang-shu',
    );
  });

  it('is read from a shared link, and the tab stop follows the selected stance', () => {
    renderExplorer('/topics/agi-timing/yang-shu?order=disagreement');
    expect(screen.getByRole('radio', { name: '分歧大小' })).toBeChecked();
    expect(topicOrder()).toEqual(byDisagreement);
    const current = within(grid()).getByRole('link', { current: 'page' });
    expect(current).toHaveAccessibleName(/^楊蜀，AGI即將到來\?：/);
    expect(current.tabIndex).toBe(0);
  });

  it('falls back to the article’s order for an order it does not know', () => {
    renderExplorer('/?order=loudest');
    expect(screen.getByRole('radio', { name: '原文順序' })).toBeChecked();
    expect(topicOrder()).toEqual(articleOrder);
  });

  it('is labelled in Simplified Chinese and in English', async () => {
    const { unmount } = renderExplorer('/?script=hans');
    const hans = await screen.findByRole('group', { name: '行的顺序' });
    expect(within(hans).getByRole('radio', { name: '分歧大小' })).toBeInTheDocument();
    expect(within(hans).getByRole('radio', { name: '原文顺序' })).toBeInTheDocument();
    unmount();

    renderExplorer('/?lang=en');
    const en = await screen.findByRole('group', { name: 'Order of rows' });
    expect(within(en).getByRole('radio', { name: 'As in the article' })).toBeChecked();
    expect(within(en).getByRole('radio', { name: 'By disagreement' })).toBeInTheDocument();
  });
});

describe('the evidence behind each stance', () => {
  it('is in the stance’s name in all three languages', async () => {
    const { unmount } = renderExplorer('/');
    expect(
      within(grid()).getByRole('link', {
        name: /^蔡恆進，拐點還是海嘯：.*；4 則引文，沒有直接引語，1 則推定署名$/,
      }),
    ).toBeInTheDocument();
    unmount();

    const { unmount: unmountHans } = renderExplorer('/?script=hans');
    expect(
      await within(grid()).findByRole('link', {
        name: /^蔡恒进，拐点还是海啸：.*；4 则引文，没有直接引语，1 则推定署名$/,
      }),
    ).toBeInTheDocument();
    unmountHans();

    renderExplorer('/?lang=en');
    expect(
      await within(grid()).findByRole('link', {
        name: /^Cai Hengjin on .*; 4 quotes, none direct, 1 with an inferred attribution$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(grid()).getByRole('link', {
        name: /^Yang Shu on “Inflection point or tsunami”.*; 3 quotes, none direct, all explicitly attributed$/,
      }),
    ).toBeInTheDocument();
  });

  it('names the gap on the shared axis in English', async () => {
    renderExplorer('/?lang=en');
    const [axis] = await within(grid()).findAllByRole('link', {
      name: /, side by side: Cai Hengjin: /,
    });
    expect(axis?.getAttribute('aria-label')).toMatch(
      /^“.+”, side by side: Cai Hengjin: Clearly leans towards “.+” \(\+2\); Yang Shu: Clearly leans towards “.+” \(−2\) \(independent readers placed this between clearly leans towards “.+” and leans towards “.+”\); 4 steps apart$/,
    );
  });
});
