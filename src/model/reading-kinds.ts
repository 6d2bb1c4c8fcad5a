// The names the data model shares with the interface: which script the debate's Chinese is in,
// and which of the site's readings a page is. Types only; src/lib/i18n/locale.ts and
// src/lib/reading.ts give them their values and behaviour.

export type Script = 'hant' | 'hans';
export type Reading = 'zh-hant' | 'zh-hans' | 'en';
