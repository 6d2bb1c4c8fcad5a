// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDebateFiles } from '@/features/open-debate/read-debate-files';
import { checkMessagesZhHant } from '@/lib/i18n/check-messages-zh-hant';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';

// A debate opened from disk goes through the same checks as the bundled one, points included.

const folder = new URL('../../data/debates/future-talk-deepseek/', import.meta.url);
const source = readFileSync(new URL('source.txt', folder), 'utf8');
const pristine = readFileSync(new URL('debate.json', folder), 'utf8');
const say = { problems: messagesZhHant.openProblems, checks: checkMessagesZhHant };
const open = (json: unknown) =>
  readDebateFiles(
    [new File([JSON.stringify(json)], 'debate.json'), new File([source], 'source.txt')],
    say,
  );

describe('opening a debate with points from disk', () => {
  it('keeps its points', async () => {
    const result = await open(JSON.parse(pristine));
    expect(result.ok && result.debate.points?.map((p) => p.id)).toEqual(
      (JSON.parse(pristine) as { points: { id: string }[] }).points.map((p) => p.id),
    );
  });

  it('opens it without points too', async () => {
    const json = JSON.parse(pristine);
    delete json.points;
    const result = await open(json);
    expect(result.ok && result.debate.points).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('names a point whose answer cites another speaker’s words', async () => {
    const json = JSON.parse(pristine);
    json.points[0].answers[0].quoteIds = ['inflection-point-yang-2'];
    const result = await open(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(
        /^debate\.json: 論點「.+」，蔡恆進的回應：引文「.+」是楊蜀的話，不是蔡恆進的/,
      ),
    ]);
  });
});
