// Serves the official CSL styles and locales the cite dialog formats with, as
// `virtual:csl-styles`: the files vendored in vendor/csl (with their licence), converted at
// build time to citeproc-js's JSON form by citeproc-js's own parser. In the browser
// citeproc-js would parse XML through a slow path (13 s for APA on a test machine).
import { readFileSync } from 'node:fs';
import citeproc from 'citeproc';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:csl-styles';
const VENDOR = new URL('../vendor/csl/', import.meta.url);

/** The styles the cite dialog offers, by their id in the CSL styles repository. */
export const CSL_STYLE_IDS = [
  'china-national-standard-gb-t-7714-2015-numeric',
  'apa',
  'modern-language-association',
  'chicago-author-date',
] as const;
export const CSL_LOCALES = ['zh-CN', 'zh-TW', 'en-US'] as const;

export interface CslJson {
  styles: Record<string, object>;
  locales: Record<string, object>;
}

const { parseXml } = citeproc;

const read = (file: string) => readFileSync(new URL(file, VENDOR), 'utf8');

interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/**
 * Two terms of the Chinese locales, set right where a style's rule would otherwise print the
 * wrong thing (the files themselves stay as published; CC BY-SA allows the adaptation):
 * zh-TW names the author's role ("作者"), which MLA and Chicago then print after the author's
 * name ("崔玉賢, 作者."), where neither style labels an author; zh-CN has no noun for the
 * interviewer, so APA's "(丁广胜, 采访者)" loses the role and names him bare.
 */
export function adaptLocale(tag: string, locale: CslNode): CslNode {
  const terms = locale.children.find(
    (child): child is CslNode => typeof child !== 'string' && child.name === 'terms',
  );
  if (!terms) return locale;
  const isTerm = (child: CslNode | string, name: string) =>
    typeof child !== 'string' && child.name === 'term' && child.attrs.name === name;
  if (tag === 'zh-TW')
    terms.children = terms.children.filter(
      (child) => !isTerm(child, 'author') || (child as CslNode).attrs.form === 'verb',
    );
  if (
    tag === 'zh-CN' &&
    !terms.children.some((c) => isTerm(c, 'interviewer') && !(c as CslNode).attrs.form)
  )
    for (const form of [undefined, 'short'])
      terms.children.push({
        name: 'term',
        attrs: { name: 'interviewer', ...(form ? { form } : {}) },
        children: ['采访者'],
      });
  return locale;
}

export function readCslStyles(): CslJson {
  return {
    styles: Object.fromEntries(CSL_STYLE_IDS.map((id) => [id, parseXml(read(`styles/${id}.csl`))])),
    locales: Object.fromEntries(
      CSL_LOCALES.map((tag) => [
        tag,
        adaptLocale(tag, parseXml(read(`locales/locales-${tag}.xml`)) as CslNode),
      ]),
    ),
  };
}

export function cslStylesPlugin(): Plugin {
  return {
    name: 'csl-styles',
    resolveId: (id) => (id === MODULE_ID ? `\0${id}` : undefined),
    load: (id) =>
      id === `\0${MODULE_ID}` ? `export default ${JSON.stringify(readCslStyles())};` : undefined,
  };
}
