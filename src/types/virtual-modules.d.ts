declare module 'virtual:bundled-debate' {
  // Validated by scripts/vite-plugin-debate.ts before it reaches the app.
  const debate: import('../model/debate-schema').Debate;
  export default debate;
}

declare module 'virtual:bundled-source' {
  // The bundled debate's source.txt, byte for byte.
  const source: string;
  export default source;
}

declare module 'virtual:bundled-debate-hans' {
  // The bundled debate converted to Simplified Chinese at build time.
  const debate: import('../model/debate-schema').Debate;
  export default debate;
}

declare module 'virtual:bundled-source-hans' {
  // The bundled source text converted to Simplified Chinese at build time.
  const source: string;
  export default source;
}

declare module 'virtual:position-palette' {
  // Each position value's colours and axis offset, computed by d3 at build time.
  const palette: import('../ui/position-palette').PositionPalette;
  export default palette;
}

declare module 'virtual:csl-styles' {
  // Official CSL styles and locales in citeproc-js's JSON form (scripts/vite-plugin-csl-styles.ts).
  const csl: { styles: Record<string, object>; locales: Record<string, object> };
  export default csl;
}

// The bundled debate's styled citations as templates, one module per reading
// (scripts/vite-plugin-bundled-citations.ts).
declare module 'virtual:bundled-citations-zh-Hant' {
  const citations: import('../features/cite/citation-templates').PrerenderedCitations;
  export default citations;
}
declare module 'virtual:bundled-citations-zh-Hans' {
  const citations: import('../features/cite/citation-templates').PrerenderedCitations;
  export default citations;
}
declare module 'virtual:bundled-citations-en' {
  const citations: import('../features/cite/citation-templates').PrerenderedCitations;
  export default citations;
}
