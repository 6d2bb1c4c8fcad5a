import type { HeadTag } from './page-meta';
import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { findSpeaker, findStance, findTopic } from '@/model/debate-queries';
import { pageMetaFor } from './page-meta';
import { messagesZhHant } from './i18n/messages-zh-hant';
import { loadFixtureDebate } from '../../tests/unit/load-fixture';
import { pageWordsOf } from '../../tests/unit/page-words-of';

const SITE = 'https://example.org/debate/';
const meta = pageMetaFor(SITE);
const zh = pageWordsOf(bundledDebate);

/** The content (or title, or href) of the one tag named `key`, or undefined. */
function read(tags: HeadTag[], key: string): string | undefined {
  const found = tags.filter((tag) => {
    if (key === 'title') return 'title' in tag;
    if (key === 'canonical') return 'tagName' in tag && tag.rel === 'canonical';
    return ('name' in tag && tag.name === key) || ('property' in tag && tag.property === key);
  });
  expect(found.length, key).toBeLessThanOrEqual(1);
  const tag = found[0] as Record<string, unknown> | undefined;
  return (tag?.title ?? tag?.content ?? tag?.href) as string | undefined;
}

describe('a stance page', () => {
  const tags = meta.stance(zh, 'agi-timing', 'yang-shu');
  const stance = findStance(bundledDebate, 'agi-timing', 'yang-shu')!;

  it('is titled by speaker, topic and stance, in the card tags as in the title', () => {
    const ogTitle = read(tags, 'og:title');
    expect(ogTitle).toBe('楊蜀談「AGI即將到來?」：人類比AI聰明的最後一年');
    expect(read(tags, 'twitter:title')).toBe(ogTitle);
    expect(read(tags, 'title')).toBe(`${ogTitle}｜辯論立場地圖`);
  });

  it('is described by its label and summary', () => {
    const description = read(tags, 'description')!;
    expect(description.startsWith(`${stance.label}。${stance.summary.slice(0, 30)}`)).toBe(true);
    expect(read(tags, 'og:description')).toBe(description);
    expect(read(tags, 'twitter:description')).toBe(description);
  });

  it('names its canonical URL under the site root, and says what kind of card it is', () => {
    const url = 'https://example.org/debate/topics/agi-timing/yang-shu';
    expect(read(tags, 'canonical')).toBe(url);
    expect(read(tags, 'og:url')).toBe(url);
    expect(read(tags, 'og:type')).toBe('website');
    expect(read(tags, 'og:site_name')).toBe('辯論立場地圖');
    expect(read(tags, 'og:locale')).toBe('zh_TW');
    expect(read(tags, 'twitter:card')).toBe('summary');
  });
});

it('every stance keeps its summary’s opening within 160 characters', () => {
  for (const stance of bundledDebate.stances) {
    const description = read(meta.stance(zh, stance.topicId, stance.speakerId), 'description')!;
    expect(Array.from(description).length).toBeLessThanOrEqual(160);
    expect(description).toContain(stance.summary.slice(0, 20));
  }
});

it('a topic page is described by its question and every speaker’s stance', () => {
  const topic = findTopic(bundledDebate, 'open-vs-closed')!;
  const description = read(meta.topic(zh, topic.id), 'description')!;
  expect(description).toContain(topic.question);
  for (const speaker of bundledDebate.speakers)
    expect(description).toContain(
      `${speaker.name.hant}：${findStance(bundledDebate, topic.id, speaker.id)!.label}`,
    );
  expect(read(meta.topic(zh, topic.id), 'canonical')).toBe(`${SITE}topics/open-vs-closed`);
});

it('a speaker page is described by the speaker’s introduction', () => {
  const speaker = findSpeaker(bundledDebate, 'cai-hengjin')!;
  const tags = meta.speaker(zh, speaker.id);
  expect(read(tags, 'description')).toContain(speaker.introduction);
  expect(read(tags, 'og:title')).toBe('蔡恆進的全部立場');
});

it('the overview is described by the debate’s title and what the explorer does', () => {
  const tags = meta.overview(zh);
  expect(read(tags, 'description')).toMatch(new RegExp(`^${bundledDebate.title}。.*立場`));
  expect(read(tags, 'canonical')).toBe(SITE);
});

it('a build that does not know its public URL leaves out canonical links and og:url', () => {
  const tags = pageMetaFor(null).stance(zh, 'agi-timing', 'yang-shu');
  expect(read(tags, 'canonical')).toBeUndefined();
  expect(read(tags, 'og:url')).toBeUndefined();
  expect(read(tags, 'description')).toBeTruthy();
});

it('a URL that names nothing is titled not found and kept out of search indexes', () => {
  for (const tags of [
    meta.notFound(zh),
    meta.stance(zh, 'agi-timing', 'nobody'),
    meta.topic(zh, 'agi-timeing'),
    meta.speaker(zh, '楊蜀'),
  ]) {
    expect(read(tags, 'title')).toMatch(/^找不到這個頁面/);
    expect(read(tags, 'robots')).toBe('noindex');
    expect(read(tags, 'canonical')).toBeUndefined();
  }
});

it('speakers are listed as Chinese lists them, however many there are', () => {
  expect(messagesZhHant.joinNames(['李華'])).toBe('李華');
  expect(messagesZhHant.joinNames(['李華', '陳靜'])).toBe('李華與陳靜');
  expect(messagesZhHant.joinNames(['李華', '陳靜', '張偉'])).toBe('李華、陳靜與張偉');
});

it('a topic page of a three-speaker debate is titled with all three speakers', () => {
  const debate = loadFixtureDebate('three-voices');
  expect(read(meta.topic(pageWordsOf(debate), 'congestion-charge'), 'title')).toMatch(
    /^擁堵收費：李華、陳靜與張偉的立場/,
  );
});

describe('a page’s share image', () => {
  const image = { path: '/og/topics/agi-timing/yang-shu.png', alt: '楊蜀談「AGI即將到來?」' };

  it('is named by its absolute URL, size and words, for a large card', () => {
    const tags = meta.stance(zh, 'agi-timing', 'yang-shu', image);
    const url = 'https://example.org/debate/og/topics/agi-timing/yang-shu.png';
    expect(read(tags, 'og:image')).toBe(url);
    expect(read(tags, 'twitter:image')).toBe(url);
    expect(read(tags, 'og:image:width')).toBe('1200');
    expect(read(tags, 'og:image:height')).toBe('630');
    expect(read(tags, 'og:image:type')).toBe('image/png');
    expect(read(tags, 'og:image:alt')).toBe(image.alt);
    expect(read(tags, 'twitter:image:alt')).toBe(image.alt);
    expect(read(tags, 'twitter:card')).toBe('summary_large_image');
    // og:image:* describe the og:image before them.
    const order = tags.flatMap((tag) => ('property' in tag ? [tag.property] : []));
    expect(order.indexOf('og:image')).toBeLessThan(order.indexOf('og:image:width'));
  });

  it('is left out, like og:url, when the build does not know the public origin', () => {
    const tags = pageMetaFor(null).stance(zh, 'agi-timing', 'yang-shu', image);
    expect(read(tags, 'og:image')).toBeUndefined();
    expect(read(tags, 'twitter:image')).toBeUndefined();
    expect(read(tags, 'og:image:alt')).toBeUndefined();
    expect(read(tags, 'twitter:card')).toBe('summary');
  });
});
