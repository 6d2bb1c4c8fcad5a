import {
  readingLanguage,
  readingScript,
  readingTag,
  type PagePlace,
  type Reading,
} from '@/lib/reading';
import type { LangTag, Script, UiLanguage } from './locale';
import { useReadingInView } from './reading-context';

/** The page's reading, as its address names it (the default address's is Traditional). */
export function useReading(): Reading {
  return useReadingInView().reading;
}

/** The page's reading and whether its address names it, for links that stay at this place. */
export function usePagePlace(): PagePlace {
  const { reading, explicit } = useReadingInView();
  return { reading, explicit };
}

/** The page's reading as the interface's language, the script of its Chinese, and its tag. */
export function useLocale(): {
  reading: Reading;
  script: Script;
  language: UiLanguage;
  tag: LangTag;
} {
  const reading = useReading();
  return {
    reading,
    script: readingScript(reading),
    language: readingLanguage(reading),
    tag: readingTag[reading],
  };
}
