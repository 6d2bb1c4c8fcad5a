import { useEffect, useMemo, useState } from 'react';
import { dataVersion, type CitationInput } from './citation-item';
import { isMachineFormat, type CitationFormat } from './citation-formats';
import { fillParts, templateKey } from './citation-templates';
import { citation, machineCitation, styledCitation } from './citations';
import type { CiteWords } from './cite-words';
import type { StyledFormat } from './style-items';

export type Formatted = { format: CitationFormat; text: string }[] | { error: string };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `input` in each of `formats`. BibTeX, RIS and CSL-JSON are written at once; the styles come
 * from the build's templates for the bundled debate (`bundled`), or else from citation-js,
 * one style per task so the page stays responsive while citeproc builds each style's engine.
 */
export function useFormattedCitations(
  input: CitationInput,
  words: CiteWords,
  formats: CitationFormat[],
  bundled: boolean,
): { formatted: Formatted; done: boolean } {
  const { debate, reading, target, kind, url, accessed } = input;
  const key = JSON.stringify([reading, target, kind, url, accessed, formats, bundled]);
  // `input` is a new object on every render; `key` (with the debate) is what it says.
  const cited = useMemo(() => citation(input), [key, debate]); // eslint-disable-line react-hooks/exhaustive-deps
  const [state, setState] = useState<{
    key: string;
    styled: Map<StyledFormat, string>;
    error?: string;
    done: boolean;
  }>({ key: '', styled: new Map(), done: false });
  useEffect(() => {
    let cancelled = false;
    const styledFormats = formats.filter((f): f is StyledFormat => !isMachineFormat(f));
    const show = (styled: Map<StyledFormat, string>, done: boolean) => {
      if (!cancelled) setState({ key, styled: new Map(styled), done });
    };
    (async () => {
      const styled = new Map<StyledFormat, string>();
      const made = bundled ? await bundledTemplates(input) : undefined;
      if (made) {
        for (const format of styledFormats)
          styled.set(
            format,
            styledCitation(format, fillParts(made[format], { url, accessed }), cited, words),
          );
        return show(styled, true);
      }
      const { liveParts } = await import('./format-live');
      for (const format of styledFormats) {
        await nextTask();
        if (cancelled) return;
        styled.set(format, styledCitation(format, liveParts(format, input, words), cited, words));
        show(styled, false);
      }
      show(styled, true);
    })().catch((error: unknown) => {
      if (!cancelled)
        setState({
          key,
          styled: new Map(),
          error: error instanceof Error ? error.message : String(error),
          done: true,
        });
    });
    return () => {
      cancelled = true;
    };
    // Runs again when what is cited changes (`key`, `cited`), not for each render's new `input`.
  }, [key, cited]); // eslint-disable-line react-hooks/exhaustive-deps

  const current =
    state.key === key ? state : { styled: new Map<StyledFormat, string>(), done: false };
  if ('error' in current && current.error)
    return { formatted: { error: current.error }, done: true };
  // The list keeps the formats' order: a style not yet made holds back the ones after it.
  const formatted: { format: CitationFormat; text: string }[] = [];
  for (const format of formats) {
    const text = isMachineFormat(format)
      ? machineCitation(format, cited, words)
      : current.styled.get(format);
    if (text === undefined) break;
    formatted.push({ format, text });
  }
  return { formatted, done: current.done };
}

/** The build's templates for `input`, if they are of this very debate and data version. */
async function bundledTemplates({ debate, reading, kind, target }: CitationInput) {
  const { bundledTemplates: load } = await import('./bundled-templates');
  const made = await load(reading);
  if (made.debateId !== debate.id || made.version !== dataVersion(debate)) return undefined;
  return made.templates[templateKey(kind, target)];
}
