// The script the debate's Chinese is shown in, and the interface's language. The debate's
// source is Traditional Chinese; everything else is derived from it. Which of them a page
// shows is its reading's (src/lib/reading.ts).

import type { Script } from '@/model/reading-kinds';

export type { Script };
export type UiLanguage = 'zh' | 'en';
/** BCP 47 tags for the `lang` attribute, so screen readers and fonts follow the text. */
export type LangTag = 'zh-Hant' | 'zh-Hans' | 'en';

export const SOURCE_SCRIPT: Script = 'hant';

export const scriptTag = (script: Script): LangTag => (script === 'hans' ? 'zh-Hans' : 'zh-Hant');
