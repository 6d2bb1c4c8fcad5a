// Where a problem is, said as an editor would: the speaker, topic, stance, quote or point by
// its names, and the field by its name, never by its JSON path. The debate is read as it is
// (a draft, or a file that failed the schema), so every lookup is defensive.
import type { CheckMessages } from '@/lib/i18n/check-messages-zh-hant';
import type { LangTag } from '@/lib/i18n/locale';
import { safeName } from '@/model/plain-text';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** `stances[3].quotes[0].kind` as keys and indexes. */
export function pathTokens(path: string): (string | number)[] {
  const tokens: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    tokens.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? ''));
  return tokens;
}

/** Names the debate's speakers, topics and quotes in one language and script. */
export class DebateNames {
  readonly #debate: Json;
  readonly #tag: LangTag;
  readonly #say: CheckMessages;
  #quotes: Map<string, string> | undefined;

  constructor(debate: unknown, say: CheckMessages) {
    this.#debate = isRecord(debate) ? debate : {};
    this.#tag = say.lang;
    this.#say = say;
  }

  #item(list_: string, index: number): Json {
    const item = list(this.#debate[list_])[index];
    return isRecord(item) ? item : {};
  }

  #find(list_: string, id: unknown): [Json, number] | undefined {
    const items = list(this.#debate[list_]);
    const index = items.findIndex((item) => isRecord(item) && item.id === id);
    return index === -1 ? undefined : [items[index] as Json, index];
  }

  #speakerName(speaker: Json): string {
    const name = isRecord(speaker.name) ? speaker.name : {};
    const en = isRecord(speaker.en) ? text(speaker.en.name) : '';
    // An English reader sees the name as the source writes it when it has no English one.
    const hans =
      this.#tag === 'zh-Hans' || (this.#tag === 'en' && this.#debate.language === 'zh-Hans');
    const chinese = hans ? text(name.hans) || text(name.hant) : text(name.hant) || text(name.hans);
    return safeName((this.#tag === 'en' && en) || chinese, 40);
  }

  /** A speaker by id, by their name where they have one. */
  speaker(id: unknown): string {
    const found = this.#find('speakers', id);
    const name = found && this.#speakerName(found[0]);
    if (name) return name;
    if (found) return this.#say.place.speakerN(found[1] + 1);
    return safeName(String(id ?? ''), 40) || this.#say.place.speakerN(0);
  }

  speakerAt(index: number): string {
    return this.#speakerName(this.#item('speakers', index)) || this.#say.place.speakerN(index + 1);
  }

  #topicTitle(topic: Json): string {
    const en = isRecord(topic.en) ? text(topic.en.heading) : '';
    return safeName((this.#tag === 'en' && en) || text(topic.heading), 40);
  }

  /** A topic by id, by its heading where it has one. */
  topic(id: unknown): string {
    const found = this.#find('topics', id);
    const title = found && this.#topicTitle(found[0]);
    if (title) return title;
    if (found) return this.#say.place.topicN(found[1] + 1);
    return safeName(String(id ?? ''), 40);
  }

  topicAt(index: number): string {
    return this.#topicTitle(this.#item('topics', index)) || this.#say.place.topicN(index + 1);
  }

  /** The value at `tokens` in the debate, if there is one. */
  valueAt(tokens: readonly (string | number)[]): unknown {
    let here: unknown = this.#debate;
    for (const token of tokens)
      here = isRecord(here) || Array.isArray(here) ? (here as Json)[token] : undefined;
    return here;
  }

  /** A quote by id, by its opening words. */
  quote(id: unknown): string {
    if (!this.#quotes) {
      this.#quotes = new Map();
      const add = (quote: unknown) => {
        if (isRecord(quote) && isRecord(quote.quote))
          this.#quotes?.set(String(quote.id), words(quote.quote.exact));
      };
      for (const stance of list(this.#debate.stances))
        if (isRecord(stance)) list(stance.quotes).forEach(add);
      for (const point of list(this.#debate.points))
        if (isRecord(point))
          for (const answer of list(point.answers))
            if (isRecord(answer)) list(answer.quotes).forEach(add);
    }
    return this.#quotes.get(String(id)) ?? safeName(String(id ?? ''), 40);
  }

  /** The place `tokens` lead to, and how many of them name it (the rest name a field). */
  place(tokens: readonly (string | number)[]): { place: string; used: number } {
    const p = this.#say.place;
    const [head, index] = tokens;
    if (typeof index !== 'number') return { place: p.debate, used: 0 };
    const item = this.#item(String(head), index);
    let place: string;
    switch (head) {
      case 'speakers':
        return { place: this.speakerAt(index), used: 2 };
      case 'topics':
        return { place: p.topic(this.topicAt(index)), used: 2 };
      case 'stances':
        // A stance is named by its speaker and topic; one naming neither, by its number.
        place =
          typeof item.speakerId === 'string' || typeof item.topicId === 'string'
            ? p.stance(this.speaker(item.speakerId), this.topic(item.topicId))
            : p.stanceN(index + 1);
        break;
      case 'relations': {
        const [a, b] = list(item.speakerIds);
        place = p.relation(this.speaker(a), this.speaker(b), this.topic(item.topicId));
        return { place, used: 2 };
      }
      case 'points': {
        const en = isRecord(item.en) ? text(item.en.statement) : '';
        const statement = safeName((this.#tag === 'en' && en) || text(item.statement), 24);
        place = statement ? p.point(statement) : p.pointN(index + 1);
        const [, , answers, ai] = tokens;
        if (answers !== 'answers' || typeof ai !== 'number') return { place, used: 2 };
        const answer = list(item.answers)[ai];
        place = p.within(place, p.answer(this.speaker(isRecord(answer) ? answer.speakerId : '')));
        return this.#quoteIn(place, isRecord(answer) ? answer : {}, tokens, 4);
      }
      case 'limitations':
        return { place: p.limitationN(index + 1), used: 2 };
      case 'changelog':
        return { place: p.changeN(index + 1), used: 2 };
      default:
        return { place: p.debate, used: 0 };
    }
    return this.#quoteIn(place, item, tokens, 2);
  }

  /** A quote inside `owner` (a stance or an answer), if the path goes on into one. */
  #quoteIn(place: string, owner: Json, tokens: readonly (string | number)[], at: number) {
    const [quotes, qi] = tokens.slice(at);
    if (quotes !== 'quotes' || typeof qi !== 'number') return { place, used: at };
    const quote = list(owner.quotes)[qi];
    const exact = isRecord(quote) && isRecord(quote.quote) ? words(quote.quote.exact) : '';
    return {
      place: this.#say.place.within(
        place,
        exact ? this.#say.place.quote(exact) : this.#say.place.quoteN(qi + 1),
      ),
      used: at + 2,
    };
  }
}

/** A quote's opening words, enough to recognise it. */
const words = (exact: unknown) => safeName(text(exact), 16);
