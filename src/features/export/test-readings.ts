// For the export tests: the bundled debate as each reading's reader has it, with the
// reading's catalogue and speaker names (as the cite prerender reads it, scripts/bundled-citations.ts).
import { messagesEn } from '@/lib/i18n/messages-en';
import { messagesZhHans } from '@/lib/i18n/messages-zh-hans';
import { messagesZhHant, type Messages } from '@/lib/i18n/messages-zh-hant';
import { bundledDebate } from '@/model/bundled-debate';
import { convertDebateScript } from '@/model/convert-debate-script';
import type { Debate } from '@/model/debate-schema';
import { debateInEnglish } from '@/model/localize-debate';
import { simplifiedConverters } from '@/model/mainland-converter';

export type Reading = 'zh-Hant' | 'zh-Hans' | 'en';
export const READINGS: readonly Reading[] = ['zh-Hant', 'zh-Hans', 'en'];

export function bundledIn(reading: Reading): {
  debate: Debate;
  t: Messages;
  speakerName: (id: string) => string;
} {
  const debate =
    reading === 'en'
      ? debateInEnglish(bundledDebate)
      : reading === 'zh-Hans'
        ? convertDebateScript(bundledDebate, simplifiedConverters)
        : bundledDebate;
  const t = { 'zh-Hant': messagesZhHant, 'zh-Hans': messagesZhHans, en: messagesEn }[reading];
  const speakerName = (id: string) => {
    const speaker = debate.speakers.find((s) => s.id === id);
    if (!speaker) return id;
    if (reading === 'en' && speaker.en) return speaker.en.name;
    return speaker.name[reading === 'zh-Hans' ? 'hans' : 'hant'];
  };
  return { debate, t, speakerName };
}
