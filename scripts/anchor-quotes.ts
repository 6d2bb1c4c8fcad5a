// Fills in each quote's TextPositionSelector and prefix/suffix from its exact text.
// Never changes a quote's text: a quote not found verbatim is reported and left as it is.
// Usage: tsx scripts/anchor-quotes.ts data/debates/<folder>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt, occurrences } from '../src/model/text-anchor.ts';

interface RawQuote {
  id?: string;
  quote?: { exact?: string };
  position?: { start?: number };
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: tsx scripts/anchor-quotes.ts <debate folder>');
  process.exit(2);
}
const jsonPath = join(folder, 'debate.json');
const source = readFileSync(join(folder, 'source.txt'), 'utf8');
const debate = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
  stances?: { quotes?: RawQuote[] }[];
};

let failed = false;
for (const stance of debate.stances ?? []) {
  stance.quotes = (stance.quotes ?? []).map((q) => {
    const exact = q.quote?.exact ?? '';
    const found = occurrences(source, exact);
    // An existing start that still points at the text disambiguates repeated passages.
    const start = found.includes(q.position?.start ?? -1) ? q.position?.start : found[0];
    if (start === undefined || exact === '') {
      console.error(`${jsonPath}: quote ${q.id ?? '?'} is not verbatim in source.txt`);
      failed = true;
      return q;
    }
    if (found.length > 1 && start !== q.position?.start)
      console.warn(
        `${jsonPath}: quote ${q.id ?? '?'} occurs ${found.length} times; anchored at ${start}`,
      );
    const { id, ...rest } = q;
    const anchor = anchorAt(source, start, start + exact.length);
    // The first spread fixes the key order (id, quote, position, …); the last one wins.
    return { id, ...anchor, ...rest, ...anchor };
  });
}

writeFileSync(jsonPath, JSON.stringify(debate, null, 2) + '\n');
process.exit(failed ? 1 : 0);
