// What a problem with a debate is, as data: its kind and what it names. The path says where;
// the detail says what, so that one describer (src/lib/problem-text/) can say it in the
// editor's language, naming speakers, topics and points by their names.
import type { z } from 'zod';
import type { ShapeProblem } from './debate-limits.ts';
import type { PlainTextProblem } from './plain-text.ts';

export type SchemaIssue = z.core.$ZodIssue;

/** Why a point's relation does not follow from its answers. */
export type RelationReason =
  | 'one-speaks-count'
  | 'needs-two'
  | 'agree-differs'
  | 'differ-same'
  | 'asserts-rejects';

export type ProblemDetail =
  | { kind: 'schema'; issue: SchemaIssue }
  | ShapeProblem
  | { kind: 'too-many-quotes'; count: number; limit: number }
  | { kind: 'source-too-long'; length: number; limit: number }
  | { kind: 'source-text'; problem: PlainTextProblem; line: number }
  | { kind: 'stopped'; limit: number }
  // Ids and references.
  | { kind: 'duplicate-id'; id: string; first: string }
  | { kind: 'unknown-ref'; ref: 'topic' | 'speaker' | 'quote'; id: string }
  | { kind: 'duplicate-stance' }
  | { kind: 'duplicate-relation' }
  | { kind: 'missing-stance'; speakerId: string; topicId: string }
  | { kind: 'stance-quotes'; need: 'none' | 'some' }
  | { kind: 'key-quote'; quoteId: string }
  | { kind: 'same-speakers' }
  // Quotes against the source.
  | { kind: 'misplaced'; exact: string; found: MisplacedAt }
  | { kind: 'over-limits'; exact: string }
  | { kind: 'context'; side: 'prefix' | 'suffix' }
  | { kind: 'spans-paragraphs' }
  | { kind: 'not-named'; paragraph: number; name: string }
  | { kind: 'not-direct' }
  // Points.
  | { kind: 'answered-twice'; speakerId: string }
  | { kind: 'answer-quotes'; need: 'none' | 'some' }
  | { kind: 'quote-of-other'; quoteId: string; owner: string; speakerId: string }
  | { kind: 'missing-answer'; speakerId: string }
  | { kind: 'point-relation'; relation: string; reason: RelationReason; count: number }
  | { kind: 'topic-agrees'; topicId: string }
  // English.
  | { kind: 'english-missing' }
  | { kind: 'english-count'; have: number; want: number }
  | { kind: 'english-note' };

/** Where a misplaced quote's text was found instead, if anywhere. */
export type MisplacedAt =
  | { method: 'not-found' }
  | { method: 'quote'; start: number; end: number }
  | { method: 'fuzzy'; start: number; end: number; quoted: string; source: string; before: string };
