// Serves the matrix's position colours as `virtual:position-palette`, computed by d3 when
// the app is built (src/ui/position-palette.ts), so d3's colour code stays out of the page.
import type { Plugin } from 'vite';
import { computePositionPalette } from '../src/ui/position-palette.ts';

const MODULE_ID = 'virtual:position-palette';

export function positionPalettePlugin(): Plugin {
  return {
    name: 'position-palette',
    resolveId: (id) => (id === MODULE_ID ? `\0${id}` : undefined),
    load: (id) =>
      id === `\0${MODULE_ID}`
        ? `export default ${JSON.stringify(computePositionPalette())};`
        : undefined,
  };
}
