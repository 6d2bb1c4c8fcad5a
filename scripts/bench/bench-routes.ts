// The pages the benchmark loads: one of every kind the app prerenders.
export const SIZE_ROUTES = [
  '/',
  '/topics/agi-timing',
  '/topics/agi-timing/yang-shu',
  '/speakers/yang-shu',
  '/compare',
  '/source',
  '/about',
];

/** The stance page the floor page copies the text of. */
export const STANCE_ROUTE = '/topics/agi-timing/yang-shu';
export const LIGHTHOUSE_ROUTES = ['/', '/topics/agi-timing', STANCE_ROUTE, '/compare'];
/** Where the floor page is written in the build, and so served. */
export const FLOOR_ROUTE = '/bench-floor/';
