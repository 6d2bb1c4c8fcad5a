import { pointRelationsAllowed, topicRelationByRules } from './relation-rules';

describe('pointRelationsAllowed, the codebook’s table (section 4)', () => {
  it.each([
    ['asserts', 'asserts', ['agree']],
    ['asserts', 'qualifies', ['partly-agree']],
    ['qualifies', 'asserts', ['partly-agree']],
    ['asserts', 'rejects', ['differ']],
    ['qualifies', 'rejects', ['differ']],
    ['rejects', 'rejects', ['agree']],
    ['qualifies', 'qualifies', ['agree', 'partly-agree']],
    ['asserts', 'not-addressed', ['one-speaks']],
    ['not-addressed', 'rejects', ['one-speaks']],
    ['not-addressed', 'not-addressed', []],
  ] as const)('%s and %s: %j', (a, b, allowed) => {
    expect(pointRelationsAllowed(a, b)).toEqual(allowed);
  });
});

describe('topicRelationByRules, the codebook’s order (section 7)', () => {
  it('is one-speaks when either speaker does not address the topic, whatever else holds', () => {
    expect(topicRelationByRules(['not-addressed', 2], ['differ'])).toBe('one-speaks');
    expect(topicRelationByRules([-1, 'not-addressed'], [])).toBe('one-speaks');
  });

  it('is differ on opposite sides of the middle, or on a point where they differ', () => {
    expect(topicRelationByRules([-1, 1], [])).toBe('differ');
    expect(topicRelationByRules([2, 1], ['agree', 'differ'])).toBe('differ');
  });

  it('is partly-agree two steps apart on one side, with one unclear, or on a partly agreed point', () => {
    expect(topicRelationByRules([0, 2], [])).toBe('partly-agree');
    expect(topicRelationByRules(['unclear', 1], [])).toBe('partly-agree');
    expect(topicRelationByRules([1, 2], ['agree', 'partly-agree'])).toBe('partly-agree');
  });

  it('is agree at most one step apart, with every shared point agreed', () => {
    expect(topicRelationByRules([1, 2], ['agree', 'one-speaks'])).toBe('agree');
    expect(topicRelationByRules([0, 0], [])).toBe('agree');
    expect(topicRelationByRules([0, -1], [])).toBe('agree');
  });
});
