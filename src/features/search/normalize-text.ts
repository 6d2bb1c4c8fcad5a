/**
 * Folds text so a query finds what it means in either script and any case: each character
 * is lower-cased, width-folded (ＡＩ → ai) and, given a Traditional→Simplified converter,
 * brought to Simplified, so 後 and 后 both become 后, and 係, 系 and 繫 all become 系.
 * Folding is character by character (never by phrase) so the same character always folds the
 * same way in the query and the text, and the result is exactly as long as the input: an
 * offset found in the folded text marks the same characters in the text shown.
 */
export function createTextFolder(toSimplified?: (text: string) => string) {
  const folded = new Map<string, string>();

  function foldCharacter(character: string): string {
    let result = folded.get(character);
    if (result !== undefined) return result;
    const lower = character.toLowerCase();
    const widthFolded = lower.normalize('NFKC');
    const candidates = [widthFolded, lower];
    if (toSimplified) candidates.unshift(toSimplified(widthFolded));
    result = candidates.find((c) => c.length === character.length) ?? character;
    folded.set(character, result);
    return result;
  }

  return function fold(text: string): string {
    let result = '';
    for (const character of text) result += foldCharacter(character);
    return result;
  };
}

export type TextFolder = ReturnType<typeof createTextFolder>;
