// Krippendorff's α per field over a debate folder's codings (codings/<coder>.json), round by
// round: how far the readers who coded the debate alone, from the article and the codebook
// (docs/codebook.md), agree. The figures are the ones /about shows.
// Usage: npm run reliability -- [folder] [--details]
import { join } from 'node:path';
import { codingSchema, type Coding } from '../src/model/coding-schema.ts';
import { codingRounds, roundReliability } from '../src/model/coding-agreement.ts';
import { alphaVerdict } from '../src/model/krippendorff-alpha.ts';
import { BUNDLED_DEBATE_FOLDER } from './site-config.ts';
import { readCodingFiles } from './read-codings.ts';

const args = process.argv.slice(2);
const details = args.includes('--details');
const folder = args.find((a) => !a.startsWith('--')) ?? BUNDLED_DEBATE_FOLDER;

const files = readCodingFiles(folder);
if (files.length === 0) {
  console.log(`${join(folder, 'codings')}: no codings`);
  process.exit(1);
}
const codings: Coding[] = [];
let invalid = 0;
for (const { file, json } of files) {
  const result = codingSchema.safeParse(json);
  if (result.success) codings.push(result.data);
  else {
    invalid++;
    for (const issue of result.error.issues)
      console.log(`${file}:${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
}

const format = (alpha: number | undefined) => (alpha === undefined ? '—' : alpha.toFixed(3));
for (const { round, codings: coded } of codingRounds(codings)) {
  const coders = coded.map((c) => `${c.coder} (codebook v${c.codebook})`).join(', ');
  console.log(`\nRound ${round}: ${coders}`);
  console.log('field              level     α       units  verdict');
  for (const r of roundReliability(coded)) {
    // α is undefined when every code is the same: there is no variation to agree on.
    const verdict = r.alpha === undefined ? 'every code the same' : alphaVerdict(r.alpha);
    console.log(
      `${r.field.padEnd(18)} ${r.level.padEnd(9)} ${format(r.alpha).padStart(6)}  ${String(r.units).padStart(5)}  ${verdict}`,
    );
    if (details && r.disagreements.length > 0)
      console.log(`  differ on: ${r.disagreements.join(', ')}`);
  }
}
process.exit(invalid > 0 ? 1 : 0);
