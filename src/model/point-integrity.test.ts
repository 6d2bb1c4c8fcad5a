// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Debate, Point, PointAnswer, Quote, Relation } from './debate-schema';
import { checkPoints, relationMismatch } from './point-integrity';

// A two-speaker, two-topic debate small enough to read whole; each test breaks one rule in
// a copy of it, and the unbroken copy is the control that passes.

const quote = (id: string): Quote => ({
  id,
  quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  kind: 'reported',
  attribution: 'explicit',
});

const answer = (
  speakerId: string,
  kind: PointAnswer['answer'],
  quoteIds: string[] = [],
): PointAnswer => ({ speakerId, answer: kind, quoteIds });

function point(relation: Point['relation'], answers: PointAnswer[], id = 'p'): Point {
  return { id, statement: '一個論點', topicIds: ['t1'], answers, relation, why: '理由' };
}

function debate(points: Point[] | undefined, topicRelation: Relation['kind'] = 'partly-agree') {
  const stance = (topicId: string, speakerId: string, quoteId: string) => ({
    topicId,
    speakerId,
    label: '標籤',
    summary: '摘要。',
    position: { state: 'placed' as const, value: 1 as const, rationale: '依據' },
    quotes: [quote(quoteId)],
  });
  const value: Debate = {
    id: 'd',
    language: 'zh-Hant',
    title: '標題',
    outlet: '媒體',
    column: '欄目',
    programme: '節目',
    interviewer: '採訪',
    author: '作者',
    published: { period: '某時', note: '說明' },
    speakers: ['a', 'b'].map((id) => ({
      id,
      name: { hant: id, hans: id },
      introduction: id,
      roles: [{ title: '職位' }],
    })),
    topics: ['t1', 't2'].map((id) => ({
      id,
      heading: id,
      subheading: id,
      question: '問題',
      axis: { from: '甲', to: '乙' },
    })),
    stances: [
      stance('t1', 'a', 'a-1'),
      stance('t1', 'b', 'b-1'),
      stance('t2', 'a', 'a-2'),
      stance('t2', 'b', 'b-2'),
    ],
    relations: [{ topicId: 't1', speakerIds: ['a', 'b'], kind: topicRelation, why: '理由' }],
  };
  return points === undefined ? value : { ...value, points };
}

const agreed = () =>
  point('agree', [answer('a', 'asserts', ['a-1']), answer('b', 'asserts', ['b-1'])]);
const messages = (d: Debate) => checkPoints(d).map((p) => `${p.path}: ${p.message}`);

