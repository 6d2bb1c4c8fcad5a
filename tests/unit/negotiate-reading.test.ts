// @vitest-environment node
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { negotiationScript } from '../../scripts/page-html.ts';

// The default address's inline script, exactly as the pages carry it, run against a
// stand-in for the browser: where does it send the reader, and does it hide the page first?

interface Visit {
  url: string;
  languages?: string[];
  stored?: Record<string, string>;
  /** Reading localStorage throws, as with site data blocked. */
  blocked?: boolean;
  base?: string;
  /** How the browser came to the page (PerformanceNavigationTiming.type). */
  navigation?: string;
}

function visit({
  url,
  languages = [],
  stored = {},
  blocked = false,
  base = '/',
  navigation = 'navigate',
}: Visit) {
  const address = new URL(url, 'https://example.org');
  const root = { hidden: false };
  let replacedWith: string | null = null;
  const localStorage = {
    getItem: (key: string) => {
      if (blocked) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  runInNewContext(negotiationScript(base), {
    location: {
      pathname: address.pathname,
      search: address.search,
      hash: address.hash,
      replace: (to: string) => {
        replacedWith = to;
      },
    },
    navigator: { languages, language: languages[0] ?? '' },
    localStorage,
    document: { documentElement: root },
    URLSearchParams,
    performance: { getEntriesByType: () => [{ type: navigation }] },
  });
  return { to: replacedWith as string | null, hidden: root.hidden };
}

const READING = 'debate-explorer:reading';

describe('a first visit to a default address, nothing stored', () => {
  it.each([
    [['zh-CN'], '/zh-hans/topics/open-vs-closed'],
    [['zh-SG', 'en'], '/zh-hans/topics/open-vs-closed'],
    [['zh-Hans-HK'], '/zh-hans/topics/open-vs-closed'],
    [['en-US', 'zh-CN'], '/en/topics/open-vs-closed'],
    [['en'], '/en/topics/open-vs-closed'],
    [['fr', 'en-GB'], '/en/topics/open-vs-closed'],
    [['zh', 'zh-CN'], '/zh-hans/topics/open-vs-closed'],
  ])('%j goes to %s, hiding the page first', (languages, to) => {
    expect(visit({ url: '/topics/open-vs-closed', languages })).toEqual({ to, hidden: true });
  });

  it.each([[['zh-TW']], [['zh-HK', 'en']], [['zh-Hant-CN']], [['zh', 'en']], [['fr', 'de']], [[]]])(
    '%j stays on the default address, which is Traditional',
    (languages) => {
      expect(visit({ url: '/topics/open-vs-closed', languages })).toEqual({
        to: null,
        hidden: false,
      });
    },
  );
});

describe('a stored choice', () => {
  it('wins over the browser’s languages', () => {
    const stored = { [READING]: 'en' };
    expect(visit({ url: '/', languages: ['zh-CN'], stored }).to).toBe('/en/');
    expect(visit({ url: '/', languages: ['en'], stored: { [READING]: 'zh-hant' } }).to).toBeNull();
  });

  it('from before readings had addresses (script and language) still counts', () => {
    const old = (state: object) => ({
      'debate-explorer:preferences': JSON.stringify({ state, version: 0 }),
    });
    expect(visit({ url: '/about', stored: old({ script: 'hans', language: null }) }).to).toBe(
      '/zh-hans/about',
    );
    expect(visit({ url: '/about', stored: old({ script: 'hans', language: 'en' }) }).to).toBe(
      '/en/about',
    );
  });

  it('is ignored when it names no reading, or storage cannot be read', () => {
    expect(visit({ url: '/', languages: ['en'], stored: { [READING]: 'klingon' } }).to).toBe(
      '/en/',
    );
    expect(visit({ url: '/', languages: ['zh-CN'], blocked: true }).to).toBe('/zh-hans/');
  });
});

describe('an old link with ?script= or ?lang=', () => {
  it('arrives at the reading’s address, without the parameter, keeping the rest', () => {
    expect(visit({ url: '/topics/x?script=hans#q1' }).to).toBe('/zh-hans/topics/x#q1');
    expect(visit({ url: '/?order=disagreement&lang=en' }).to).toBe('/en/?order=disagreement');
    expect(visit({ url: '/source?script=hant', languages: ['zh-CN'] }).to).toBe('/zh-hant/source');
    expect(visit({ url: '/?lang=en&script=hans' }).to).toBe('/en/');
    expect(visit({ url: '/?lang=zh', languages: ['en', 'zh-CN'] }).to).toBe('/zh-hans/');
  });

  it('ignores values it does not know', () => {
    expect(visit({ url: '/?script=<b>', languages: ['zh-TW'] }).to).toBeNull();
  });
});

describe('an address that names a reading', () => {
  it('is never redirected, whatever the browser or the stored choice says', () => {
    for (const url of ['/en/', '/zh-hant/topics/x', '/zh-hans/about?lang=en'])
      expect(visit({ url, languages: ['zh-CN'], stored: { [READING]: 'en' } })).toEqual({
        to: null,
        hidden: false,
      });
  });

  it('under a base path too, where only addresses under it are the site’s', () => {
    expect(visit({ url: '/debate/topics/x', languages: ['en'], base: '/debate/' }).to).toBe(
      '/debate/en/topics/x',
    );
    expect(visit({ url: '/debate/en/topics/x', languages: ['zh-CN'], base: '/debate/' }).to).toBe(
      null,
    );
  });
});

describe('Back or Forward to a default address', () => {
  it('returns to the page the reader was reading there, whatever they have chosen since', () => {
    const stored = { [READING]: 'en' };
    expect(visit({ url: '/about', stored, navigation: 'back_forward' })).toEqual({
      to: null,
      hidden: false,
    });
    expect(visit({ url: '/about', stored, navigation: 'reload' }).to).toBe('/en/about');
  });
});
