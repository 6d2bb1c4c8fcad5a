import { strToU8, zipSync } from 'fflate';
import type { DraftState } from './draft-history';

/** debate.json as the bundled one is written: two-space indent, a final newline. */
export const debateJson = (state: DraftState) => `${JSON.stringify(state.debate, null, 2)}\n`;

/** The debate folder as a .zip: `<id>/debate.json` and `<id>/source.txt`. */
export function debateZip(state: DraftState): Uint8Array {
  const folder = state.debate.id || 'debate';
  return zipSync({
    [`${folder}/debate.json`]: strToU8(debateJson(state)),
    [`${folder}/source.txt`]: strToU8(state.source),
  });
}

/** Hands the browser a file to save. */
export function download(name: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
