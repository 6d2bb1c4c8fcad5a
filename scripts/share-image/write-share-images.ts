// Draws every page's share image when the site is built, without a browser: satori lays the
// card out as SVG with the fonts' glyphs as paths, resvg rasterises it to PNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isValidElement, type ReactNode } from 'react';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { ShareCard } from '../../src/features/share-image/share-card.ts';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share-image.ts';
import { cardFonts, familiesFor, type CardFont } from './card-fonts.ts';
import { cardLayout } from './card-layout.tsx';

/** Most sites that show link previews refuse or recompress larger images. */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024;

/** Every text an element tree draws, its components rendered as satori renders them. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!isValidElement<{ children?: ReactNode }>(node)) return '';
  if (typeof node.type === 'function')
    return textOf((node.type as (props: unknown) => ReactNode)(node.props));
  return textOf(node.props.children);
}

/**
 * The element as SVG. Satori asks `loadAdditionalAsset` for any text no font draws, and
 * would otherwise draw it as empty boxes: here that fails the build instead.
 */
export function renderSvg(element: ReactNode, fonts: CardFont[]): Promise<string> {
  return satori(element, {
    ...SHARE_IMAGE_SIZE,
    fonts,
    loadAdditionalAsset: (language, segment) =>
      Promise.reject(
        new Error(`share images: no font draws "${segment}" (${language}); add its font`),
      ),
  });
}

/** The PNG's width and height, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface DrawnCard {
  card: ShareCard;
  png: Buffer;
}

/** Draws the cards, checking each image's size and weight. */
export async function drawCards(cards: readonly ShareCard[]): Promise<DrawnCard[]> {
  const drawn: Promise<DrawnCard>[] = [];
  for (const lang of new Set(cards.map((card) => card.lang))) {
    const inLang = cards.filter((card) => card.lang === lang);
    // One font list for every card in a language, so satori parses each font once.
    const { fonts, fontFamily } = cardFonts(
      inLang.map((card) => textOf(cardLayout(card, ''))).join(''),
      familiesFor(lang),
    );
    // Layout is synchronous work on this thread; each card is rasterised on one of libuv's
    // threads while the next is laid out.
    for (const card of inLang) {
      const svg = await renderSvg(cardLayout(card, fontFamily), fonts);
      drawn.push(rasterise(card, svg));
    }
  }
  return Promise.all(drawn);
}

async function rasterise(card: ShareCard, svg: string): Promise<DrawnCard> {
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' } })).asPng();
  const { width, height } = pngSize(png);
  if (width !== SHARE_IMAGE_SIZE.width || height !== SHARE_IMAGE_SIZE.height)
    throw new Error(`share image ${card.path} is ${width}×${height}`);
  if (png.length >= SHARE_IMAGE_MAX_BYTES)
    throw new Error(`share image ${card.path} weighs ${png.length} bytes`);
  return { card, png };
}

/** Writes each card's PNG at its path under `clientDir`. */
export async function writeShareImages(
  clientDir: string,
  cards: readonly ShareCard[],
  log: (line: string) => void = console.log,
) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const drawn = await drawCards(cards);
  for (const { card, png } of drawn) {
    const file = path.join(clientDir, ...card.path.split('/').map(decodeURIComponent));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  const largest = Math.max(...drawn.map((d) => d.png.length));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { user, system } = process.cpuUsage(cpu);
  const cpuSeconds = ((user + system) / 1e6).toFixed(1);
  log(
    `share images: ${drawn.length} PNGs of ${SHARE_IMAGE_SIZE.width}×${SHARE_IMAGE_SIZE.height}, ` +
      `the largest ${Math.ceil(largest / 1024)} kB, in ${seconds} s (${cpuSeconds} s of CPU)`,
  );
}
