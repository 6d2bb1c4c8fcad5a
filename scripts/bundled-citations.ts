// The bundled debate's styled citations, made at build time (see
// src/features/cite/citation-templates.ts): every target a cite button names (the debate,
// each topic, stance and quote), both kinds (the article, this page), in each reading.
import type { Debate, Speaker } from '../src/model/debate-schema.ts';
import { convertDebateScript } from '../src/model/convert-debate-script.ts';
import { debateInEnglish } from '../src/model/localize-debate.ts';
import { simplifiedConverters } from '../src/model/mainland-converter.ts';
import { messagesEn } from '../src/lib/i18n/messages-en.ts';
import { messagesZhHans } from '../src/lib/i18n/messages-zh-hans.ts';
import { messagesZhHant } from '../src/lib/i18n/messages-zh-hant.ts';
import type { CiteTarget } from '../src/ui/cite-slot.tsx';
import {
  CITATION_KINDS,
  dataVersion,
  type CitationInput,
  type Reading,
} from '../src/features/cite/citation-item.ts';
import { citationItem } from '../src/features/cite/citation-item.ts';
import { styledInput } from '../src/features/cite/citations.ts';
import { citeWords } from '../src/features/cite/cite-words.ts';
import { registerCsl, styledParts } from '../src/features/cite/format-styles.ts';
import { STYLED_FORMATS, type StyledFormat } from '../src/features/cite/style-items.ts';
import {
  ACCESSED_STAND_IN,
  partsTemplate,
  templateKey,
  URL_STAND_IN,
  type PrerenderedCitations,
  type StyledTemplates,
} from '../src/features/cite/citation-templates.ts';
import type { CslJson } from './vite-plugin-csl-styles.ts';

export const READINGS: readonly Reading[] = ['zh-Hant', 'zh-Hans', 'en'];

/** Every target a cite button can name. */
export function citeTargets(debate: Debate): CiteTarget[] {
  return [
    { kind: 'debate' },
    ...debate.topics.map((t): CiteTarget => ({ kind: 'topic', topicId: t.id })),
    ...debate.stances.flatMap((s): CiteTarget[] => [
      { kind: 'stance', topicId: s.topicId, speakerId: s.speakerId },
      ...s.quotes.map(
        (q): CiteTarget => ({
          kind: 'quote',
          topicId: s.topicId,
          speakerId: s.speakerId,
          quoteId: q.id,
        }),
      ),
    ]),
  ];
}

/** The debate as each reading reads it, its Chinese, and how it names a speaker. */
export function readingOf(debate: Debate, reading: Reading) {
  const chinese =
    reading === 'zh-Hans' ? convertDebateScript(debate, simplifiedConverters) : debate;
  const english = reading === 'en' && debate.en !== undefined;
  const messages = { 'zh-Hant': messagesZhHant, 'zh-Hans': messagesZhHans, en: messagesEn }[
    reading
  ];
  return {
    debate: english ? debateInEnglish(debate) : chinese,
    chinese,
    words: citeWords(messages),
    speakerName: (speaker: Speaker) =>
      english && speaker.en
        ? speaker.en.name
        : speaker.name[reading === 'zh-Hans' ? 'hans' : 'hant'],
  };
}

export function bundledCitations(
  debate: Debate,
  csl: CslJson,
): Record<Reading, PrerenderedCitations> {
  registerCsl(csl);
  const made = {} as Record<Reading, PrerenderedCitations>;
  for (const reading of READINGS) {
    const { words, ...read } = readingOf(debate, reading);
    const templates: Record<string, StyledTemplates> = {};
    for (const target of citeTargets(debate))
      for (const kind of CITATION_KINDS) {
        const key = templateKey(kind, target);
        if (templates[key]) continue;
        const input: CitationInput = {
          ...read,
          reading,
          target,
          kind,
          url: URL_STAND_IN,
          accessed: ACCESSED_STAND_IN,
          words,
        };
        templates[key] = Object.fromEntries(
          STYLED_FORMATS.map((format: StyledFormat) => {
            const styled = styledInput(format, input);
            const item = citationItem(styled);
            return [format, partsTemplate(styledParts(item, format, styled.reading, words))];
          }),
        ) as StyledTemplates;
      }
    made[reading] = { debateId: debate.id, version: dataVersion(debate), templates };
  }
  return made;
}
