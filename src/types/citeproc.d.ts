// citeproc-js ships no types; the build uses its XML parser only (scripts/vite-plugin-csl-styles.ts).
declare module 'citeproc' {
  const citeproc: { parseXml(xml: string): object };
  export default citeproc;
}
