import { distance as editDistance } from 'fastest-levenshtein';

/**
 * The candidate closest to `wanted`, if it is close enough to be what the reader meant:
 * at most a third of the candidate's length away.
 */
export function closestMatch(wanted: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  const lower = wanted.toLowerCase();
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a candidate that could not be
    // close enough is not compared (a 50,000-character address would cost seconds each).
    if (Math.abs(wanted.length - candidate.length) > allowedDistance(candidate)) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= allowedDistance(best.candidate) ? best.candidate : undefined;
}

/** How far an address may be from a page for the page to be suggested. */
const allowedDistance = (candidate: string) => Math.max(2, Math.floor(candidate.length / 3));
