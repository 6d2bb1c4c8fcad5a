// Every URL the app links to, in one place. These routes are a public contract:
// links people share must keep working.
export const paths = {
  overview: () => '/',
  topic: (topicId: string) => `/topics/${encodeURIComponent(topicId)}`,
  stance: (topicId: string, speakerId: string) =>
    `/topics/${encodeURIComponent(topicId)}/${encodeURIComponent(speakerId)}`,
  speaker: (speakerId: string) => `/speakers/${encodeURIComponent(speakerId)}`,
} as const;
