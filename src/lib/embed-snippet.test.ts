import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet';

describe('embedSnippet', () => {
  it('frames the page and loads the resize script from the site', () => {
    const snippet = embedSnippet({
      pageUrl: 'https://debates.example/topics/agi-timing?embed=1',
      scriptUrl: 'https://debates.example/embed.js',
      title: 'AGI 何時到來（辯論立場地圖）',
    });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const frame = doc.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://debates.example/topics/agi-timing?embed=1');
    expect(frame?.getAttribute('title')).toBe('AGI 何時到來（辯論立場地圖）');
    expect(frame?.hasAttribute('data-debate-explorer')).toBe(true);
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(
      'https://debates.example/embed.js',
    );
  });

  it('keeps a title with quotes and markup as an attribute', () => {
    const snippet = embedSnippet({
      pageUrl: 'https://x.example/?a=1&embed=1',
      scriptUrl: 'https://x.example/embed.js',
      title: '"><script>alert(1)</script>',
    });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe('"><script>alert(1)</script>');
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe('https://x.example/?a=1&embed=1');
  });
});
