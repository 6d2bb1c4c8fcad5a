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
