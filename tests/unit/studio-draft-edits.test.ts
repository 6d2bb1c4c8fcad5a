import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { addQuote, addSpeaker, addTopic, moveQuote } from '@/features/studio/draft-edits';
import { blankDebate } from '@/model/blank-debate';
import { checkDebateIntegrity } from '@/model/debate-integrity';

const source = readFileSync('tests/fixtures/three-voices/source.txt', 'utf8');

it('adds a selected passage as a quote, anchored as check-data wants, in a stance made for it', () => {
  let state = addTopic(addSpeaker(addSpeaker({ debate: blankDebate(), source })));
  const passage = '收費是最直接的辦法。';
  const start = source.indexOf(passage);
  const added = addQuote(state, {
    start,
    end: start + passage.length,
    topicId: 'topic-1',
    speakerId: 'speaker-1',
  });
  state = added.state;
  expect(added.at).toEqual([0, 0]);
  const [stance] = state.debate.stances;
  expect(stance).toMatchObject({ topicId: 'topic-1', speakerId: 'speaker-1' });
  expect(stance!.quotes[0]).toMatchObject({
    id: 'topic-1-speaker-1-1',
    quote: { exact: passage, prefix: source.slice(start - 32, start) },
    position: { start, end: start + passage.length },
    kind: 'direct',
  });
  const anchorProblems = checkDebateIntegrity(state.debate, source).filter((p) =>
    /quote|position/.test(p.path),
  );
  expect(anchorProblems).toEqual([]);

  const moved = moveQuote(state, [0, 0], { topicId: 'topic-1', speakerId: 'speaker-2' });
  expect(moved.debate.stances[0]!.quotes).toEqual([]);
  expect(moved.debate.stances[1]).toMatchObject({ speakerId: 'speaker-2' });
  expect(moved.debate.stances[1]!.quotes[0]!.quote.exact).toBe(passage);
});
