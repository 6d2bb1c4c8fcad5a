import type { Debate } from '@/model/debate-schema';

interface MatchWithData {
  id: string;
  loaderData?: unknown;
}

/**
 * The bundled debate from the root route's loader data, for a route's `meta`. The root
 * loader ran when the site was built; its data is in every page.
 */
export function rootDebate(matches: readonly (MatchWithData | undefined)[]): Debate {
  const data = matches.find((match) => match?.id === 'root')?.loaderData as
    | { debate?: Debate }
    | undefined;
  if (!data?.debate) throw new Error('The root route’s loader data has no debate.');
  return data.debate;
}
