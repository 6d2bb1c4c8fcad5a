import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './render-explorer';

// Where the independent readers parted, the pages say so (docs/codebook.md, section 11).

const point = (statement: string) => screen.getByRole('article', { name: statement });

describe('a contested point', () => {
  it('is marked “readings differ”, and opens to every reading with why, the shown one named', async () => {
    const user = userEvent.setup();
    renderExplorer('/compare/technical-route');
    const card = point('DeepSeek走出了一條逆轉ChatGPT路線的新路');
    // The point's relation note comes first, before the answers' own.
    const details = within(card).getAllByRole('group')[0]!;
    expect(details).toHaveTextContent(/^⚖讀法有分歧看各種讀法/);
    expect(details).not.toHaveAttribute('open');
    await user.click(within(details).getByText('看各種讀法'));
    expect(details).toHaveAttribute('open');
    const readings = within(details).getAllByRole('listitem');
    expect(readings.map((r) => r.textContent?.split('：')[0])).toEqual([
      '≠分歧（本站採用）',
      '◦僅一方談到',
    ]);
    for (const reading of readings) expect(reading.textContent).toMatch(/：.{8,}/);
  });

  it('marks a contested answer beside it, and leaves undisputed answers unmarked', () => {
    renderExplorer('/compare/technical-route');
    const card = point('DeepSeek走出了一條逆轉ChatGPT路線的新路');
    // The relation and Yang's answer are contested; Cai's answer is not.
    expect(within(card).getAllByText('讀法有分歧')).toHaveLength(2);
    const plain = point('DeepSeek的關鍵創新在於蒸餾：以更低算力蒸餾出更高智慧的模型');
    expect(within(plain).queryByText('讀法有分歧')).toBeNull();
    expect(within(plain).queryByText('讀者的編碼不一：如何裁定')).toBeNull();
  });

  it('shows a mark in the topic page’s list of points', () => {
    renderExplorer('/topics/technical-route');
    const points = screen.getByRole('region', { name: '具體論點' });
    const item = within(points)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('DeepSeek走出了一條逆轉ChatGPT路線的新路'))!;
    expect(within(item).getByTitle('讀法有分歧')).toBeInTheDocument();
  });
});

describe('a decided item', () => {
  it('says how it was decided, behind a disclosure', () => {
    renderExplorer('/compare/open-vs-closed');
    const card = point('為了安全，先進的模型應該閉源，免得技術落入壞人手裡');
    expect(within(card).getAllByText('讀者的編碼不一：如何裁定').length).toBeGreaterThan(0);
    expect(within(card).queryByText('讀法有分歧')).toBeNull();
  });
});

describe('a stance the readers placed differently', () => {
  it('names the range the readers gave, and how the shown place was decided', () => {
    renderExplorer('/topics/inflection-point/yang-shu');
    expect(
      screen.getByText(
        '獨立編碼的讀者把這一立場放在明確傾向「原路上加速」到偏向「原路上加速」之間',
      ),
    ).toBeVisible();
    expect(screen.getByText('讀者的編碼不一：如何裁定')).toBeVisible();
  });

  it('gives no range where the readers agreed', () => {
    renderExplorer('/topics/inflection-point/cai-hengjin');
    expect(screen.queryByText(/^獨立編碼的讀者把這一立場/)).toBeNull();
  });
});

describe('a stance’s key quote', () => {
  it('is marked, and is the speaker’s own position rather than a view he reports', () => {
    renderExplorer('/topics/open-vs-closed/cai-hengjin');
    const figures = screen.getAllByRole('figure');
    const key = figures.filter((f) => within(f).queryByText(/^關鍵引文/));
    expect(key).toHaveLength(1);
    expect(within(key[0]!).getByRole('blockquote')).toHaveTextContent('回不了頭');
  });
});

describe('how the reading was checked, on /about', () => {
  it('shows α per field for each round, with the caveat and the files to check it', () => {
    renderExplorer('/about');
    const section = screen.getByRole('region', { name: '讀法如何核對' });
    expect(section).toHaveTextContent(/同一個 AI 模型的不同實例/);
    const latest = within(section).getByRole('table', {
      name: '第 2 輪：編碼手冊第 3 版，3 位讀者',
    });
    const row = (name: string) =>
      within(latest)
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .textContent?.replace(name, '');
    expect(row('論點上的回答')).toBe('0.96698可以依靠');
    expect(row('議題上的關係')).toBe('1.0006可以依靠');
    const first = within(section).getByRole('table', {
      name: '第 1 輪：編碼手冊第 2 版，2 位讀者',
    });
    expect(within(first).getByRole('row', { name: /^議題上的關係/ }).textContent).toBe(
      '議題上的關係0.4766不可靠',
    );
    expect(within(section).getByRole('link', { name: /^編碼手冊/ })).toHaveAttribute(
      'href',
      '/method/codebook.md',
    );
    expect(within(section).getByRole('link', { name: 'reader-e 的編碼（JSON）' })).toHaveAttribute(
      'href',
      '/method/codings/reader-e.json',
    );
    expect(section).toHaveTextContent('讀者編碼不一的項目中，3 項已裁定，1 項標為讀法有分歧。');
  });
});
