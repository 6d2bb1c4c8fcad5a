import { scaleDiverging, scaleLinear } from 'd3-scale';
import { interpolatePuOr } from 'd3-scale-chromatic';
import { interpolateRgb } from 'd3-interpolate';
import { positionValues, type PositionValue } from '../model/debate-schema.ts';

// Runs at build time only (scripts/vite-plugin-position-palette.ts serves its result as
// `virtual:position-palette`): positions take five values, so d3 computes their colours and
// offsets once and the page ships five small records instead of d3's interpolators (~15 kB).

export interface PositionSwatch {
  /** The marker's colour. */
  marker: string;
  /** A pale version of it for the cell's background, under text. */
  tint: string;
  /** Where the marker sits on the axis, 0 (the "from" pole) to 1 (the "to" pole). */
  offset: number;
}

export type PositionPalette = Record<`${PositionValue}`, PositionSwatch>;

// Purple–orange is a diverging palette that stays distinct for red–green colour-blind
// readers; its ends are trimmed so the strongest colours still sit well under text.
const strong = scaleDiverging((t: number) => interpolatePuOr(0.1 + 0.8 * t)).domain([2, 0, -2]);
const towardWhite = interpolateRgb.gamma(2.2);
const axisOffset = scaleLinear().domain([-2, 2]).range([0, 1]);

export function computePositionPalette(): PositionPalette {
  const entries = positionValues.map((value) => {
    const marker = strong(value);
    const swatch = {
      marker,
      tint: towardWhite(marker, '#ffffff')(0.82),
      offset: axisOffset(value),
    };
    return [String(value), swatch] as const;
  });
  return Object.fromEntries(entries) as PositionPalette;
}
