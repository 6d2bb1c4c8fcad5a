import type { Debate } from '@/model/debate-schema';
import { findSpeaker, findStance, findTopic } from '@/model/debate-queries';
import { messagesZhHant as uiText } from './i18n/messages-zh-hant';

// Document titles, one per kind of page; null where the URL names nothing in the debate.
// Titles are prerendered, so they are in the source's language and script.

const withSite = (title: string) => `${title}｜${uiText.siteName}`;

export const pageTitles = {
  overview: (debate: Debate) => withSite(debate.title),
  topic: (debate: Debate, topicId: string | undefined) => {
    const topic = findTopic(debate, topicId);
    if (!topic) return null;
    const names = debate.speakers.map((s) => s.name.hant).join('與');
    return withSite(`${topic.heading}：${names}的立場`);
  },
  stance: (debate: Debate, topicId: string | undefined, speakerId: string | undefined) => {
    const topic = findTopic(debate, topicId);
    const speaker = findSpeaker(debate, speakerId);
    const stance = topic && speaker && findStance(debate, topic.id, speaker.id);
    if (!topic || !speaker || !stance) return null;
    return withSite(`${uiText.stanceOf(speaker.name.hant, topic.heading)}：${stance.label}`);
  },
  speaker: (debate: Debate, speakerId: string | undefined) => {
    const speaker = findSpeaker(debate, speakerId);
    return speaker ? withSite(uiText.allStancesOf(speaker.name.hant)) : null;
  },
  notFound: () => withSite(uiText.notFoundTitle),
  source: () => withSite(uiText.sourceTitle),
  about: () => withSite(uiText.aboutTitle),
  search: () => withSite(uiText.searchHeading),
};
