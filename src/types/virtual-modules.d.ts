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
