import { createContext, use, useCallback, type ReactNode } from 'react';
import { useLocale } from '@/lib/i18n/use-locale';
import { SOURCE_SCRIPT, scriptTag, type LangTag, type Script } from '@/lib/i18n/locale';
import type { Debate, Speaker } from '@/model/debate-schema';
import { debateInEnglish } from '@/model/localize-debate';
import {
  convertInPage,
  useBundledSimplified,
  useBundledWithEnglish,
  useConvertedSimplified,
  type OpenedDebateConverter,
} from './debate-variants';

interface DebateInView {
  debate: Debate;
  /** The debate's source text, when it came with one (a debate opened from disk). */
  source?: string | undefined;
  /**
   * The debate is the bundled one as the pages hydrate with it, without its English: its
   * Simplified version and its English come from chunks made at build time.
   */
  bundled?: boolean | undefined;
  /** How a debate opened from disk is converted to Simplified (default: in the page). */
  convert?: OpenedDebateConverter | undefined;
}

const DebateContext = createContext<DebateInView | null>(null);

/** Supplies the debate every view shows. */
export function DebateProvider({
  debate,
  source,
  bundled,
  convert,
  children,
}: DebateInView & { children: ReactNode }) {
  return <DebateContext value={{ debate, source, bundled, convert }}>{children}</DebateContext>;
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

export function useDebateView(): DebateView {
  const { debate: original, bundled = false, convert = convertInPage } = useDebateInView();
  const { script: wanted, language, tag: uiTag } = useLocale();
  const hans = wanted === 'hans';
  const simplified = [
    useBundledSimplified(bundled && hans ? original : undefined),
    useConvertedSimplified(!bundled && hans ? original : undefined, convert),
  ].find(Boolean);
  // The Simplified chunk carries the English too.
  const withEnglish = useBundledWithEnglish(
    bundled && !hans && language === 'en' ? original : undefined,
  );
  const ready = simplified?.state === 'ready' ? simplified.value : undefined;
  const script = ready ? 'hans' : SOURCE_SCRIPT;
  const scripted = ready ?? (withEnglish?.state === 'ready' ? withEnglish.value : original);
  const english = language === 'en' && scripted.en !== undefined;
  const dataTag = english ? 'en' : scriptTag(script);
  return {
    debate: english ? cachedEnglish(scripted) : scripted,
    original,
    chinese: scripted,
    script,
    chineseTag: scriptTag(script),
    dataTag,
    dataLang: dataTag === uiTag ? undefined : dataTag,
    conversionFailed: simplified?.state === 'failed',
  };
}

export function useDebate(): Debate {
  return useDebateView().debate;
}

/** How the debate in view is converted to Simplified, when it was opened from disk. */
export function useOpenedDebateConverter(): OpenedDebateConverter {
  return useDebateInView().convert ?? convertInPage;
}

/** Whether the debate in view is the one the site was built with (not one opened from disk). */
export function useIsBundledDebate(): boolean {
  return useDebateInView().bundled ?? false;
}

/** The source text that came with the debate in view, if any (the bundled one loads lazily). */
export function useDebateSource(): string | undefined {
  return useDebateInView().source;
}

/** How to name a speaker to this reader: in their script, or in English. */
export function useSpeakerName(): (speaker: Speaker) => string {
  const { script, dataTag } = useDebateView();
  return useCallback(
    (speaker) => (dataTag === 'en' && speaker.en ? speaker.en.name : speaker.name[script]),
    [script, dataTag],
  );
}
