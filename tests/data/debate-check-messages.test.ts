// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_LIMIT } from '@/model/debate-limits';
import { parseDebate } from '@/model/parse-debate';
import { anchorAt } from '@/model/text-anchor';

// Each message of the debate checks that no other test produces, from the smallest break of
// the three-voices fixture that should produce it. The other messages are covered beside the
// bundled debate (debate-integrity.test.ts) and the points (points.test.ts).

const folder = join(process.cwd(), 'tests/fixtures/three-voices');
const pristine = readFileSync(join(folder, 'debate.json'), 'utf8');
const source = readFileSync(join(folder, 'source.txt'), 'utf8');

interface RawQuote {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}
interface Raw {
  speakers: { id: string }[];
  topics: { id: string }[];
  stances: { position: Record<string, unknown>; quotes: RawQuote[] }[];
  relations: unknown[];
}

function problemsOf(edit: (json: Raw) => void, text = source): string[] {
  const json = JSON.parse(pristine) as Raw;
  edit(json);
  const result = parseDebate(json, text);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const firstQuote = (json: Raw) => json.stances[0]!.quotes[0]!;

describe('the debate checks', () => {
  it('accept the fixture as it is', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuse a placed stance without quotes', () => {
    const problems = problemsOf((json) => {
      json.stances[0]!.quotes = [];
    });
    expect(problems).toContain('stances[0].quotes: a stance needs 1–5 quotes');
  });

  it('refuse quotes on a stance that does not address the topic', () => {
    const problems = problemsOf((json) => {
      json.stances[0]!.position = { state: 'not-addressed', note: '未談及。' };
    });
    expect(problems).toContain('stances[0].quotes: a not-addressed stance has no quotes');
  });

  it('refuse a relation between a speaker and that same speaker', () => {
    const problems = problemsOf((json) => {
      const speaker = json.speakers[0]!.id;
      json.relations.push({
        topicId: json.topics[0]!.id,
        speakerIds: [speaker, speaker],
        kind: 'agree',
        why: '同一人。',
      });
    });
    expect(problems).toContain('relations[0].speakerIds: a relation needs two different speakers');
  });

  it('name a wrong suffix', () => {
    const problems = problemsOf((json) => {
      const quote = firstQuote(json);
      quote.quote.suffix = `錯${quote.quote.suffix.slice(1)}`;
    });
    expect(problems.join('\n')).toMatch(
      /^stances\[0\]\.quotes\[0\][.\w]*: suffix does not match the text after the quote$/m,
    );
  });

  it('refuse a quote that runs from one paragraph into the next', () => {
    const problems = problemsOf((json) => {
      const quote = firstQuote(json);
      const start = quote.position.start;
      Object.assign(quote, anchorAt(source, start, source.indexOf('\n', start) + 3));
    });
    expect(problems).toContain('stances[0].quotes[0].position: a quote must not span paragraphs');
  });

  it('refuse a source over its length limit, saying how long it is', () => {
    const long = source + '字'.repeat(SOURCE_LIMIT);
    expect(problemsOf(() => {}, long)).toContain(
      `source.txt: source.txt has ${long.length} characters; at most ${SOURCE_LIMIT}`,
    );
  });

  it('name the line of the source that holds a character plain text may not', () => {
    const lines = source.split('\n');
    lines[2] = `${lines[2]}\u202E`;
    expect(problemsOf(() => {}, lines.join('\n'))).toContain(
      'source.txt:3: line 3 holds a character plain text may not (bidi)',
    );
  });
});
