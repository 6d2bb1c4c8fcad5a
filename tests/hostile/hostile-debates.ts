// Hostile and huge debates, built in the tests from the small three-voices fixture (no large
// files in git). Each reproduces an input that once froze or crashed the page.
import { readFileSync } from 'node:fs';
import { generateDebate } from '../../scripts/bench/generate-debate.ts';

const fixture = new URL('../fixtures/three-voices/', import.meta.url);
export const fixtureJson = readFileSync(new URL('debate.json', fixture), 'utf8');
export const fixtureSource = readFileSync(new URL('source.txt', fixture), 'utf8');

export interface DebateFiles {
  json: string;
  source: string;
}

type Raw = Record<string, unknown> & {
  stances: { quotes: Record<string, unknown>[] }[];
};
const fixtureDebate = () => JSON.parse(fixtureJson) as Raw;

/** Quotes of one common character at wrong offsets, in a long source made mostly of it. */
export function manyCandidateHits(): DebateFiles {
  const debate = fixtureDebate();
  const source = `${fixtureSource}\n${'的'.repeat(999)}。`.repeat(1500);
  for (const stance of debate.stances)
    for (const quote of stance.quotes) {
      quote.quote = { type: 'TextQuoteSelector', exact: '的', prefix: '', suffix: '' };
      quote.position = { type: 'TextPositionSelector', start: 0, end: 1 };
    }
  return { json: JSON.stringify(debate), source };
}

/** A title of 150,000 repetitions of "<a". */
export function hugeMarkupTitle(): DebateFiles {
  return {
    json: JSON.stringify({ ...fixtureDebate(), title: '<a'.repeat(150_000) }),
    source: fixtureSource,
  };
}

/** About 19 MB of stances, every one of them wrong in several ways. */
export function largeWithProblems(): DebateFiles {
  const debate = fixtureDebate();
  const filler = '長'.repeat(30);
  debate.stances = Array.from({ length: 40_000 }, (_, i) => ({
    topicId: `Topic ${i}`,
    speakerId: 7,
    label: filler,
    summary: filler,
    position: { state: 'maybe' },
    quotes: [{ id: `q-${i}`, note: filler }],
  }));
  return { json: JSON.stringify(debate), source: fixtureSource };
}

/**
 * Issue 25: a stance with 1.4 million unknown members (16 MB, inside the 20 MB cap). Parsing
 * it took 2.2 s and walking its members 3.6 s; its text is now scanned first.
 */
export function manyUnknownKeys(): DebateFiles {
  const debate = fixtureDebate();
  const stance = debate.stances[0] as Record<string, unknown>;
  for (let i = 0; i < 1_400_000; i++) stance[`k${i}`] = 0;
  return { json: JSON.stringify(debate), source: fixtureSource };
}

/** A hundred thousand nested lists. */
export function deepNesting(): DebateFiles {
  const depth = 100_000;
  return { json: `{"speakers": ${'['.repeat(depth)}${']'.repeat(depth)}}`, source: fixtureSource };
}

/** A valid debate whose source has 1.5 million lines after the quoted ones. */
export function longSource(): DebateFiles {
  return { json: fixtureJson, source: `${fixtureSource}\n${'行\n'.repeat(1_500_000)}末` };
}

/**
 * Issue 25: a valid debate whose source ends in 4.9 million blank lines (the source's cap is
 * 5 million characters). Blank lines had no height on /source, so its window slid on its own.
 */
export function blankLineSource(): DebateFiles {
  return { json: fixtureJson, source: `${fixtureSource}\n${'\n'.repeat(4_900_000)}末` };
}

/** A valid generated debate of `speakers` × `topics` stances. */
export function generated(speakers: number, topics: number): DebateFiles {
  const { debate, source } = generateDebate({ speakers, topics });
  return { json: JSON.stringify(debate), source };
}
