// opencc-js ships types for its core and presets but not for the per-locale dictionary
// modules, which are what keep the Traditional→Simplified converter small.
declare module 'opencc-js/from/tw' {
  import type { DictGroup } from 'opencc-js/core';
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}

declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}

declare module 'opencc-js/from/twp' {
  import type { DictGroup } from 'opencc-js/core';
  const dictionaries: readonly DictGroup[];
  export default dictionaries;
}

// A dictionary's own entries ("from to|from to|…"), read by the tests of the conversion.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
