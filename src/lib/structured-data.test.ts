// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { nodesOf, schemaOrgProblems } from '../../tests/schema-org-vocabulary';
import { absoluteUrl } from './paths';
import { jsonLdScript, stanceStructuredData, topicStructuredData } from './structured-data';
import { pageWordsOf } from '../../tests/unit/page-words-of';

const SITE = 'https://example.org/debate/';
const urlOf = (path: string) => absoluteUrl(SITE, path);
const source = readFileSync(
  new URL('../../data/debates/future-talk-deepseek/source.txt', import.meta.url),
  'utf8',
);

const stanceData = (topicId: string, speakerId: string) =>
  stanceStructuredData(pageWordsOf(bundledDebate), topicId, speakerId, urlOf);

describe('a stance page’s JSON-LD', () => {
  it('conforms to schema.org for every stance', () => {
    for (const { topicId, speakerId } of bundledDebate.stances)
      expect(schemaOrgProblems(stanceData(topicId, speakerId)), `${topicId}/${speakerId}`).toEqual(
        [],
      );
  });

  it('quotes each of the stance’s quotes verbatim, by its speaker, from the article', () => {
    const data = stanceData('agi-timing', 'yang-shu');
    const stance = bundledDebate.stances.find(
      (s) => s.topicId === 'agi-timing' && s.speakerId === 'yang-shu',
    )!;
    const quotations = nodesOf(data).filter((n) => n['@type'] === 'Quotation');
    expect(quotations.map((q) => q.text)).toEqual(stance.quotes.map((q) => q.quote.exact));
    for (const quotation of quotations) {
      expect(source).toContain(quotation.text);
      expect(quotation.creator).toMatchObject({
        '@type': 'Person',
        name: '楊蜀',
        jobTitle: ['總裁', '前副總裁'],
        affiliation: { '@type': 'Organization', name: '標普雲' },
      });
      expect(quotation.isBasedOn).toMatchObject({
        '@type': 'NewsArticle',
        inLanguage: 'zh-Hant',
        publisher: { '@type': 'Organization', name: '網易科技' },
        author: { '@type': 'Person', name: '崔玉賢' },
        dateline: '2025年春節後',
      });
    }
    expect(quotations[0]?.url).toBe(`${SITE}topics/agi-timing/yang-shu#${stance.quotes[0]?.id}`);
  });

  it('invents no publication date: the article gives none', () => {
    const nodes = nodesOf(stanceData('open-vs-closed', 'cai-hengjin'));
    expect(nodes.filter((n) => 'datePublished' in n || 'dateCreated' in n)).toEqual([]);
  });

  it('names nothing for a page that does not exist', () => {
    expect(stanceData('agi-timing', 'nobody')).toBeUndefined();
  });
});

describe('a topic page’s JSON-LD', () => {
  it('lists both speakers’ stances, each with its quotes, and conforms to schema.org', () => {
    for (const topic of bundledDebate.topics) {
      const data = topicStructuredData(pageWordsOf(bundledDebate), topic.id, urlOf);
      expect(schemaOrgProblems(data), topic.id).toEqual([]);
      expect(data).toMatchObject({ '@type': 'ItemList', numberOfItems: 2 });
      const items = nodesOf(data).filter((n) => n['@type'] === 'ListItem');
      expect(items.map((i) => i.position)).toEqual([1, 2]);
      const creators = nodesOf(data)
        .filter((n) => n['@type'] === 'Quotation')
        .map((q) => (q.creator as { name: string }).name);
      expect(new Set(creators)).toEqual(new Set(['蔡恆進', '楊蜀']));
    }
  });
});

describe('the JSON-LD script', () => {
  it('escapes what could end the element, and parses back to the same data', () => {
    const data = { '@context': 'https://schema.org', text: '</script><!-- & <b>' };
    const html = jsonLdScript(data);
    const body = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    expect(body).not.toMatch(/[<>&]/);
    expect(JSON.parse(body)).toEqual(data);
    expect(html.startsWith('<script type="application/ld+json" data-page-head>')).toBe(true);
  });
});

describe('the vocabulary check', () => {
  it('finds unknown types, properties a type lacks, missing promises and wrong ranges', () => {
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        text: '話',
        url: 'https://example.org/a#b',
        inLanguage: 'zh-Hant',
        creator: { '@type': 'Persn', name: 'x' },
        isBasedOn: 'not a url',
        jobTitle: '教授',
      }),
    ).toEqual([
      '$.creator: expected Organization or Person',
      '$.creator: unknown @type "Persn"',
      '$.isBasedOn: expected CreativeWork or URL',
      '$ (Quotation): jobTitle is not a property of Quotation',
    ]);
  });
});
