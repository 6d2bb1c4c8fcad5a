// Colour-vision deficiency simulation and colour difference, to check that the matrix's
// palette keeps its meaning for colour-blind readers (see colour-vision.test.ts).
//
// Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", IEEE TVCG 15(6), matrices for severity 1.0
// (dichromacy), applied to linear sRGB. Difference: CIEDE2000 (Sharma, Wu & Dalal 2005,
// "The CIEDE2000 Color-Difference Formula: Implementation Notes").

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
type Rgb = [number, number, number];
type Lab = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));
const apply = (m: Matrix, v: Rgb): Rgb =>
  m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as Rgb;

/** `#rrggbb` (or `rgb(r, g, b)`) as sRGB channels from 0 to 1. */
function parseColour(colour: string): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  const parts = hex?.slice(1).map((h) => parseInt(h, 16)) ?? rgb?.slice(1).map(Number);
  if (!parts) throw new Error(`not a colour: ${colour}`);
  return parts.map((p) => p / 255) as Rgb;
}

/** How `colour` (sRGB, 0–1) looks to a reader with `deficiency`. */
function simulate(colour: Rgb, deficiency: Deficiency): Rgb {
  const linear = apply(MACHADO[deficiency], colour.map(toLinear) as Rgb);
  return linear.map((c) => toGamma(clamp(c))) as Rgb;
}

/** CIE L*a*b* (D65) of an sRGB colour. */
function toLab(colour: Rgb): Lab {
  const [r, g, b] = colour.map(toLinear) as Rgb;
  const xyz = [
    (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
    0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883,
  ].map((t) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29));
  const [fx = 0, fy = 0, fz = 0] = xyz;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const deg = (rad: number) => (rad * 180) / Math.PI;
const rad = (d: number) => (d * Math.PI) / 180;

/** CIEDE2000 colour difference ΔE00: about 1 is just noticeable, 10 or more is clear. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const [ap1, ap2] = [a1 * (1 + g), a2 * (1 + g)];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const hue = (b: number, a: number) =>
    b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360;
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
  const dL = l2 - l1;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0)
    dh =
      Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(rad(dh / 2));
  const lMean = (l1 + l2) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = hp1 + hp2;
  if (cp1 * cp2 !== 0)
    hMean =
      Math.abs(hp1 - hp2) <= 180 ? hMean / 2 : hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos(rad(hMean - 30)) +
    0.24 * Math.cos(rad(2 * hMean)) +
    0.32 * Math.cos(rad(3 * hMean + 6)) -
    0.2 * Math.cos(rad(4 * hMean - 63));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const cpMean7 = cpMean ** 7;
  const rt =
    -2 *
    Math.sqrt(cpMean7 / (cpMean7 + 25 ** 7)) *
    Math.sin(rad(60 * Math.exp(-(((hMean - 275) / 25) ** 2))));
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The smallest ΔE00 between any two of `colours` as a reader with `deficiency` sees them. */
export function smallestDifference(colours: readonly string[], deficiency?: Deficiency): number {
  const seen = colours.map((c) => {
    const rgb = parseColour(c);
    return toLab(deficiency ? simulate(rgb, deficiency) : rgb);
  });
  let smallest = Number.POSITIVE_INFINITY;
  seen.forEach((a, i) =>
    seen.slice(i + 1).forEach((b) => (smallest = Math.min(smallest, deltaE2000(a, b)))),
  );
  return smallest;
}
