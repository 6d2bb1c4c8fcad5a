import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { debatePaths, paths } from '@/lib/paths';
import { pageShareImage, shareCards, stanceCard } from './share-card';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { pageWords } from '@/lib/page-words';

const zh = pageWords(
  { reading: 'zh-hant', explicit: false },
  { debate: bundledDebate },
  messagesZhHant,
);
const cards = shareCards(zh);

describe('share cards', () => {
  it('give the overview and every topic, stance and speaker page an image of its own', () => {
    // The source, the method and the comparison show the site's own image (route-table.tsx).
    const pages = debatePaths(bundledDebate).filter(
      (p) => p !== paths.source() && p !== paths.about() && !p.startsWith(paths.compare()),
    );
    expect(cards.map((c) => c.path).sort()).toEqual(
      pages.map((p) => paths.shareImage(p, 'zh-hant')).sort(),
    );
  });

  it('quote the opening of the stance’s first quote, verbatim, and say so in the alt text', () => {
    for (const stance of bundledDebate.stances) {
      const topic = bundledDebate.topics.find((t) => t.id === stance.topicId)!;
      const speaker = bundledDebate.speakers.find((s) => s.id === stance.speakerId)!;
      const card = stanceCard(zh, topic, speaker, stance);
      const exact = stance.quotes[0]!.quote.exact;
      expect(card.quote && exact.startsWith(card.quote.text)).toBe(true);
      expect(card.quote?.clipped).toBe(card.quote?.text !== exact);
      expect(card.alt).toContain(stance.label);
      expect(card.alt).toContain(`「${card.quote?.text}」`);
    }
  });

  it('describe a topic by both speakers, their labels and positions', () => {
    const topic = bundledDebate.topics.find((t) => t.id === 'inflection-point')!;
    expect(pageShareImage.topic(zh, topic.id)?.alt).toBe(
      `拐點還是海嘯：${topic.question}` +
        '蔡恆進：AI的海嘯要來了（明確傾向「海嘯」）；楊蜀：AI的拐點已來臨（偏向「拐點」）。',
    );
  });

  it('name no image for a page that does not exist', () => {
    expect(pageShareImage.topic(zh, 'no-such-topic')).toBeUndefined();
    expect(pageShareImage.speaker(zh, 'nobody')).toBeUndefined();
  });
});
