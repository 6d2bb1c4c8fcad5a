import { formatted } from './cite-format';
import { ACCESSED_ISO, QUOTE, STANCE, STANCE_URL } from './cite-inputs';
import type { Reading } from '@/features/cite/citation-item';

// Each style checked against its own published rules, in each reading, for both things a
// reader cites. The expected patterns are the styles' element orders and punctuation, filled
// with the article's credits and our page; they are not copies of the code's output.

const QUOTE_URL = `${STANCE_URL}#inflection-point-cai-1`;
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

/** What each reading's citations name, as the article credits it and our site titles it. */
const CREDITS = {
  'zh-Hant': {
    author: '崔玉賢',
    interviewer: '丁廣勝',
    container: '網易科技 科技《態度》欄目',
    page: '蔡恆進談「拐點還是海嘯」：海嘯要來，顛覆原路（資料版本 2026-12-07）',
    site: '辯論立場地圖',
    open: '「',
    close: '」',
  },
  'zh-Hans': {
    author: '崔玉贤',
    interviewer: '丁广胜',
    container: '网易科技 科技《态度》栏目',
    page: '蔡恒进谈“拐点还是海啸”：海啸要来，颠覆原路（数据版本 2026-12-07）',
    site: '辩论立场地图',
    open: '《',
    close: '》',
  },
} as const;

describe('GB/T 7714-2015', () => {
  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: the article is "author. title[type]. publisher, year." with the year alone',
    (reading) => {
      const c = CREDITS[reading];
      const text = formatted(reading, 'article', { kind: 'debate' }, 'gbt7714');
      // §4.1 / §8.8: 主要责任者. 题名[文献类型标识]. 出版者, 出版年.
      expect(text).toMatch(
        new RegExp(
          `^${c.author}\\. \\[[^\\]]+\\]\\[[A-Z]+\\]\\. ${esc(c.container.split(' ')[0] ?? '')}`,
        ),
      );
      expect(text).toMatch(/, 2025\.$/);
      expect(text).not.toMatch(/春[節节]/);
    },
  );

  test.each(['zh-Hant', 'zh-Hans', 'en'] as const)(
    '%s: this page is [EB/OL], its update date in parentheses and the access date in brackets, then the URL',
    (reading) => {
      const text = formatted(reading, 'page', STANCE, 'gbt7714');
      expect(text).toContain('[EB/OL]');
      // §8.8.2: (更新或修改日期)[引用日期]. 获取和访问路径.
      expect(text).toMatch(
        new RegExp(`\\(2026-12-07\\)\\[${ACCESSED_ISO}\\]\\. ${esc(STANCE_URL)}\\.$`),
      );
    },
  );

  test('an English reader gets the Chinese article in its own language (§6.1: 用信息资源本身的语种著录)', () => {
    expect(formatted('en', 'article', { kind: 'debate' }, 'gbt7714')).toBe(
      '崔玉賢. [DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談][EB]. 網易科技, 科技《態度》欄目, 2025.',
    );
  });
});

describe('APA 7', () => {
  test('the article: "Family, I. (Year). [Title] (I. Family, Interviewer). Site."', () => {
    expect(formatted('en', 'article', { kind: 'debate' }, 'apa')).toMatch(
      /^Cui, Y\. \(2025\)\. \[DeepSeek: [^\]]+\] \(G\. Ding, Interviewer\)\. NetEase Tech, “Attitude” Tech Column\.$/,
    );
  });

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: the article with the interviewer’s role in Chinese',
    (reading) => {
      const c = CREDITS[reading];
      expect(formatted(reading, 'article', { kind: 'debate' }, 'apa')).toMatch(
        new RegExp(
          `^${c.author}\\. \\(2025\\)\\. \\[[^\\]]+\\] \\(${c.interviewer}, (採訪員|采访者)\\)\\. ${esc(c.container)}\\.$`,
        ),
      );
    },
  );

  test('this page: no author, so the title leads; the date in full; the URL ends it with no full stop', () => {
    expect(formatted('en', 'page', STANCE, 'apa')).toBe(
      `Cai Hengjin on “Inflection point or tsunami”: A tsunami, overturning the path (data version 2026-12-07). (2026, December 7). Debate Position Map. ${STANCE_URL}`,
    );
    expect(formatted('zh-Hans', 'page', STANCE, 'apa')).toBe(
      `${CREDITS['zh-Hans'].page}. (2026年12月7日). ${CREDITS['zh-Hans'].site}. ${STANCE_URL}`,
    );
  });

  test('a quote: the words, then "(as cited in Family, Year)" (APA 7 §8.6, secondary sources)', () => {
    const [line, reference] = formatted('en', 'article', QUOTE, 'apa').split('\n');
    expect(line).toMatch(/^Cai Hengjin \(paraphrased by Cui Yuxian\): “蔡恆進認為DeepSeek/);
    expect(line).toMatch(/\(as cited in Cui, 2025\)$/);
    expect(reference).toMatch(/^Cui, Y\. \(2025\)\./);
  });
});

