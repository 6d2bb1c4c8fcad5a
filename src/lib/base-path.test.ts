import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from './base-path';

describe('withBase', () => {
  it('puts an app path under the base, or leaves it at the root', () => {
    expect(withBase('/', '/source')).toBe('/source');
    expect(withBase('/folder/', '/source')).toBe('/folder/source');
  });
});

describe('withoutBase', () => {
  it('gives the app path of an address at the root', () => {
    expect(withoutBase('/', '/topics/agi-timing')).toBe('/topics/agi-timing');
    expect(withoutBase('/', '/')).toBe('/');
  });

  it('removes the base, in any case, and gives its own address as the overview', () => {
    expect(withoutBase('/folder/', '/folder/source')).toBe('/source');
    expect(withoutBase('/folder/', '/Folder/about')).toBe('/about');
    expect(withoutBase('/folder/', '/folder')).toBe('/');
    expect(withoutBase('/folder/', '/folder/')).toBe('/');
  });

  it('gives nothing for an address outside the base', () => {
    expect(withoutBase('/folder/', '/source')).toBeNull();
    expect(withoutBase('/folder/', '/folderish/source')).toBeNull();
  });
});
