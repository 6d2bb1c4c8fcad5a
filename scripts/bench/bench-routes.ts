// The pages the benchmark loads: one of every kind the app prerenders, at the default address.
export const SIZE_ROUTES = [
  '/',
  '/topics/agi-timing',
  '/topics/agi-timing/yang-shu',
  '/speakers/yang-shu',
  '/compare',
  '/source',
  '/about',
];

/** Each is measured by Lighthouse beside its own no-JavaScript copy. */
export const LIGHTHOUSE_ROUTES = SIZE_ROUTES;
