import { describe, expect, it } from 'vitest';
import { markLetters, speakerInitials } from './speaker-mark';

describe('speakerInitials', () => {
  it('uses the first character of each name where it tells the speakers apart', () => {
    expect(speakerInitials(['蔡恆進', '楊蜀'])).toEqual(['蔡', '楊']);
    expect(speakerInitials(['Cai Hengjin', 'Yang Shu'])).toEqual(['C', 'Y']);
  });

  it('falls back to each speaker’s place where names share their first character', () => {
    expect(speakerInitials(['講者1號', '講者2號', '李華'])).toEqual(['1', '2', '李']);
  });
});

describe('markLetters', () => {
  it('gives letters to a few speakers and none to many', () => {
    expect(markLetters(['李華', '陳靜', '張偉'])).toEqual(['李', '陳', '張']);
    expect(markLetters(Array.from({ length: 7 }, (_, i) => `S${i}`))).toBeUndefined();
  });
});
