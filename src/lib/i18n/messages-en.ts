import type { FivePositions, Messages, QuoteTextParts } from './messages-zh-hant';

// The interface in English. Same keys and signatures as the Traditional Chinese catalogue.
export const messagesEn: Messages = {
  siteName: 'Debate Position Map',
  pageTitle: (headline: string) => `${headline} | Debate Position Map`,
  siteDescription:
    'Compare where each speaker stands, topic by topic, with the exact words and where they are in the article.',
  sourceDescription: (title: string) =>
    `The full text of “${title}”, marking which speaker each quoted passage comes from.`,
  aboutDescription:
    'How stances were read and coded, what the article does not tell us, and the change log of the data.',
  skipToContent: 'Skip to main content',
  matrixHeading: 'Position matrix',
  matrixHint: 'Arrow keys move, Enter opens; every cell is a shareable link.',
  topicColumn: 'Topic',
  relationColumn: 'How they relate',
  swapSpeakers: 'Swap the two speakers’ columns',
  legendHeading: 'Legend',
  legendPosition: (from: string, to: string) => `${from} ◀ position ▶ ${to}`,
  detailHeading: 'Details',
  interviewer: 'Interviewer',
  author: 'Author',
  published: 'Published',
  source: 'Source',
  coreViews: 'Core views',
  howToRead:
    'Select any cell in the matrix to read the speaker’s own words; select a topic to compare the speakers side by side.',
  allStancesOf: (name: string) => `All of ${name}’s stances`,
  morePagesOf: (name: string) => `More from ${name}`,
  compareSideBySide: 'Compare the speakers side by side',
  previousTopic: 'Previous topic',
  nextTopic: 'Next topic',
  openStance: (name: string) => `${name}’s stance in detail`,
  position: 'Position',
  rationale: 'Rationale',
  summary: 'Summary',
  quotes: 'Quotes from the source',
  relation: 'How they relate',
  question: 'Question',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Couldn’t copy; please copy the address from the address bar',
  editorsNote: 'Editor’s note',
  notFoundTitle: 'Page not found',
  studioTitle: 'Studio',
  notFoundBody: (path: string) =>
    `The address “${path}” doesn’t match any topic, stance or speaker.`,
  didYouMean: 'Did you mean:',
  backHome: 'Back to the position matrix',
  errorTitle: 'Something unexpected went wrong',
  errorBody:
    'This page can’t be displayed. None of your data has been lost; you can go back to the home page and carry on browsing.',
  stanceOf: (speaker: string, topic: string) => `${speaker} on “${topic}”`,
  topicStances: (topic: string, names: string) => `${topic}: where ${names} stand`,
  labelOf: (speaker: string, label: string) => `${speaker}: “${label}”`,
  positionStates: {
    'not-addressed': 'Not addressed',
    unclear: 'Position unclear',
  },
  leaning: (pole: string) => `Leans towards “${pole}”`,
  stronglyLeaning: (pole: string) => `Clearly leans towards “${pole}”`,
  centred: (from: string, to: string) => `Between “${from}” and “${to}”`,
  cellName: (speaker: string, topic: string, label: string, position: string) =>
    `${speaker} on “${topic}”: ${label} (${position})`,
  relationCellName: (topic: string, relation: string) =>
    `“${topic}”, how the two relate: ${relation}`,
  // The matrix's shared axis, evidence and row order.
  axisColumn: 'Side by side',
  axisJoin: '; ',
  axisPlaced: (speaker: string, position: string, value: string) =>
    `${speaker}: ${position} (${value})`,
  axisUnplaced: (speaker: string, state: string) => `${speaker}: ${state}`,
  axisGap: (gap: number, placed: number) =>
    `${placed > 2 ? 'the outermost ' : ''}${gap} ${gap === 1 ? 'step' : 'steps'} apart`,
  axisNoGap: 'fewer than two placed, so no gap to compare',
  axisNoGapShort: 'no gap',
  axisCellName: (topic: string, shown: string, positions: string) =>
    `“${topic}”, side by side: ${shown} (${positions})`,
  evidence: ({ quotes, direct, inferred }: { quotes: number; direct: number; inferred: number }) =>
    quotes === 0
      ? 'no quotes'
      : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}, ${direct ? `${direct} direct` : 'none direct'}, ${inferred ? `${inferred} with an inferred attribution` : 'all explicitly attributed'}`,
  withEvidence: (cell: string, evidence: string) => `${cell}; ${evidence}`,
  orderLabel: 'Order of rows',
  orders: { article: 'As in the article', disagreement: 'By disagreement' },
  orderHelp:
    'By disagreement: first by how the two relate (differ, partly agree, only one speaks, agree); within the same relation, the wider the gap on the axis, the earlier; anything still tied keeps the article’s order.',
  legendSharedAxis:
    '“Side by side” puts every speaker on one axis per topic: the left end is the first pole named under the topic (−2), the right end the second (+2), the middle (0) between them; the thick line between the marks is the gap. Speakers who do not address a topic, or whose position is unclear, have no place on the axis and are named under it.',
  legendMarks: 'Each speaker’s mark (shape and letter):',
  legendEvidence: 'The dots in a stance cell are its quotes, one dot each:',
  legendPips: {
    direct: 'direct speech',
    reported: 'reported',
    inferred: 'dashed underline: inferred attribution',
  },
  relationKinds: {
    agree: 'Agree',
    'partly-agree': 'Partly agree',
    differ: 'Differ',
    'one-speaks': 'Only one speaks',
    'different-emphasis': 'Different emphasis',
  },
  readings: {
    legendRange:
      'A pale band behind a mark spans the places independent readers gave that speaker, where they differed.',
    keyQuote: 'Key quote: the words this stance rests on most, quoted on its share card',
    contested: 'Readings differ',
    bothReadings: 'See the readings',
    howDecided: 'The readers coded this differently: how it was decided',
    shown: 'shown here',
    codedRange: (from: string, to: string) =>
      `independent readers placed this between ${lowerFirst(from)} and ${lowerFirst(to)}`,
    heading: 'How sure this reading is',
    agreement: (coders: number, figures: string) =>
      `${coders} readers coded it independently; their agreement (Krippendorff’s α, reliable from 0.800): ${figures}.`,
    figure: (field: string, alpha: string) => `${field} ${alpha}`,
    contestedCount: (count: number) =>
      count === 0
        ? 'No item is contested.'
        : `${count} ${count === 1 ? 'item is' : 'items are'} contested, and marked where shown.`,
    methodLink: 'How the coding was done and decided',
    fields: {
      answers: 'answers on points',
      pointRelations: 'relations on points',
      topicRelations: 'relations on topics',
      positions: 'places on the axis',
      positionStates: 'position states',
      lineSpeakers: 'speaker of each paragraph',
      lineVoices: 'voice of each paragraph',
      lineAttributions: 'attribution of each paragraph',
    },
    verdicts: {
      reliable: 'reliable',
      tentative: 'tentative',
      unreliable: 'not reliable',
      same: 'every code the same; α is undefined',
    },
  },
  quoteKinds: {
    direct: 'Direct quote',
    reported: 'Paraphrase',
  },
  quoteKindHelp: {
    direct: 'The speaker’s own words, inside quotation marks in the source',
    reported: 'The author’s paraphrase of what the speaker said',
  },
  attributions: {
    explicit: 'Named speaker',
    inferred: 'Inferred speaker',
  },
  attributionHelp: {
    explicit: 'The paragraph in the source names the speaker',
    inferred:
      'The paragraph names no one but continues the speaker’s answer; the editors inferred who is speaking',
  },
  sourceTitle: 'Source text',
  sourceIntro:
    'The full article, paragraph by paragraph as in the original. Highlighted passages are this site’s quotes (direct quotes or the author’s paraphrases), coloured by speaker; a dashed underline means the attribution is inferred. Select a speaker’s name to go back to that stance. Paragraphs without highlighting are not quoted.',
  sourceInferredKey: 'Dashed: inferred speaker',
  sourcePlainKey: 'Unmarked: not quoted',
  quoteNotFound: (id: string) => `The quote “${id}” could not be found in the source text.`,
  quoteBackLink: (speaker: string, topic: string, label: string) =>
    `Back to ${speaker}’s stance on “${topic}”: ${label}`,
  showInSource: 'Show in the source text',
  showInSourceName: (speaker: string) => `Show in the source text: this passage by ${speaker}`,
  navSource: 'Source text',
  navAbout: 'Methodology',
  aboutTitle: 'Methodology',
  changelogHeading: 'Changes to the data',
  limitationsHeading: 'What the article doesn’t tell us',
  navMatrix: 'Position matrix',
  openDebate: 'Open a debate file…',
  openDebateHelp:
    'Choose debate.json and source.txt, or a single .zip; you can also drag the files into the window.',
  openingDebate: 'Checking the files…',
  dropHere: 'Drop to open the debate file',
  showingOpened: (title: string, file: string) =>
    `Showing “${title}” (${file}), opened from your computer.`,
  backToBundled: 'Back to the built-in debate',
  openFailed: (count: number) =>
    `Couldn’t open: found ${count} ${count === 1 ? 'problem' : 'problems'}. The built-in debate is unaffected.`,
  dismiss: 'Dismiss',
  colon: ': ',
  axisTo: ' to ',
  listSeparator: '; ',
  clauseSeparator: '; ',
  joinNames: (names: readonly string[]) =>
    names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
  sentence: { stop: '.', space: ' ' },
  parenthetical: (text: string) => ` (${text})`,
  legendFrom: 'Left pole',
  legendTo: 'Right pole',
  readingSwitch: 'Language',
  showOriginal: 'Show the Traditional Chinese original',
  hideOriginal: 'Hide the Traditional Chinese original',
  originalLabel: 'Original (Traditional Chinese, unconverted)',
  convertedQuote:
    'Converted automatically from the Traditional Chinese original to Simplified with OpenCC: only the character forms change, not the wording.',
  conversionFailed:
    'Couldn’t load the Simplified version; showing the Traditional Chinese original for now.',
  convertedSource:
    'This page was converted automatically from the Traditional Chinese original to Simplified with OpenCC: only the character forms change, not the wording.',
  viewOriginalSource: 'View the Traditional Chinese original',
  glossLabel: 'English translation (ours, not the original)',
  search: 'Search',
  searchLabel: 'Search topics, summaries and quotes',
  searchPlaceholder: 'Search (press /)',
  searchHeading: 'Search results',
  searchPrompt:
    'Type a word to search topics, stance summaries, quotes from the source and English translations; Traditional and Simplified Chinese both work.',
  searchCount: (count: number, query: string) =>
    `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
  searchNone: (query: string) =>
    `Nothing found for “${query}”. Try a shorter word or a different phrasing.`,
  searchClipped: (limit: number) =>
    `A search takes at most ${limit} characters: only the first ${limit} are searched.`,
  openedDebateLinks:
    'This debate was opened from your own files and lives only in this browser: anyone else following this link, citation or embed sees the site’s own debate, or “page not found”.',
  searching: 'Searching…',
  searchShowing: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
  searchShowMore: (more: number) => `Show ${more} more`,
  searchTopicMatches: 'The topic itself',
  searchFields: {
    heading: 'Topic',
    question: 'Question',
    label: 'Stance',
    summary: 'Summary',
    quote: 'Quote',
    gloss: 'English translation',
    why: 'How they relate',
  },
  methodology: {
    intro: (outlet: string, programme: string) =>
      `This site turns the ${outlet} ${programme} interview into a debate: each section of the article is a topic, and each speaker has one stance on each topic. Every stance comes with verbatim quotes from the article, each of which can be checked against the source text in one click.`,
    encodingHeading: 'How stances are coded',
    label:
      'Label: sums up the stance in at most 12 Chinese characters (32 in English). Summary: one to three sentences in our own words, not the speaker’s.',
    position:
      'Position: each topic has two poles, and a stance is placed on one of five points between them, with a one-sentence rationale. A position means something only within its topic; every topic has its own poles.',
    states:
      '“Not addressed” and “Position unclear” are separate states, not the same as “in the middle”: the first means the speaker did not talk about the topic, the second that the speaker talked about it but took no position.',
    relations:
      'How they relate: each topic is marked as one of these four, with a one-sentence reason, and the mark must fit how the two answer the points under that topic:',
    quotesHeading: 'Kinds of quote and attribution',
    reportedExtra:
      '— including paragraphs the source does not put in quotation marks but that are told in the speaker’s first person (an editor’s note says so).',
    inferredExtra: '— an editor’s note says whose answer it continues.',
    verbatim:
      'Quotes are reproduced word for word, keeping the source’s typos and punctuation, which an editor’s note points out.',
    reliabilityHeading: 'How the reading was checked',
    reliabilityMethod:
      'Who said what, and where, was coded by several readers, each working alone. They had only the article and a codebook: neither this site’s data nor each other’s work. Two readers first listed the claims the speakers make, merged into one list of points, and found for each topic the two ends on which the speakers’ own words oppose each other; other readers then coded each point’s two answers and relation, and each topic’s two positions and relation. After the codebook was revised where the first round’s readers parted, three more readers coded it again.',
    reliabilityAdjudication:
      'Where the readers coded an item differently, the editor decided it, with a reason, and the site shows that decision; where the article supports more than one reading, the item is marked “readings differ”, with each reading and why. A position the readers placed differently is drawn on the axis as a range.',
    reliabilityCaveat:
      'These readers are separate instances of one AI model, each working alone; their agreement may be higher than two human readers would reach.',
    roundCaption: (round: number, codebook: number, coders: number) =>
      `Round ${round}: codebook version ${codebook}, ${coders} readers`,
    fieldColumn: 'What was coded',
    alphaColumn: 'α',
    unitsColumn: 'Items',
    verdictColumn: 'Verdict',
    codebookLink: 'The codebook (Markdown)',
    codingsLink: (coder: string) => `${coder}’s coding (JSON)`,
    adjudicationsHeading: 'Decisions and contested items',
    decidedLabel: 'Decided',
    adjudicationsSummary: (decided: number, contested: number) =>
      `Of the items the readers coded differently, ${decided} ${decided === 1 ? 'was' : 'were'} decided and ${contested} ${contested === 1 ? 'is' : 'are'} marked as contested.`,
    scriptsHeading: 'Traditional, Simplified and English',
    scripts:
      'The source is in Traditional Chinese. The Simplified version is converted automatically by OpenCC rules: our own text (labels, summaries, rationales, points) takes the words mainland readers use, such as 芯片 for 晶片 (chip); the quotes, the source and the headings copied from it change only their character forms, never a word, so every converted quote can show its Traditional original in one click. The English headings, summaries and quote translations are written by this site; the quotes themselves are always shown in the original Chinese.',
  },
  navCompare: 'Compare',
  menu: 'Menu',
  forEditors: 'For editors',
  openStudio: 'Make a debate of your own article in the studio',
  forEditorsHelp:
    'To explore another debate with this site, open its debate.json and source.txt. The files are read in your browser only; nothing is uploaded.',
  pointAnswers: {
    asserts: 'Asserts',
    qualifies: 'Qualifies',
    rejects: 'Rejects',
    'not-addressed': 'Not addressed',
  },
  pointRelations: {
    agree: 'Agree',
    'partly-agree': 'Partly agree',
    differ: 'Differ',
    'one-speaks': 'Only one speaks',
  },
  compare: {
    title: 'Compare',
    heading: 'Where they agree, and where they part',
    intro:
      'Each specific point the article raises, and how each speaker answers it: asserts, qualifies, rejects, or does not address it. Every answer comes with the speaker’s own words, one click from the source.',
    description: (title: string) =>
      `Where the speakers of “${title}” agree and differ, point by point, with their own words and where they are in the article.`,
    counts: (total: number, parts: string) =>
      `${total} ${total === 1 ? 'point' : 'points'}: ${parts}.`,
    countOf: (relation: string, count: number) => `${relation.toLowerCase()} ${count}`,
    summaryHeading: 'At a glance',
    summaryCaption: 'Points per topic, by how the speakers relate',
    total: 'All points, each once',
    filterLabel: 'Filter by topic',
    allTopics: 'All topics',
    sections: {
      agree: 'Where they agree',
      'partly-agree': 'Where they partly agree',
      differ: 'Where they differ',
      'one-speaks': 'Where only one speaks',
    },
    sectionNote: {
      agree: 'The speakers give the same answer.',
      'partly-agree':
        'No one rejects the other’s view, but someone agrees only with a limit or condition: “Why” says where they part.',
      differ: 'The speakers answer differently: one asserts what another rejects or qualifies.',
      'one-speaks': 'Only one speaker addresses the point; the others say nothing on it.',
    },
    whereTheyDiffer: 'Where they differ',
    topicsWith: (count: number) => ` (${count} ${count === 1 ? 'topic' : 'topics'}): `,
    pointTotals: (total: number, differ: number, partly: number, agree: number, one: number) =>
      `Of ${total} points, they differ on ${differ}, partly agree on ${partly} and agree on ${agree}; only one of them speaks to the other ${one}.`,
    differNote: (one: number, total: number) =>
      `They seldom answer the same claim (only one of them speaks to ${one} of the ${total} points), so where they part shows mostly in their places on each topic’s axis, as the matrix ordered by disagreement shows.`,
    topicRelationColumn: 'On the topic',
    sectionEmpty: 'No points of this kind.',
    why: 'Why',
    answerOf: (speaker: string, answer: string) => `${speaker}: ${answer}`,
    stanceLink: (speaker: string, topic: string) => `${speaker}’s stance on “${topic}”`,
    notAddressed: 'Says nothing on this point.',
    noPoints:
      'This debate has no points coded yet, so it cannot be compared point by point. Start from the stances on each topic:',
    noPointsInTopic: 'No points are coded for this topic.',
    topicPointsHeading: 'The points',
    topicPointsLink: (topic: string) => `Compare “${topic}” point by point, with quotes`,
  },
  share: {
    quoteActions: (speaker: string) => `This passage by ${speaker}: link and share`,
    copyQuoteLink: 'Copy quote link',
    copyQuote: 'Copy quote',
    quoteCopied: 'Quote copied, with speaker, source and link',
    share: 'Share',
    shared: 'Shared',
    // The words stay in Chinese, as the source has them; the gloss is ours and says so.
    quoteText: ({ words, gloss, speaker, outlet, reported, url }: QuoteTextParts) =>
      [
        `“${words}”`,
        ...(gloss ? [`[English translation, ours, not the original: ${gloss}]`] : []),
        `— ${speaker}, ${reported ? `as paraphrased by ${outlet}` : outlet}`,
        url,
      ].join('\n'),
    embed: 'Embed',
    embedTitle: 'Embed this on your site',
    embedIntro:
      'Paste this code into your page’s HTML. The frame shows just this view and ends with a link to the full page; the small script sizes the frame to its content.',
    embedCode: 'Embed code',
    copyCode: 'Copy code',
    codeCopied: 'Code copied',
    close: 'Close',
    frameTitle: (page: string) => `${page} (Debate Position Map)`,
    source: 'Source',
    openFullPage: 'Open the full page on Debate Position Map',
    newTab: ' (opens in a new tab)',
  },
  cite: {
    open: 'Cite',
    openNamed: (what: string) => `Cite ${what}`,
    debate: 'the whole conversation',
    topic: 'this topic',
    stance: 'this stance',
    quote: 'this quote',
    title: (what: string) => `Cite ${what}`,
    // The two things a reader can cite, and what each citation names.
    kindsLabel: 'Cite',
    kinds: { article: 'The article', page: 'This page of our site' },
    intro: {
      article: (d: { outlet: string; author: string; interviewer: string }) =>
        `Cites the article as ${d.outlet} published it: its author ${d.author}, interviewer ${d.interviewer}, title, column and year; a cited quote also says who said it.`,
      page: (version: string) =>
        `Cites this page of our site: its title, the ${version || 'data version'}, its address and today as the access date. Its labels and summaries are our reading, not the speakers’ words.`,
    },
    quoteLine: (
      q: { speaker: string; words: string; reported: boolean; translation?: string | undefined },
      author: string,
    ) =>
      `${q.speaker}${q.reported ? ` (paraphrased by ${author})` : ''}: “${q.words}”${q.translation ? ` [our translation: “${q.translation}”]` : ''}`,
    citedIn: { apa: 'as cited in ', mla: 'qtd. in ', chicago: 'quoted in ' },
    inTextJoin: ' ',
    outletColumn: (outlet: string, column: string) => `${outlet}, ${column}`,
    subtitled: (title: string, subtitle: string) => `${title}: ${subtitle}`,
    qualified: (title: string, qualifier: string) => `${title} (${qualifier})`,
    interviewerNote: (name: string) => `Interviewer: ${name}`,
    noteJoin: '; ',
    formats: {
      gbt7714: 'GB/T 7714-2015',
      apa: 'APA 7th edition',
      mla: 'MLA 9th edition',
      chicago: 'Chicago (author-date)',
      bibtex: 'BibTeX',
      ris: 'RIS',
      'csl-json': 'CSL-JSON',
    },
    copy: 'Copy',
    copyNamed: (format: string) => `Copy ${format}`,
    copied: 'Copied',
    loading: 'Preparing the citations…',
    failed: (reason: string) => `Couldn’t make the citations: ${reason}`,
    close: 'Close',
    versionLabel: (date: string) => `data version ${date}`,
  },
  exportData: {
    heading: 'Download',
    kinds: {
      svg: 'Matrix as SVG (vector)',
      png: 'Matrix as PNG (2× resolution)',
      csv: 'Quotes as CSV',
      json: 'All data as JSON',
    },
    // Said from the debate: its speakers and how many topics.
    subtitle: (speakers: string[], topics: number) =>
      `Where ${speakers.length > 2 ? `${speakers.slice(0, -1).join(', ')} and ${speakers.at(-1)}` : speakers.join(' and ')} stand on ${topics} ${topics === 1 ? 'topic' : 'topics'}${speakers.length > 1 ? ', and how they relate' : ''}`,
    axisNote:
      'One row per topic: a mark’s place between the topic’s two poles is the speaker’s position; the shape tells the speakers apart.',
    speakerLabel: (name: string, label: string) => `${name}: ${label}`,
    // The legend's five colours, from the left ("from") pole to the right one.
    positionLabels: [
      'Strongly toward the left pole',
      'Toward the left pole',
      'Between the poles',
      'Toward the right pole',
      'Strongly toward the right pole',
    ] as FivePositions,
    sourceLine: (
      d: {
        outlet: string;
        column: string;
        programme: string;
        interviewer: string;
        author: string;
        published: { period: string };
      },
      version: string,
    ) =>
      `Source: ${d.outlet}, ${d.column}, ${d.programme}; interviewer: ${d.interviewer}; author: ${d.author}; ${d.published.period}${version ? `; ${version}` : ''}`,
    preparing: 'Preparing the file…',
    done: (file: string) => `Downloaded ${file}`,
    failed: (reason: string) => `Couldn’t make the file: ${reason}`,
  },
  openProblems: {
    tooLarge: (file: string, mb: number) => `${file}: larger than ${mb} MB; not read.`,
    badZip: (file: string, reason: string) => `${file}: not a readable zip file (${reason}).`,
    notUtf8: (file: string) => `${file}: not UTF-8 text.`,
    missingFile: (name: string) => `${name} is missing.`,
    empty: (file: string) => `${file}: the file is empty.`,
    notJson: (file: string, reason: string) => `${file}: not valid JSON (${reason}).`,
    unreadable: (reason: string) => `Couldn’t read the file: ${reason}`,
  },
  // Opening a debate in the background (src/features/open-debate/open-debate-control.tsx).
  // A long source is shown a window of lines at a time (source-reader.tsx).
  sourceEarlierLines: (line: number) => `Show the lines before line ${line + 1}`,
  sourceLaterLines: (line: number) => `Show the lines from line ${line}`,
  openChecks: {
    progress: (percent: number) => `Checking the files… (${percent}%)`,
    progressLabel: 'Checking progress',
    cancel: 'Cancel',
    cancelled: 'Opening cancelled; the debate shown before is still shown.',
    notKept: 'This debate could not be kept in this tab: a reload shows the built-in debate again.',
  },
};

/** A step's words mid-sentence: “Leans towards …” becomes “leans towards …”. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
