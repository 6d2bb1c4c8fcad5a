import { describe, expect, it } from 'vitest';
import { blankDebate } from '@/model/blank-debate';
import { checkMessagesEn } from '@/lib/i18n/check-messages-en';
import { checkMessagesZhHans } from '@/lib/i18n/check-messages-zh-hans';
import { checkMessagesZhHant } from '@/lib/i18n/check-messages-zh-hant';
import type { Debate } from '@/model/debate-schema';
import { parseDebate } from '@/model/parse-debate';
import { describeProblem } from './describe-problem';
import { DebateNames } from './problem-place';

const catalogues = [checkMessagesEn, checkMessagesZhHans, checkMessagesZhHant];

function described(debate: unknown, source: string, say = checkMessagesEn) {
  const result = parseDebate(debate, source);
  if (result.ok) return [];
  const names = new DebateNames(debate, say);
  return result.problems.map((problem) => describeProblem(problem, names, say));
}

const parking: Debate = {
  ...blankDebate('parking-forum'),
  language: 'zh-Hans',
  title: '停车论坛',
  outlet: '测试',
  column: '测试',
  programme: '测试',
  interviewer: '王明',
  author: '测试',
  published: { period: '不详', note: '为测试而写。' },
  speakers: [
    {
      id: 'lin-xiaolan',
      name: { hant: '林曉瀾', hans: '林晓澜' },
      introduction: '林晓澜',
      roles: [{ title: '规划师' }],
    },
  ],
  topics: [
    {
      id: 'parking',
      heading: '停车',
      subheading: '停车',
      question: '停车?',
      axis: { from: '少', to: '多' },
    },
  ],
};
const source = '主持人：停车位够吗？\n林晓澜：停车位太少了。';

describe('what an editor is told', () => {
  it('says of an empty draft which fields are required, in words, in every language', () => {
    for (const say of catalogues) {
      const lines = described(blankDebate(), 'text', say);
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) {
        expect(line).not.toMatch(/Invalid|\[\d+\]|\w\.\w|undefined/);
        expect(line).toMatch(/[。.]$/);
      }
    }
    expect(described(blankDebate(), 'text')).toContain(
      'The debate: the title is required: fill it in.',
    );
    expect(described(blankDebate(), 'text', checkMessagesZhHans)).toContain(
      '这场辩论：标题为必填项：请填写。',
    );
  });

  it('names the stance by its speaker and topic, and the field by its name', () => {
    const debate = {
      ...parking,
      stances: [
        {
          topicId: 'parking',
          speakerId: 'lin-xiaolan',
          label: '',
          summary: '她认为停车位太少。',
          position: { state: 'placed', value: 1, rationale: '她说太少。' },
          quotes: [],
        },
      ],
    };
    expect(described(debate, source)).toEqual([
      '林晓澜 on 停车: the label is required: fill it in.',
    ]);
    expect(described(debate, source, checkMessagesZhHant)).toEqual([
      '林曉瀾對「停车」的立場：標籤是必填的：請填寫。',
    ]);
  });

  it('names a missing stance by the names of its speaker and topic, and says what to do', () => {
    const [line] = described(parking, source);
    expect(line).toMatch(/^林晓澜 on 停车: no stance yet: select their words/);
  });
});
