import { citeInput, QUOTE, STANCE, STANCE_URL } from './cite-inputs';
import { citationItem, cslName, yearOf } from '@/features/cite/citation-item';
import { citation, cslJsonItem } from '@/features/cite/citations';

// What each of the two citations is, as the CSL-JSON item every format is made from.
// Written out from the article's credits and our page, not from the code's output.

test('citing the article names its author, interviewer, outlet and column, and its year', () => {
  const { input } = citeInput('zh-Hant', 'article', { kind: 'debate' });
  expect(citationItem(input)).toEqual({
    id: 'future-talk-deepseek-article',
    type: 'webpage',
    language: 'zh-Hant',
    title: '[DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談]',
    author: [{ literal: '崔玉賢' }],
    interviewer: [{ literal: '丁廣勝' }],
    'container-title': '網易科技 科技《態度》欄目',
    issued: { 'date-parts': [[2025]] },
    // The date as the data knows it, for the formats with room for a note.
    note: '2025年春節後',
  });
});

test('the article has no address or access date of ours, and never the speakers as authors', () => {
  for (const reading of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    const item = citationItem(citeInput(reading, 'article', QUOTE).input);
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('accessed');
    expect(JSON.stringify(item.author)).not.toMatch(/蔡|楊|杨|Cai|Yang/);
  }
});

test('an English reader cites the article with romanised names, family name first', () => {
  const item = citationItem(citeInput('en', 'article', { kind: 'debate' }).input);
  expect(item.author).toEqual([{ family: 'Cui', given: 'Yuxian' }]);
  expect(item.interviewer).toEqual([{ family: 'Ding', given: 'Guangsheng' }]);
  expect(item['container-title']).toBe('NetEase Tech, “Attitude” tech column');
  expect(item.issued).toEqual({ 'date-parts': [[2025]] });
  expect(item.note).toBe('After the 2025 Spring Festival');
});

test('a Simplified reader cites the article in Simplified', () => {
  const item = citationItem(citeInput('zh-Hans', 'article', { kind: 'debate' }).input);
  expect(item.author).toEqual([{ literal: '崔玉贤' }]);
  expect(item.interviewer).toEqual([{ literal: '丁广胜' }]);
  expect(item['container-title']).toBe('网易科技 科技《态度》栏目');
  expect(item.note).toBe('2025年春节后');
});

test('citing this page names our page, its data version and date, address and access date', () => {
  const { input } = citeInput('zh-Hant', 'page', STANCE);
  expect(citationItem(input)).toEqual({
    id: 'future-talk-deepseek-page-inflection-point-cai-hengjin',
    type: 'webpage',
    language: 'zh-Hant',
    title: '蔡恆進談「拐點還是海嘯」：海嘯要來，顛覆原路（資料版本 2026-12-07）',
    'container-title': '辯論立場地圖',
    issued: { 'date-parts': [[2026, 12, 7]] },
    accessed: { 'date-parts': [[2026, 12, 15]] },
    URL: STANCE_URL,
  });
});

test('the English page is the English title, in the English site', () => {
  const item = citationItem(citeInput('en', 'page', STANCE).input);
  expect(item.title).toBe(
    'Cai Hengjin on “Inflection point or tsunami”: A tsunami, overturning the path (data version 2026-12-07)',
  );
  expect(item['container-title']).toBe('Debate Position Map');
  expect(item).not.toHaveProperty('author');
});

test('a cited quote travels in the CSL-JSON note, with who said it and who reported it', () => {
  const { input, words } = citeInput('zh-Hant', 'article', QUOTE);
  const item = cslJsonItem(citation(input), words);
  expect(item.note).toBe(
    '2025年春節後；蔡恆進（崔玉賢轉述）：「蔡恆進認為DeepSeek的到來意味著AI的海嘯要來了。這一判斷基於兩點:第一,DeepSeek展示了思考過程;第二則是成本需求降低,對算力需求至少降到10倍以上。」',
  );
  const page = cslJsonItem(citation(citeInput('zh-Hant', 'page', QUOTE).input), words);
  expect(page.URL).toBe(`${STANCE_URL}#inflection-point-cai-1`);
  expect(page.note).toMatch(/^蔡恆進（崔玉賢轉述）：「蔡恆進認為/);
});

test('the year is read from the date as the data knows it, never invented', () => {
  expect(yearOf('2025年春節後')).toBe(2025);
  expect(yearOf('After the 2025 Spring Festival')).toBe(2025);
  expect(yearOf('春節後')).toBeUndefined();
  expect(yearOf('20251')).toBeUndefined();
});

test('only a romanised Chinese name is split; other names stay whole', () => {
  expect(cslName('Cui Yuxian', '崔玉賢', 'en')).toEqual({ family: 'Cui', given: 'Yuxian' });
  expect(cslName('崔玉賢', '崔玉賢', 'zh-Hant')).toEqual({ literal: '崔玉賢' });
  expect(cslName('Jane Doe', 'Jane Doe', 'en')).toEqual({ literal: 'Jane Doe' });
});
