// The words an export carries, in the reader's language and script, handed in from the
// interface's catalogue so the pure renderers need no React.

export interface ExportText {
  title: string;
  /** Said from the debate: who, and on how many topics. */
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
  /** A speaker and their stance's label, in the reading's punctuation: "蔡恆進：AI的海嘯要來了". */
  speakerLabel: (name: string, label: string) => string;
  /** What each of the five position colours means, from the "from" pole to the "to" pole. */
  positionLabels: readonly [string, string, string, string, string];
}
