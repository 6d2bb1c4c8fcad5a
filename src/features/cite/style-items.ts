import type { CslItem, CslName, Reading } from './citation-item.ts';

// What each style is handed. The item is one, but the styles' rules differ where CSL cannot
// say so in the item alone; each difference below is the style's own rule.

export type StyledFormat = 'gbt7714' | 'apa' | 'mla' | 'chicago';
export const STYLED_FORMATS: readonly StyledFormat[] = ['gbt7714', 'apa', 'mla', 'chicago'];

/** The item as `format` is handed it: a CSL-JSON object with the style's own name forms. */
export type StyleItem = Omit<CslItem, 'author' | 'interviewer' | 'issued'> & {
  author?: object[];
  interviewer?: object[];
  issued?: CslItem['issued'] | { literal: string };
  publisher?: string;
};

function names(list: CslName[] | undefined, form: (name: CslName) => object) {
  return list?.map(form);
}

/**
 * Chicago (CMOS 8.15) and MLA 9 keep a Chinese name in its own order, family name first and
 * no comma ("Cui Yuxian"); APA 7 inverts every name to "Cui, Y.". GB/T gives the article in
 * Chinese (citations.ts, styledInput), so it meets no romanised name.
 */
const NAME_FORM: Record<StyledFormat, (name: CslName) => object> = {
  apa: (name) => name,
  mla: (name) => ('family' in name ? { ...name, 'static-ordering': true } : name),
  chicago: (name) => ('family' in name ? { ...name, 'static-ordering': true } : name),
  gbt7714: (name) => name,
};

export function itemForStyle(item: CslItem, format: StyledFormat, reading: Reading): StyleItem {
  const styled: StyleItem = {
    ...item,
    author: names(item.author, NAME_FORM[format]),
    interviewer: names(item.interviewer, NAME_FORM[format]),
  };
  if (!styled.author) delete styled.author;
  if (!styled.interviewer) delete styled.interviewer;
  const day = item.issued?.['date-parts'][0];
  // APA's date is "(2026, December 1)"; in Chinese the style would print "(2026, 十二月 1)",
  // where a Chinese reference list writes the date as a Chinese date.
  if (format === 'apa' && reading !== 'en' && day?.length === 3)
    styled.issued = { literal: `${day[0]}年${day[1]}月${day[2]}日` };
  // GB/T's web resource names its publisher ("網易科技, 2025[引用日期]"); the "//" form it gives
  // a container is for a part of a larger work, which the article is not.
  if (format === 'gbt7714' && item.author) {
    styled.publisher = item['container-title'];
    delete (styled as Partial<StyleItem>)['container-title'];
  }
  return styled;
}
