// A small part of the schema.org vocabulary (https://schema.org, version 29), enough to check
// the site's JSON-LD: the types it uses, each with the properties schema.org defines for it
// or inherits, what each property's values may be, and what the site promises each of its
// nodes carries. Used by the unit tests and the browser tests.

type Range = 'Text' | 'URL' | 'Integer' | string;

/** Each type's parent: Quotation is a CreativeWork, which is a Thing. */
const PARENT: Record<string, string | undefined> = {
  Thing: undefined,
  CreativeWork: 'Thing',
  Quotation: 'CreativeWork',
  Article: 'CreativeWork',
  NewsArticle: 'Article',
  CreativeWorkSeries: 'CreativeWork',
  Intangible: 'Thing',
  ItemList: 'Intangible',
  ListItem: 'Intangible',
  Person: 'Thing',
  Organization: 'Thing',
};

/** The properties each type defines (subtypes inherit them), with their ranges. */
const PROPERTIES: Record<string, Record<string, Range[]>> = {
  Thing: {
    name: ['Text'],
    description: ['Text'],
    url: ['URL'],
    sameAs: ['URL'],
  },
  CreativeWork: {
    abstract: ['Text'],
    author: ['Organization', 'Person'],
    citation: ['CreativeWork', 'Text'],
    contributor: ['Organization', 'Person'],
    creator: ['Organization', 'Person'],
    headline: ['Text'],
    inLanguage: ['Text'],
    isBasedOn: ['CreativeWork', 'URL'],
    isPartOf: ['CreativeWork', 'URL'],
    publisher: ['Organization', 'Person'],
    text: ['Text'],
    datePublished: ['Text'],
  },
  Article: {},
  NewsArticle: { dateline: ['Text'] },
  Quotation: {},
  CreativeWorkSeries: {},
  Intangible: {},
  ItemList: {
    itemListElement: ['ListItem', 'Thing', 'Text'],
    numberOfItems: ['Integer'],
  },
  ListItem: { item: ['Thing'], position: ['Integer', 'Text'] },
  Person: { jobTitle: ['Text'], affiliation: ['Organization'] },
  Organization: {},
};

/** What the site promises each node of a type carries. */
const REQUIRED: Record<string, string[]> = {
  Quotation: ['text', 'creator', 'isBasedOn', 'url', 'inLanguage'],
  NewsArticle: ['headline', 'publisher', 'author', 'inLanguage'],
  CreativeWork: ['name', 'url', 'citation'],
  ItemList: ['itemListElement', 'numberOfItems'],
  ListItem: ['position', 'item'],
  Person: ['name'],
  Organization: ['name'],
  CreativeWorkSeries: ['name'],
};

const ancestry = (type: string): string[] => {
  const parent = PARENT[type];
  return parent ? [type, ...ancestry(parent)] : [type];
};

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fitsRange(value: unknown, ranges: Range[]): boolean {
  return ranges.some((range) => {
    if (range === 'Text') return typeof value === 'string' && value.trim() !== '';
    if (range === 'Integer') return Number.isInteger(value);
    if (range === 'URL')
      return typeof value === 'string' && /^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(value);
    return (
      isNode(value) &&
      typeof value['@type'] === 'string' &&
      ancestry(value['@type']).includes(range)
    );
  });
}

/** What is wrong with a JSON-LD document, by path; empty when it conforms. */
export function schemaOrgProblems(data: unknown): string[] {
  const problems: string[] = [];
  if (!isNode(data)) return ['the document is not a JSON object'];
  if (data['@context'] !== 'https://schema.org')
    problems.push('@context is not https://schema.org');
  const visit = (node: Node, at: string) => {
    const type = node['@type'];
    if (typeof type !== 'string' || !(type in PARENT)) {
      problems.push(`${at}: unknown @type ${JSON.stringify(type)}`);
      return;
    }
    const known = Object.assign({}, ...ancestry(type).map((t) => PROPERTIES[t])) as Record<
      string,
      Range[]
    >;
    for (const property of REQUIRED[type] ?? [])
      if (!(property in node)) problems.push(`${at} (${type}): no ${property}`);
    for (const [property, value] of Object.entries(node)) {
      if (property === '@type' || property === '@context') continue;
      if (property === '@id') {
        if (!fitsRange(value, ['URL'])) problems.push(`${at}.@id: not a URL`);
        continue;
      }
      const ranges = known[property];
      if (!ranges) {
        problems.push(`${at} (${type}): ${property} is not a property of ${type}`);
        continue;
      }
      const values = Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        const where = Array.isArray(value) ? `${at}.${property}[${i}]` : `${at}.${property}`;
        if (!fitsRange(v, ranges)) problems.push(`${where}: expected ${ranges.join(' or ')}`);
        if (isNode(v)) visit(v, where);
      });
    }
  };
  visit(data, '$');
  return problems;
}

/** Every node of the document, depth first. */
export function nodesOf(data: unknown): Node[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (!isNode(data)) return [];
  return [data, ...Object.values(data).flatMap(nodesOf)];
}
