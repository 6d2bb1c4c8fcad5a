// The pages the benchmark loads, for their sizes and in Lighthouse beside their no-JavaScript
// copies: one of every kind the app prerenders, at the default address.
export const BENCH_ROUTES = [
  '/',
  '/topics/agi-timing',
  '/topics/agi-timing/yang-shu',
  '/speakers/yang-shu',
  '/compare',
  '/source',
  '/about',
];
