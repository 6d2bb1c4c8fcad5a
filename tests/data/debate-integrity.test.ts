// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const pristine = readFileSync(new URL('debate.json', folder), 'utf8');

/** A fresh copy of the bundled debate's JSON to break on purpose. */
function raw() {
  return JSON.parse(pristine) as {
    speakers: { id: string }[];
    stances: {
      topicId: string;
      speakerId: string;
      label: string;
      quotes: {
        id: string;
        quote: { exact: string; prefix: string };
        kind: string;
        attribution: string;
      }[];
    }[];
  };
}

function problemsOf(json: unknown) {
  const result = parseDebate(json, source);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the debate checks', () => {
  it('name a quote whose text was changed by a single character', () => {
    const json = raw();
    const quote = json.stances[6]!.quotes[1]!;
    quote.quote.exact = quote.quote.exact.replace('回不了頭', '回不去頭');
    expect(problemsOf(json)).toEqual([
      'stances[6].quotes[1].position: quote "但在我看來,DeepSeek開源之後就已經回不去頭了。" is not verbatim in the source; the closest passage (fuzzy match), at 2463–2490, differs: after "已經回不" the quote has "去" where the source has "了"',
    ]);
  });

  it('catch a single changed character in any quote, naming that quote', () => {
    const json = raw();
    json.stances.forEach((stance, si) => {
      stance.quotes.forEach((_, qi) => {
        const broken = raw();
        const quote = broken.stances[si]!.quotes[qi]!.quote;
        const middle = Math.floor(quote.exact.length / 2);
        quote.exact = `${quote.exact.slice(0, middle)}＊${quote.exact.slice(middle + 1)}`;
        expect(problemsOf(broken)).toEqual([
          expect.stringMatching(
            new RegExp(`^stances\\[${si}\\]\\.quotes\\[${qi}\\]\\.position: .*not verbatim`),
          ),
        ]);
      });
    });
  });

  it('say which anchoring step found a quote whose offsets are wrong', () => {
    const json = raw() as unknown as {
      stances: { quotes: { position: { start: number; end: number } }[] }[];
    };
    const position = json.stances[6]!.quotes[1]!.position;
    position.start += 1;
    position.end += 1;
    expect(problemsOf(json)).toEqual([
      'stances[6].quotes[1].position: quote "但在我看來,DeepSeek開源之後就已經回不了頭了。" is at 2463–2490, not 2464–2491 (found by its exact text)',
    ]);
  });

  it('name a wrong prefix', () => {
    const json = raw();
    json.stances[0]!.quotes[0]!.quote.prefix = 'x';
    expect(problemsOf(json)).toEqual([
      'stances[0].quotes[0].quote.prefix: prefix does not match the text before the quote',
    ]);
  });

  it('name a missing stance and a dangling reference', () => {
    const json = raw();
    json.stances[11]!.speakerId = 'nobody';
    expect(problemsOf(json)).toEqual([
      'stances[11].speakerId: unknown speaker "nobody"',
      'stances: missing the stance of "yang-shu" on "technical-route"',
    ]);
  });

  it('name duplicate ids', () => {
    const json = raw();
    json.stances[1]!.quotes[0]!.id = json.stances[0]!.quotes[0]!.id;
    // The renamed quote's old id is then unknown where points cite it; those follow from this.
    expect(problemsOf(json).filter((p) => p.includes('duplicate'))).toEqual([
      'stances[1].quotes[0].id: duplicate id "inflection-point-cai-1" (first used at stances[0].quotes[0].id)',
    ]);
  });

  it('reject an explicit attribution where the paragraph names nobody, and direct speech outside quotation marks', () => {
    const json = raw();
    const inferred = json.stances[0]!.quotes[3]!;
    inferred.attribution = 'explicit';
    json.stances[0]!.quotes[0]!.kind = 'direct';
    expect(problemsOf(json)).toEqual([
      'stances[0].quotes[0].kind: "direct", but the quote is neither inside quotation marks nor after its speaker\'s label on a transcript line',
      'stances[0].quotes[3].attribution: "explicit", but paragraph 15 does not name 蔡恆進 or 蔡恒进 or Cai Hengjin',
    ]);
  });

  it('refuse markup, bidi controls and control characters anywhere, naming the place', () => {
    const markup = raw();
    markup.stances[0]!.label = '<b>海嘯</b>';
    expect(problemsOf(markup)).toEqual([
      'stances[0].label: contains HTML markup; debate text is plain text',
    ]);
    const bidi = raw() as unknown as { speakers: { name: { hant: string } }[] };
    bidi.speakers[1]!.name.hant = '楊\u202E蜀';
    expect(problemsOf(bidi)).toContain(
      'speakers[1].name.hant: contains a bidirectional control character, which can disguise the text',
    );
    const control = raw() as unknown as { title: string };
    control.title = 'a\u0007b';
    expect(problemsOf(control)).toEqual(['title: contains a control character']);
  });

  it('refuse C1 controls, invisible characters and broken UTF-16, and keep the joiners', () => {
    const withTitle = (title: string) => {
      const json = raw() as unknown as { title: string };
      json.title = title;
      return problemsOf(json);
    };
    expect(withTitle('未來\u0085對話')).toEqual(['title: contains a control character']);
    const invisible =
      'title: contains an invisible character (such as a zero-width space or a tag character)';
    for (const hidden of ['\u200B', '\u3164', '\uFEFF', '\u{E0041}'])
      expect(withTitle(`未來${hidden}對話`), JSON.stringify(hidden)).toEqual([invisible]);
    expect(withTitle('未來\uD800對話')).toEqual([
      'title: contains a broken character (an unpaired UTF-16 surrogate)',
    ]);
    // A paired surrogate is one character (here an emoji), and the joiners build emoji.
    expect(withTitle('未來對話 👩\u200D💻')).toEqual([]);
  });

  it('tell markup from a long run of "<a" without a ">"', () => {
    const json = raw() as unknown as { title: string };
    // Far past the title's cap, which is reported; the markup check still reads it all, and
    // finds no tag.
    json.title = '<a'.repeat(150_000);
    expect(problemsOf(json)).toEqual(['title: a title is at most 300 characters']);
    json.title = `${'<a'.repeat(100)}>`;
    expect(problemsOf(json)).toEqual(['title: contains HTML markup; debate text is plain text']);
  });

  it('report schema errors with their JSON path', () => {
    const json = raw();
    json.stances[2]!.label = '這是一個遠遠超過十二個字的立場標籤';
    expect(problemsOf(json)).toEqual(['stances[2].label: a stance label is at most 12 characters']);
    expect(problemsOf({})[0]).toMatch(/^id: /);
  });
});
