/** Each speaker's mark: a shape as well as a lane, never colour alone. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
export type Shape = (typeof SHAPES)[number];

export function mark(shape: Shape, x: number, y: number, fill: string): string {
  const r = 9;
  const stroke = `fill="${fill}" stroke="#1f2328" stroke-width="1.5"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${r}" ${stroke}/>`;
    case 'square':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" ${stroke}/>`;
    case 'diamond':
      return `<path d="M${x} ${y - r - 2}L${x + r + 2} ${y}L${x} ${y + r + 2}L${x - r - 2} ${y}Z" ${stroke}/>`;
    case 'triangle':
      return `<path d="M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z" ${stroke}/>`;
  }
}
