// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { findSpeaker, findStance, findTopic } from '@/model/debate-queries';
import { shareCards, stanceCard } from '@/features/share-image/share-card';
import { cardFonts } from './card-fonts';
import { cardLayout } from './card-layout';
import { drawCards, pngSize, renderSvg, SHARE_IMAGE_MAX_BYTES, textOf } from './write-share-images';
import { pageWordsOf } from '../../tests/unit/page-words-of';

const topic = findTopic(bundledDebate, 'agi-timing')!;
const speaker = findSpeaker(bundledDebate, 'cai-hengjin')!;
const card = stanceCard(
  pageWordsOf(bundledDebate),
  topic,
  speaker,
  findStance(bundledDebate, topic.id, speaker.id)!,
);

// 进 is Simplified only: Noto Sans TC has no glyph for it, so Noto Sans SC must draw it.
const MIXED = { text: '蔡恒进說：AGI將在幾個月或一年之內實現', clipped: true };

describe('a share card', () => {
  it('is drawn as a 1200×630 PNG under 300 kB, in Traditional and Simplified alike', async () => {
    const mixed = { ...card, quote: card.quote && { ...card.quote, ...MIXED } };
    const [drawn] = await drawCards([mixed]);
    expect(pngSize(drawn!.png)).toEqual({ width: 1200, height: 630 });
    expect(drawn!.png.length).toBeLessThan(SHARE_IMAGE_MAX_BYTES);
    const { fontFamily } = cardFonts(textOf(cardLayout(mixed, '')));
    expect(fontFamily).toMatch(/"noto-sans-sc-\w+"/);
  });

  it('fails, rather than draw an empty box, when satori finds text no font draws', async () => {
    // Fonts for everything but 进: satori asks for an additional asset to draw it.
    const mixed = { ...card, quote: card.quote && { ...card.quote, ...MIXED } };
    const { fonts, fontFamily } = cardFonts(textOf(cardLayout(mixed, '')).replaceAll('进', ''));
    await expect(renderSvg(cardLayout(mixed, fontFamily), fonts)).rejects.toThrow(
      /no font draws "进"/,
    );
  });

  it('names the characters no font has before drawing anything', () => {
    expect(() => cardFonts('立場क')).toThrow(/no font draws 「क」 \(U\+0915\)/);
  });

  it('draws every character of every card the bundled debate has', () => {
    const text = shareCards(pageWordsOf(bundledDebate))
      .map((c) => textOf(cardLayout(c, '')))
      .join('');
    expect(text).toContain(card.quote!.text);
    expect(() => cardFonts(text)).not.toThrow();
  });
});
