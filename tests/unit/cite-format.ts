import type { CitationFormat } from '@/features/cite/citation-formats';
import type { CitationKind, Reading } from '@/features/cite/citation-item';
import { citation, machineCitation, styledCitation } from '@/features/cite/citations';
import { liveParts } from '@/features/cite/format-live';
import { isMachineFormat } from '@/features/cite/citation-formats';
import type { CiteTarget } from '@/ui/cite-slot';
import { citeInput } from './cite-inputs';

/** A citation of the bundled debate as the dialog makes it for a debate it has no templates of. */
export function formatted(
  reading: Reading,
  kind: CitationKind,
  target: CiteTarget,
  format: CitationFormat,
): string {
  const { input, words } = citeInput(reading, kind, target);
  const cited = citation(input);
  return isMachineFormat(format)
    ? machineCitation(format, cited, words)
    : styledCitation(format, liveParts(format, input, words), cited, words);
}
