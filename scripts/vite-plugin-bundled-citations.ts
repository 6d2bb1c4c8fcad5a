// Serves the bundled debate's styled citations, made at build time (scripts/bundled-citations.ts),
// as `virtual:bundled-citations-<reading>`: the cite dialog of the bundled debate loads one
// small chunk of templates instead of citation-js, citeproc-js and the CSL styles.
import type { Plugin } from 'vite';
import type { Debate } from '../src/model/debate-schema.ts';
import { bundledCitations, READINGS } from './bundled-citations.ts';
import { readCslStyles } from './vite-plugin-csl-styles.ts';

const PREFIX = 'virtual:bundled-citations-';
const IDS = READINGS.map((reading) => `${PREFIX}${reading}`);

/** `readDebate` gives the bundled debate as the app gets it (validated, see vite-plugin-debate.ts). */
export function bundledCitationsPlugin(readDebate: () => Debate): Plugin {
  // Made once per build (they take seconds), for all readings together.
  let made: ReturnType<typeof bundledCitations> | undefined;
  return {
    name: 'bundled-citations',
    resolveId: (id) => (IDS.includes(id) ? `\0${id}` : undefined),
    buildStart() {
      made = undefined;
    },
    load(resolvedId) {
      const id = resolvedId.slice(1);
      if (!resolvedId.startsWith('\0') || !IDS.includes(id)) return undefined;
      made ??= bundledCitations(readDebate(), readCslStyles());
      const reading = READINGS.find((r) => id === `${PREFIX}${r}`);
      return `export default ${JSON.stringify(reading && made[reading])};`;
    },
  };
}