describe('checkPoints', () => {
  it('passes a debate without points, and one whose points are sound', () => {
    expect(messages(debate(undefined))).toEqual([]);
    expect(messages(debate([]))).toEqual([]);
    expect(messages(debate([agreed()]))).toEqual([]);
  });

  it('refuses a quote cited for a speaker whose words it is not', () => {
    const wrong = agreed();
    wrong.answers[1] = answer('b', 'asserts', ['a-2']);
    expect(messages(debate([wrong]))).toEqual([
      `points[0].answers[1].quoteIds[0]: quote "a-2" is a's words, not b's`,
    ]);
  });

  it("counts a point's own quotes as the answering speaker's", () => {
    const own = agreed();
    own.answers[1] = { ...answer('b', 'asserts'), quotes: [quote('b-own')] };
    const citesIt = point(
      'agree',
      [answer('a', 'asserts', ['b-own']), answer('b', 'asserts', ['b-2'])],
      'q',
    );
    expect(messages(debate([own]))).toEqual([]);
    expect(messages(debate([own, citesIt]))).toEqual([
      `points[1].answers[0].quoteIds[0]: quote "b-own" is b's words, not a's`,
    ]);
  });

  it('leaves a quote with no clear owner to the checks that name its real problem', () => {
    // Two quotes share an id: the duplicate is reported where it is, not at every citation.
    const shared = debate([agreed()]);
    shared.stances[2]!.quotes[0]!.id = 'b-1';
    expect(messages(shared)).toEqual([]);
    // A stance names an unknown speaker: that stance is reported, not each answer citing it.
    const unknown = debate([agreed()]);
    unknown.stances[1]!.speakerId = 'nobody';
    expect(messages(unknown)).toEqual([]);
    // Control: the quote of a known speaker, used once, is still checked.
    const wrong = debate([agreed()]);
    wrong.stances[1]!.speakerId = 'a';
    expect(messages(wrong)).toEqual([
      `points[0].answers[1].quoteIds[0]: quote "b-1" is a's words, not b's`,
    ]);
  });

  it('names an unknown quote, topic or speaker', () => {
    const broken = agreed();
    broken.topicIds = ['t1', 'nowhere'];
    broken.answers[0] = answer('a', 'asserts', ['a-9']);
    broken.answers.push(answer('c', 'not-addressed'));
    expect(messages(debate([broken]))).toEqual([
      'points[0].topicIds[1]: unknown topic "nowhere"',
      'points[0].answers[0].quoteIds[0]: unknown quote "a-9"',
      'points[0].answers[2].speakerId: unknown speaker "c"',
    ]);
  });

  it('wants every speaker to answer each point exactly once', () => {
    const missing = point('one-speaks', [answer('a', 'asserts', ['a-1'])]);
    expect(messages(debate([missing]))).toEqual(['points[0].answers: missing the answer of "b"']);
    const twice = agreed();
    twice.answers.push(answer('b', 'asserts', ['b-2']));
    expect(messages(debate([twice]))).toEqual([
      'points[0].answers[2].speakerId: "b" already answers this point',
    ]);
  });

  it('wants quotes behind every answer, and none behind a not-addressed one', () => {
    const bare = point('agree', [answer('a', 'asserts'), answer('b', 'asserts', ['b-1'])]);
    expect(messages(debate([bare]))).toEqual([
      'points[0].answers[0].quoteIds: an answer needs the quotes that show it',
    ]);
    const quoted = point('one-speaks', [
      answer('a', 'asserts', ['a-1']),
      answer('b', 'not-addressed', ['b-1']),
    ]);
    expect(messages(debate([quoted]))).toEqual([
      'points[0].answers[1].quoteIds: a not-addressed answer has no quotes',
    ]);
  });

  it('names a duplicate point id', () => {
    expect(messages(debate([agreed(), agreed()]))).toEqual([
      'points[1].id: duplicate id "p" (first used at points[0].id)',
    ]);
  });

  it('refuses a point the speakers differ on under a topic coded agree', () => {
    const differ = point('differ', [
      answer('a', 'asserts', ['a-1']),
      answer('b', 'rejects', ['b-1']),
    ]);
    expect(messages(debate([differ], 'partly-agree'))).toEqual([]);
    expect(messages(debate([differ], 'agree'))).toEqual([
      'points[0].relation: the speakers differ on this point, but topic "t1" codes their relation as "agree"',
    ]);
    // Only the topics the point belongs to count: t2 has no relation coded agree.
    expect(messages(debate([{ ...differ, topicIds: ['t2'] }], 'agree'))).toEqual([]);
  });
});

describe('relationMismatch', () => {
  const with2 = (relation: Point['relation'], a: PointAnswer['answer'], b: PointAnswer['answer']) =>
    relationMismatch(
      point(relation, [
        answer('a', a, a === 'not-addressed' ? [] : ['a-1']),
        answer('b', b, b === 'not-addressed' ? [] : ['b-1']),
      ]),
    )?.message;

  it('accepts each relation where the answers bear it out', () => {
    expect(with2('agree', 'asserts', 'asserts')).toBeUndefined();
    expect(with2('agree', 'rejects', 'rejects')).toBeUndefined();
    expect(with2('partly-agree', 'asserts', 'qualifies')).toBeUndefined();
    expect(with2('differ', 'asserts', 'rejects')).toBeUndefined();
    expect(with2('differ', 'qualifies', 'rejects')).toBeUndefined();
    expect(with2('one-speaks', 'asserts', 'not-addressed')).toBeUndefined();
  });

  it('refuses "agree" when the answers differ', () => {
    expect(with2('agree', 'asserts', 'qualifies')).toBe(
      '"agree", but the speakers answer the point differently',
    );
  });

  it('refuses anything but "differ" when one asserts what another rejects', () => {
    expect(with2('partly-agree', 'asserts', 'rejects')).toBe(
      '"partly-agree", but one speaker asserts what another rejects',
    );
  });

  it('refuses "differ" when every speaker gives the same answer', () => {
    expect(with2('differ', 'qualifies', 'qualifies')).toBe(
      '"differ", but every speaker gives the same answer',
    );
  });

  it('counts who speaks: "one-speaks" needs exactly one, the others two', () => {
    expect(with2('one-speaks', 'asserts', 'asserts')).toBe(
      '"one-speaks", but 2 speakers address the point',
    );
    expect(with2('agree', 'asserts', 'not-addressed')).toBe(
      '"agree" needs two speakers who address the point',
    );
    expect(with2('one-speaks', 'not-addressed', 'not-addressed')).toBe(
      '"one-speaks", but 0 speakers address the point',
    );
  });
});
