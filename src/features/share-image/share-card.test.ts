import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { debatePaths, paths } from '@/lib/paths';
import { pageShareImage, shareCards, stanceCard } from './share-card';

const cards = shareCards(bundledDebate);

describe('share cards', () => {
  it('give the overview and every topic, stance and speaker page an image of its own', () => {
    // The source, the method and the comparison show the site's own image (route-table.tsx).
    const pages = debatePaths(bundledDebate).filter(
      (p) => p !== paths.source() && p !== paths.about() && !p.startsWith(paths.compare()),
    );
    expect(cards.map((c) => c.path).sort()).toEqual(pages.map(paths.shareImage).sort());
  });

  it('quote the opening of the stance’s key quote, verbatim, and say so in the alt text', () => {
    for (const stance of bundledDebate.stances) {
      const topic = bundledDebate.topics.find((t) => t.id === stance.topicId)!;
      const speaker = bundledDebate.speakers.find((s) => s.id === stance.speakerId)!;
      const card = stanceCard(bundledDebate, topic, speaker, stance);
      const key = stance.quotes.find((q) => q.id === stance.keyQuoteId) ?? stance.quotes[0];
      const exact = key!.quote.exact;
      expect(card.quote && exact.startsWith(card.quote.text)).toBe(true);
      expect(card.quote?.clipped).toBe(card.quote?.text !== exact);
      expect(card.alt).toContain(stance.label);
      expect(card.alt).toContain(`「${card.quote?.text}」`);
    }
  });

  it('quote the key quote named by the data, not the first, where the two differ', () => {
    // Cai's first quote on open-vs-closed voices others' nuclear-bomb argument; his key quote
    // is his own position.
    const stance = bundledDebate.stances.find(
      (s) => s.topicId === 'open-vs-closed' && s.speakerId === 'cai-hengjin',
    )!;
    expect(stance.keyQuoteId).toBeDefined();
    expect(stance.keyQuoteId).not.toBe(stance.quotes[0]!.id);
    const topic = bundledDebate.topics.find((t) => t.id === stance.topicId)!;
    const speaker = bundledDebate.speakers.find((s) => s.id === stance.speakerId)!;
    const card = stanceCard(bundledDebate, topic, speaker, stance);
    expect(card.quote?.text).not.toContain('原子彈');
  });

  it('describe a topic by both speakers, their labels and positions', () => {
    const topic = bundledDebate.topics.find((t) => t.id === 'inflection-point')!;
    expect(pageShareImage.topic(bundledDebate, topic.id)?.alt).toBe(
      `拐點還是海嘯：${topic.question}` +
        '蔡恆進：海嘯要來，顛覆原路（明確傾向「顛覆原路線」）；楊蜀：拐點已到，原路加速（明確傾向「原路上加速」）。',
    );
  });

  it('name no image for a page that does not exist', () => {
    expect(pageShareImage.topic(bundledDebate, 'no-such-topic')).toBeUndefined();
    expect(pageShareImage.speaker(bundledDebate, 'nobody')).toBeUndefined();
  });
});
