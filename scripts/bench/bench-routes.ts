// The pages the benchmark loads, for their sizes and in Lighthouse beside their no-JavaScript
// copies: one of every kind the app prerenders, at the Traditional reading's own address. The
// default address (/…) would send a browser that reads English on to /en/…, a redirect that
// its no-JavaScript copy never makes.
export const BENCH_ROUTES = [
  '/zh-hant/',
  '/zh-hant/topics/agi-timing',
  '/zh-hant/topics/agi-timing/yang-shu',
  '/zh-hant/speakers/yang-shu',
  '/zh-hant/compare',
  '/zh-hant/source',
  '/zh-hant/about',
];
