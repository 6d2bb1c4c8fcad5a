import type { Reading } from './citation-item';
import type { PrerenderedCitations } from './citation-templates';

// The bundled debate's citations, made when the site was built: one chunk per reading, loaded
// when a reader of that reading opens the cite dialog.
const loaders: Record<Reading, () => Promise<{ default: PrerenderedCitations }>> = {
  'zh-Hant': () => import('virtual:bundled-citations-zh-Hant'),
  'zh-Hans': () => import('virtual:bundled-citations-zh-Hans'),
  en: () => import('virtual:bundled-citations-en'),
};

export async function bundledTemplates(reading: Reading): Promise<PrerenderedCitations> {
  return (await loaders[reading]()).default;
}
