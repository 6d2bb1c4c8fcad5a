import { createContext, use, useCallback, type ReactNode } from 'react';
import { useLocale } from '@/lib/i18n/use-locale';
import { SOURCE_SCRIPT, scriptTag, type LangTag, type Script } from '@/lib/i18n/locale';
import type { Debate, Speaker } from '@/model/debate-schema';
import { debateInEnglish, speakerName } from '@/model/localize-debate';
import {
  convertInPage,
  useConvertedSimplified,
  type OpenedDebateConverter,
} from './debate-variants';

interface DebateInView {
  /**
   * The debate: as the page's reading shows it when `inReading` (the bundled debate, which the
   * build prepared for each reading), else as curated (opened from disk, a studio draft).
   */
  debate: Debate;
  /** With `inReading`, when the debate's Chinese was converted: the curated original. */
  original?: Debate | undefined;
  inReading?: boolean | undefined;
  /** The debate's source text, when it came with one (a debate opened from disk). */
  source?: string | undefined;
  /** How a debate opened from disk is converted to Simplified (default: in the page). */
  convert?: OpenedDebateConverter | undefined;
}

const DebateContext = createContext<DebateInView | null>(null);

/** Supplies the debate every view shows. */
export function DebateProvider({ children, ...inView }: DebateInView & { children: ReactNode }) {
  const { debate, original, inReading, source, convert } = inView;
  return (
    <DebateContext value={{ debate, original, inReading, source, convert }}>
      {children}
    </DebateContext>
  );
}

function useDebateInView(): DebateInView {
  const inView = use(DebateContext);
  if (!inView) throw new Error('The debate views need a DebateProvider above them.');
  return inView;
}

const inEnglish = new WeakMap<Debate, Debate>();
function cachedEnglish(debate: Debate): Debate {
  let english = inEnglish.get(debate);
  if (!english) inEnglish.set(debate, (english = debateInEnglish(debate)));
  return english;
}

export interface DebateView {
  /** The debate as the reader reads it: in their script, and in English if they chose it. */
  debate: Debate;
  /** The debate exactly as curated, in the source's script: the originals of every quote. */
  original: Debate;
  /** The debate's Chinese in the script shown, whatever the interface language. */
  chinese: Debate;
  /** The script the debate's Chinese is shown in (the source's while a conversion loads). */
  script: Script;
  /** `lang` of the Chinese text shown (quotes, the source). */
  chineseTag: LangTag;
  /** `lang` of our own texts (titles, summaries): English when the debate has it. */
  dataTag: LangTag;
  /** `lang` for elements holding our texts: undefined when it is the interface's own. */
  dataLang: LangTag | undefined;
  /** The reader asked for Simplified and it could not be loaded. */
  conversionFailed: boolean;
}

/** A debate not prepared for the reading, in its Chinese: converted to Simplified on demand. */
function useChinese({ debate, inReading, convert = convertInPage }: DebateInView, wanted: Script) {
  const converted = useConvertedSimplified(
    !inReading && wanted === 'hans' ? debate : undefined,
    convert,
  );
  if (inReading) return { chinese: debate, script: wanted, failed: false };
  const ready = converted?.state === 'ready' ? converted.value : undefined;
  return {
    chinese: ready ?? debate,
    script: ready ? wanted : SOURCE_SCRIPT,
    failed: converted?.state === 'failed',
  };
}

export function useDebateView(): DebateView {
  const inView = useDebateInView();
  const { script: wanted, language, tag: uiTag } = useLocale();
  const { chinese, script, failed } = useChinese(inView, wanted);
  const english = language === 'en' && chinese.en !== undefined;
  const dataTag = english ? 'en' : scriptTag(script);
  return {
    debate: english ? cachedEnglish(chinese) : chinese,
    original: (inView.inReading && inView.original) || inView.debate,
    chinese,
    script,
    chineseTag: scriptTag(script),
    dataTag,
    dataLang: dataTag === uiTag ? undefined : dataTag,
    conversionFailed: failed,
  };
}

export function useDebate(): Debate {
  return useDebateView().debate;
}

/** How the debate in view is converted to Simplified, when it was opened from disk. */
export function useOpenedDebateConverter(): OpenedDebateConverter {
  return useDebateInView().convert ?? convertInPage;
}

/** Whether the debate in view is one the reader opened from their own files (not the site's). */
export function useIsOpenedDebate(): boolean {
  return useDebateInView().inReading === false;
}

/** Whether the debate in view is the one the site was built with (not one opened from disk). */
export function useIsBundledDebate(): boolean {
  return useDebateInView().inReading === true;
}

/** The source text that came with the debate in view, if any (the bundled one loads lazily). */
export function useDebateSource(): string | undefined {
  return useDebateInView().source;
}

/** How to name a speaker to this reader: in their script, or in English. */
export function useSpeakerName(): (speaker: Speaker) => string {
  const { script, dataTag } = useDebateView();
  return useCallback(
    (speaker) => speakerName(speaker, script, dataTag === 'en'),
    [script, dataTag],
  );
}
