import type { Debate, SourceLanguage } from './debate-schema.ts';

/** A debate with nothing in it yet: every field the format requires, empty for the editor. */
export function blankDebate(id = 'new-debate', language: SourceLanguage = 'zh-Hant'): Debate {
  return {
    id,
    language,
    title: '',
    outlet: '',
    column: '',
    programme: '',
    interviewer: '',
    author: '',
    published: { period: '', note: '' },
    speakers: [],
    topics: [],
    stances: [],
    relations: [],
    limitations: [],
    changelog: [],
  };
}