describe('MLA 9', () => {
  test('the article: "Author. “Title.” Container, interview by …, year." with a Chinese name uninverted', () => {
    expect(formatted('en', 'article', { kind: 'debate' }, 'mla')).toMatch(
      /^Cui Yuxian\. “\[DeepSeek: [^\]]+\]\.” NetEase Tech, “Attitude” Tech Column, interview by Ding Guangsheng, 2025\.$/,
    );
  });

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: the title in the reading’s quotation marks',
    (reading) => {
      const c = CREDITS[reading];
      const text = formatted(reading, 'article', { kind: 'debate' }, 'mla');
      expect(text.startsWith(`${c.author}. ${c.open}[`)).toBe(true);
      expect(text).toMatch(
        new RegExp(
          `\\]${c.close}\\. ${esc(c.container)}, (采访|採訪) ${c.interviewer}, 2025年\\.$`,
        ),
      );
    },
  );

  test('this page: “Title.” Container, day month year, URL.', () => {
    expect(formatted('en', 'page', STANCE, 'mla')).toMatch(
      new RegExp(`^“[^”]+\\.” Debate Position Map, 7 Dec\\. 2026, ${esc(STANCE_URL)}\\.$`),
    );
  });

  test('a quote: the words, then "(qtd. in Author)"', () => {
    expect(formatted('en', 'article', QUOTE, 'mla').split('\n')[0]).toMatch(/\(qtd\. in Cui\)$/);
  });
});

describe('Chicago author-date', () => {
  test('the article: "Author. Year. “Title.” Interview by …" with a full stop after the title', () => {
    expect(formatted('en', 'article', { kind: 'debate' }, 'chicago')).toMatch(
      /^Cui Yuxian\. 2025\. “\[DeepSeek: [^\]]+\]\.” Interview by Ding Guangsheng\. NetEase Tech, “Attitude” Tech Column\./,
    );
  });

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s: the full stop follows the Chinese title’s marks',
    (reading) => {
      const c = CREDITS[reading];
      expect(formatted(reading, 'article', { kind: 'debate' }, 'chicago')).toMatch(
        new RegExp(
          `^${c.author}\\. 2025\\. ${c.open}\\[[^\\]]+\\]${c.close}\\. (採訪|采访) ${c.interviewer}\\.`,
        ),
      );
    },
  );

  test('this page: “Title.” Year. Site. Date. URL.', () => {
    expect(formatted('en', 'page', QUOTE, 'chicago').split('\n')[1]).toMatch(
      new RegExp(
        `^“[^”]+\\.” 2026\\. Debate Position Map\\. December 7, 2026\\. ${esc(QUOTE_URL)}\\.$`,
      ),
    );
  });

  test('a quote: the words, then "(quoted in Author Year)"', () => {
    expect(formatted('en', 'article', QUOTE, 'chicago').split('\n')[0]).toMatch(
      /\(quoted in Cui 2025\)$/,
    );
  });
});

describe('one language per citation', () => {
  const STYLED = ['gbt7714', 'apa', 'mla', 'chicago'] as const;
  // Names and titles that are Latin in the Chinese original, and GB/T's type codes.
  const ORIGINAL_LATIN = ['DeepSeek', 'Future Talk', 'AI', 'EB/OL', '[EB]', 'https://example.org'];

  test.each(['zh-Hant', 'zh-Hans'] as const)('%s: no English word in any style', (reading) => {
    for (const format of STYLED)
      for (const [kind, target] of [
        ['article', QUOTE],
        ['page', STANCE],
        ['article', { kind: 'debate' }],
      ] as const) {
        let text = formatted(reading, kind, target, format);
        for (const allowed of ORIGINAL_LATIN) text = text.split(allowed).join('');
        text = text.replace(/\/topics\/[\w/#-]+/g, '');
        expect([format, kind, text.match(/[A-Za-z]{2,}/g)]).toEqual([format, kind, null]);
      }
  });

  test('English: no Chinese outside the quoted words, in every style but GB/T’s Chinese article', () => {
    for (const format of STYLED)
      for (const [kind, target] of [
        ['page', STANCE],
        ['article', { kind: 'debate' }],
      ] as const) {
        if (format === 'gbt7714' && kind === 'article') continue;
        expect([format, kind, HAN.test(formatted('en', kind, target, format))]).toEqual([
          format,
          kind,
          false,
        ]);
      }
  });
});

test.each(['zh-Hant', 'zh-Hans', 'en'] as Reading[])(
  '%s: the year slot holds a year; the date as the data knows it is kept as a note where a format has one',
  (reading) => {
    for (const format of ['gbt7714', 'apa', 'mla', 'chicago'] as const)
      expect(formatted(reading, 'article', { kind: 'debate' }, format)).not.toMatch(
        /春[節节]|Spring Festival/,
      );
    expect(formatted(reading, 'article', { kind: 'debate' }, 'ris')).toMatch(/^PY {2}- 2025$/m);
    expect(formatted(reading, 'article', { kind: 'debate' }, 'ris')).toMatch(
      /^N1 {2}- (2025年春[節节]後|2025年春节后|After the 2025 Spring Festival)$/m,
    );
    expect(formatted(reading, 'article', { kind: 'debate' }, 'bibtex')).toMatch(
      /^ {2}year = \{2025\},$/m,
    );
  },
);
