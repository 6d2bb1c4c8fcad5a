// citation-js imports node-fetch for Node, and in a browser uses the browser's own fetch (its
// fetchFile asks which it runs in). Bundled for the browser, node-fetch would bring Node's
// http, zlib, stream and more as empty stand-ins, with a warning for each at every build; the
// client build takes this module in its place, which hands over the browser's fetch.
export default globalThis.fetch;
export const Headers = globalThis.Headers;
