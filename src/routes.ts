import { index, layout, route, type RouteConfig } from '@react-router/dev/routes';

// The public URL contract (see src/lib/paths.ts): shared links must keep working.
export default [
  layout('routes/explorer-layout.tsx', [
    index('routes/overview.tsx'),
    route('topics/:topicId', 'routes/topic.tsx'),
    route('topics/:topicId/:speakerId', 'routes/stance.tsx'),
    route('speakers/:speakerId', 'routes/speaker.tsx'),
  ]),
  route('source', 'routes/source.tsx'),
  route('about', 'routes/about.tsx'),
  route('search', 'routes/search.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
