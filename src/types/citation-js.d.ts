// citation-js ships no types; these cover what src/features/cite/format-styles.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get: (name: string) => unknown } };
}
declare module '@citation-js/plugin-csl';
