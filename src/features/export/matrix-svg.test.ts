import { describe, expect, it } from 'vitest';
import type { Debate } from '@/model/debate-schema';
import { matrixSvg, SVG_WIDTH } from './matrix-svg';
import { textWidth } from './svg-text';
import { bundledIn, READINGS, type Reading } from './test-readings';

function svgOf(reading: Reading, trim: (debate: Debate) => Debate = (d) => d) {
  const { t, debate: whole, speakerName: name } = bundledIn(reading);
  const debate = trim(whole);
  return matrixSvg(debate, {
    title: debate.title,
    subtitle: t.exportData.subtitle(
      debate.speakers.map((s) => name(s.id)),
      debate.topics.length,
    ),
    sourceLine: t.exportData.sourceLine(debate, t.cite.versionLabel('2026-12-01')),
    url: 'https://example.org/',
    legendHeading: t.legendHeading,
    legendAxis: t.exportData.axisNote,
    relationHeading: t.relationColumn,
    notPlaced: t.positionStates,
    relationKinds: t.relationKinds,
    speakerName: name,
    speakerLabel: t.exportData.speakerLabel,
    positionLabels: t.exportData.positionLabels,
  }).svg;
}

const unescape = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Each line of text with the box it is estimated to take (svg-text.ts's generous widths). */
function lines(svg: string) {
  const found = [];
  for (const text of svg.matchAll(/<text font-size="([\d.]+)"([^>]*)>(.*?)<\/text>/g)) {
    const size = Number(text[1]);
    const end = text[2]!.includes('text-anchor="end"');
    const bold = text[2]!.includes('font-weight');
    for (const span of text[3]!.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">(.*?)<\/tspan>/g)) {
      const words = unescape(span[3]!);
      const width = textWidth(words, size, bold);
      const x = Number(span[1]);
      const y = Number(span[2]);
      const left = end ? x - width : x;
      found.push({ words, left, right: left + width, top: y - size * 0.8, bottom: y + size * 0.2 });
    }
  }
  return found;
}

const texts = (svg: string) => lines(svg).map((l) => l.words);

describe('the matrix as SVG, in every reading', () => {
  for (const reading of READINGS) {
    it(`${reading}: every line stays on the canvas`, () => {
      const all = lines(svgOf(reading));
      expect(all.length).toBeGreaterThan(30);
      for (const line of all) {
        expect(line.left, line.words).toBeGreaterThanOrEqual(0);
        expect(line.right, line.words).toBeLessThanOrEqual(SVG_WIDTH);
      }
    });

    it(`${reading}: no two lines overlap (topic titles clear of the axis-end labels)`, () => {
      const all = lines(svgOf(reading));
      const overlaps = all.flatMap((a, i) =>
        all
          .slice(i + 1)
          .filter(
            (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
          )
          .map((b) => `${a.words} × ${b.words}`),
      );
      expect(overlaps).toEqual([]);
    });

    it(`${reading}: the legend names each speaker and each position colour`, () => {
      const { t, debate, speakerName } = bundledIn(reading);
      const words = texts(svgOf(reading));
      for (const speaker of debate.speakers) expect(words).toContain(speakerName(speaker.id));
      for (const label of t.exportData.positionLabels) expect(words).toContain(label);
    });
  }

  it('says the subtitle from the debate: its speakers and how many topics', () => {
    const twoTopics = (d: Debate) => ({ ...d, topics: d.topics.slice(0, 2) });
    expect(texts(svgOf('zh-Hant', twoTopics))).toContain(
      '蔡恆進與楊蜀在 2 個議題上的立場與兩人關係',
    );
    expect(texts(svgOf('en', twoTopics))).toContain(
      'Where Cai Hengjin and Yang Shu stand on 2 topics, and how they relate',
    );
  });

  it('keeps the credits apart: outlet, column, programme, interviewer, author', () => {
    expect(texts(svgOf('zh-Hant')).join('')).toContain(
      '來源：網易科技 · 科技《態度》欄目 · 《Future Talk》；採訪：丁廣勝；作者：崔玉賢；',
    );
    expect(texts(svgOf('en')).join(' ')).toContain(
      'interviewer: Ding Guangsheng; author: Cui Yuxian;',
    );
  });
});
