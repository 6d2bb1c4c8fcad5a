import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import type { Speaker } from '@/model/debate-schema';
import { layoutMatrix } from './matrix-layout';

const nameOf = (speaker: Speaker) => speaker.name.hant;

describe('layoutMatrix', () => {
  it('lays out topics as rows in article order and speakers as columns in the given order', () => {
    const speakers = [...bundledDebate.speakers].reverse();
    const model = layoutMatrix(bundledDebate, speakers, messagesZhHant, nameOf);
    expect(model.topics.map((t) => t.id)).toEqual(bundledDebate.topics.map((t) => t.id));
    expect([0, 1].map((si) => model.cell(0, si).speaker.id)).toEqual(['yang-shu', 'cai-hengjin']);
    expect(model.size).toEqual({ rows: 7, cols: 4 });
  });

  it('links each cell to its stance and names it for screen readers', () => {
    const model = layoutMatrix(bundledDebate, bundledDebate.speakers, messagesZhHant, nameOf);
    const cell = model.cell(3, 1);
    expect(cell.href).toBe('/topics/open-vs-closed/yang-shu');
    expect(cell.name).toBe('楊蜀，開源還是閉源?：質量決定，樂見開源（偏向「開源勢不可擋」）');
  });

  it('gives two-speaker debates a relation column, whichever order the speakers are in', () => {
    const model = layoutMatrix(
      bundledDebate,
      [...bundledDebate.speakers].reverse(),
      messagesZhHant,
      nameOf,
    );
    expect(model.hasRelations).toBe(true);
    expect(model.topics.map((_, ti) => model.row(ti).relation?.kind)).toEqual([
      'different-emphasis',
      'partly-agree',
      'partly-agree',
      'different-emphasis',
      'partly-agree',
      'partly-agree',
    ]);
  });

  it('leaves the relation column out when there are not exactly two speakers', () => {
    const model = layoutMatrix(
      bundledDebate,
      bundledDebate.speakers.slice(0, 1),
      messagesZhHant,
      nameOf,
    );
    expect(model.hasRelations).toBe(false);
    expect(model.size.cols).toBe(2);
  });
});

describe('layoutMatrix at scale', () => {
  it('computes a cell once, when first asked for', () => {
    const model = layoutMatrix(bundledDebate, bundledDebate.speakers, messagesZhHant, nameOf);
    expect(model.cell(2, 0)).toBe(model.cell(2, 0));
    expect(model.row(2)).toBe(model.row(2));
  });
});
