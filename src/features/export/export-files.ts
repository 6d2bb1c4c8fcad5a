// Loaded when a reader asks for a download (dynamic import): the renderers and d3-scale stay
// out of the first page.
import type { Debate } from '@/model/debate-schema';
import { matrixSvg, SVG_WIDTH } from './matrix-svg';
import { quotesCsv } from './quotes-csv';
import { svgToPng } from './svg-to-png';
import type { ExportText } from './export-text';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json';

export interface ExportInput {
  debate: Debate;
  original: Debate;
  /** The reading, as the files are named: `zh-hant`, `zh-hans` or `en`. */
  reading: string;
  words: ExportText;
  quoteUrl: (topicId: string, speakerId: string, quoteId: string) => string;
}

/**
 * The file of `kind`, named with the debate and the reading, so that two readings of the same
 * download do not overwrite each other: `future-talk-deepseek-matrix-en.svg`. The JSON is the
 * curated data itself, the same in every reading.
 */
export async function exportFile(
  kind: ExportKind,
  { debate, original, reading, words, quoteUrl }: ExportInput,
): Promise<{ blob: Blob; name: string }> {
  const base = debate.id;
  switch (kind) {
    case 'svg': {
      const { svg } = matrixSvg(debate, words);
      return {
        blob: new Blob([svg], { type: 'image/svg+xml' }),
        name: `${base}-matrix-${reading}.svg`,
      };
    }
    case 'png': {
      const { svg, height } = matrixSvg(debate, words);
      return {
        blob: await svgToPng(svg, SVG_WIDTH, height),
        name: `${base}-matrix-${reading}.png`,
      };
    }
    case 'csv': {
      const english = reading === 'en';
      const csv = quotesCsv({
        debate,
        original,
        english,
        speakerName: words.speakerName,
        quoteUrl,
      });
      return {
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        name: `${base}-quotes-${reading}.csv`,
      };
    }
    case 'json':
      // The debate as curated, in the source's script: the file the app itself reads.
      return {
        blob: new Blob([`${JSON.stringify(original, null, 2)}\n`], { type: 'application/json' }),
        name: `${base}.json`,
      };
  }
}
