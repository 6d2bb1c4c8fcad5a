import { ConverterFactory } from 'opencc-js/core';
import fromTaiwanPhrases from 'opencc-js/from/twp';
import toSimplifiedScript from 'opencc-js/to/cn';
import type { ScriptConverters } from './convert-debate-script.ts';
import { toSimplified } from './script-converter.ts';
import { withMainlandVocabulary } from './taiwan-vocabulary.ts';

// OpenCC's Taiwan-phrase table matches the longest entry at each place, so in ordinary prose
// it sometimes reads a word that is not there or takes a word in its computing sense. These
// are left as they are (and then converted character by character); each one was found
// in our own text.
const KEEP_AS_WRITTEN = [
  // 人類比AI聰明: 人類 + 比, not 類比 (analogue, 模擬).
  '人類比',
  // The core of an argument, not an operating system's kernel (內核).
  '核心',
  // A procedure, not an operating system's process (進程).
  '程序',
  // People interact (互动); 交互 is what software does.
  '互動',
  // A document is 文件 in mainland usage too (OpenCC writes 文檔).
  '文件',
  // To open up something new (开启了、开启新): mainland usage as it stands.
  '開啟了',
  '開啟新',
  // 原有路線上加速: 路線 + 上 (on the route), not 線上 (online, 在线).
  '路線上',
].map((phrase): [string, string] => [phrase, phrase]);

const [taiwanPhrases = [], ...otherGroups] = fromTaiwanPhrases;
const toMainlandPhrases = ConverterFactory(
  [[KEEP_AS_WRITTEN, ...taiwanPhrases], ...otherGroups],
  toSimplifiedScript,
);

/**
 * Traditional (Taiwan) → Simplified in mainland usage: OpenCC's Taiwan phrases to the
 * mainland's (晶片 → 芯片, 軟體 → 软件), then the words of TAIWAN_VOCABULARY it misses
 * (身分 → 身份). For our own text only; the source's words keep theirs (toSimplified).
 * Its tables are a few tens of kB: the build converts the bundled debate, and a page loads
 * this only to convert a debate opened from disk.
 */
function toMainlandUsage(text: string): string {
  return withMainlandVocabulary(toMainlandPhrases(text));
}

/** The two conversions a debate's Simplified version is made with (convertDebateScript). */
export const simplifiedConverters: ScriptConverters = {
  characters: toSimplified,
  phrases: toMainlandUsage,
};
