import type { Debate, Speaker } from '@/model/debate-schema';
import { debateInEnglish, speakerName } from '@/model/localize-debate';
import type { PageDebate } from '@/model/page-debate';
import type { Messages } from './i18n/messages-zh-hant';
import { readingScript, type PagePlace } from './reading';

/**
 * What a page's head, share image and structured data are written from, in the page's
 * reading: the debate as the reading shows it, the interface's messages, and how the reading
 * names a speaker.
 */
export interface PageWords extends PagePlace {
  debate: Debate;
  t: Messages;
  nameOf: (speaker: Speaker) => string;
}

/** The words of pages at `place`, from the reading's page debate and catalogue. */
export function pageWords(place: PagePlace, { debate }: PageDebate, t: Messages): PageWords {
  const english = place.reading === 'en' && debate.en !== undefined;
  const script = readingScript(place.reading);
  return {
    ...place,
    debate: english ? debateInEnglish(debate) : debate,
    t,
    nameOf: (speaker) => speakerName(speaker, script, english),
  };
}
