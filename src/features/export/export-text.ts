// The words an export carries, in the reader's language and script, handed in from the
// interface's catalogue so the pure renderers below need no React.

export interface ExportText {
  title: string;
  subtitle: string;
  /** "來源：…" — the article, its outlet, column, interviewer, author and date, and the data version. */
  sourceLine: string;
  url: string;
  legendHeading: string;
  legendAxis: string;
  relationHeading: string;
  notPlaced: Record<'not-addressed' | 'unclear', string>;
  relationKinds: Record<string, string>;
  speakerName: (speakerId: string) => string;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
