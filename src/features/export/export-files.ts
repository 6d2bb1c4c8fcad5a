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
  words: ExportText;
  quoteUrl: (topicId: string, speakerId: string, quoteId: string) => string;
}

export async function exportFile(
  kind: ExportKind,
  { debate, original, words, quoteUrl }: ExportInput,
): Promise<{ blob: Blob; name: string }> {
  const base = debate.id;
  switch (kind) {
    case 'svg': {
      const { svg } = matrixSvg(debate, words);
      return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: `${base}-matrix.svg` };
    }
    case 'png': {
      const { svg, height } = matrixSvg(debate, words);
      return { blob: await svgToPng(svg, SVG_WIDTH, height), name: `${base}-matrix.png` };
    }
    case 'csv': {
      const csv = quotesCsv({ debate, original, speakerName: words.speakerName, quoteUrl });
      return {
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        name: `${base}-quotes.csv`,
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
