// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDebate } from '@/model/parse-debate';
import { withCodingFiles } from '@/model/folder-codings';
import { codedPositions, latestRound } from '@/model/coded-items';
import type { Coding } from '@/model/coding-schema';
import { readCodingFiles } from '../../scripts/read-codings';

// The readers' blind codings (codings/<coder>.json) and what they require of the debate:
// where the latest round parted, the shown item says how it was settled.

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const files = readCodingFiles(fileURLToPath(folder));
type DebateJson = {
  stances: { topicId: string; speakerId: string; positionAdjudication?: unknown }[];
  relations: { topicId: string; kind: string }[];
  points: {
    id: string;
    relation: string;
    adjudication?: { status: string; readings?: { value: string }[] };
  }[];
};
const raw = () => JSON.parse(readFileSync(new URL('debate.json', folder), 'utf8')) as DebateJson;

function problemsOf(json: unknown, codings = files.map((f) => f.json)) {
  const result = parseDebate(
    withCodingFiles(
      json,
      codings.map((c) => ({ json: c })),
    ),
    source,
  );
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the stored codings', () => {
  it('are two rounds of blind readers, each file named by its coder, and pass every check', () => {
    const codings = files.map((f) => f.json as Coding);
    expect(files.map((f) => f.file)).toEqual(codings.map((c) => `codings/${c.coder}.json`));
    expect(new Set(codings.map((c) => c.round))).toEqual(new Set([1, 2]));
    expect(latestRound(codings).length).toBeGreaterThanOrEqual(2);
    expect(problemsOf(raw())).toEqual([]);
  });

  it('require an adjudication where the latest round’s readers parted', () => {
    const json = raw();
    const at = json.stances.findIndex(
      (s) => s.topicId === 'inflection-point' && s.speakerId === 'yang-shu',
    );
    // Control: the readers did place Yang's position differently.
    const codings = files.map((f) => f.json as Coding);
    expect(new Set(codedPositions(codings, 'inflection-point', 'yang-shu')).size).toBe(2);
    delete json.stances[at]!.positionAdjudication;
    expect(problemsOf(json)).toEqual([
      expect.stringMatching(
        new RegExp(`^stances\\[${at}\\]\\.positionAdjudication: the coders differ \\(`),
      ),
    ]);
  });

  it('require a contested item to show one of its readings', () => {
    const json = raw();
    const at = json.points.findIndex((p) => p.adjudication?.status === 'contested');
    expect(at).toBeGreaterThanOrEqual(0);
    json.points[at]!.relation = 'agree';
    expect(problemsOf(json)).toContain(
      `points[${at}].adjudication: a contested item shows one of its readings`,
    );
  });

  it('refuse a coding that names a topic the debate lacks, naming where', () => {
    const coding = structuredClone(files[0]!.json) as Coding;
    coding.topicRelations[0]!.topicId = 'nowhere';
    const codings = [coding, ...files.slice(1).map((f) => f.json)];
    expect(problemsOf(raw(), codings)).toContain(
      'codings[0].topicRelations[0]: unknown topic "nowhere"',
    );
  });
});
