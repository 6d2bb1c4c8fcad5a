import type {
  Attribution,
  PointAnswerKind,
  PointRelation,
  QuoteKind,
  RelationKind,
} from '@/model/debate-schema';

/** A label for each of the five positions, from the left pole to the right. */
export type FivePositions = readonly [string, string, string, string, string];

// The interface in Traditional Chinese, the source's script. Every user-visible string of the
// interface (not the debate's data) lives in a catalogue, one per language, each typed by this one.
export const messagesZhHant = {
  siteName: '辯論立場地圖',
  pageTitle: (headline: string) => `${headline}｜辯論立場地圖`,
  // For search results and link previews (meta descriptions).
  siteDescription: '逐個議題比較講者的立場，每個立場都附上文章中的原話與出處。',
  sourceDescription: (title: string) => `「${title}」全文，標示每段被引用的話出自哪位講者。`,
  aboutDescription: '立場如何判讀與編碼、文章沒有告訴我們的，以及資料的變更紀錄。',
  skipToContent: '跳到主要內容',
  matrixHeading: '立場矩陣',
  matrixHint: '方向鍵移動，Enter 開啟；每格都是可分享的連結。',
  topicColumn: '議題',
  relationColumn: '兩人關係',
  swapSpeakers: '交換兩位講者的欄位',
  legendHeading: '圖例',
  legendPosition: (from: string, to: string) => `${from} ◀ 立場 ▶ ${to}`,
  detailHeading: '詳細內容',
  interviewer: '採訪',
  author: '作者',
  published: '發表時間',
  source: '來源',
  coreViews: '核心觀點',
  howToRead: '點選矩陣中的任一格，閱讀講者的原話；點選議題可並排比較各位講者。',
  allStancesOf: (name: string) => `${name}的全部立場`,
  morePagesOf: (name: string) => `${name}的其他立場與比較`,
  compareSideBySide: '並排比較各位講者',
  previousTopic: '上一個議題',
  nextTopic: '下一個議題',
  openStance: (name: string) => `${name}的立場詳情`,
  position: '立場',
  rationale: '判斷依據',
  summary: '摘要',
  quotes: '原文引述',
  relation: '兩人關係',
  question: '問題',
  copyLink: '複製連結',
  linkCopied: '已複製連結',
  copyFailed: '無法複製，請手動複製網址列',
  editorsNote: '編按',
  notFoundTitle: '找不到這個頁面',
  studioTitle: '編輯室',
  notFoundBody: (path: string) => `網址「${path}」不對應任何議題、立場或講者。`,
  didYouMean: '你要找的是不是：',
  backHome: '回到立場矩陣',
  errorTitle: '發生了意外錯誤',
  errorBody: '這個頁面無法顯示。你的資料沒有遺失，可以回到首頁繼續瀏覽。',
  stanceOf: (speaker: string, topic: string) => `${speaker}談「${topic}」`,
  topicStances: (topic: string, names: string) => `${topic}：${names}的立場`,
  labelOf: (speaker: string, label: string) => `${speaker}「${label}」`,
  positionStates: {
    'not-addressed': '未談及',
    unclear: '立場不明',
  },
  leaning: (pole: string) => `偏向「${pole}」`,
  stronglyLeaning: (pole: string) => `明確傾向「${pole}」`,
  centred: (from: string, to: string) => `介於「${from}」與「${to}」之間`,
  cellName: (speaker: string, topic: string, label: string, position: string) =>
    `${speaker}，${topic}：${label}（${position}）`,
  relationCellName: (topic: string, relation: string) => `${topic}，兩人關係：${relation}`,
  // The matrix's shared axis, evidence and row order.
  axisColumn: '立場對照',
  axisJoin: '，',
  axisPlaced: (speaker: string, position: string, value: string) =>
    `${speaker} ${position}（${value}）`,
  axisUnplaced: (speaker: string, state: string) => `${speaker} ${state}`,
  axisGap: (gap: number, placed: number) => `${placed > 2 ? '兩端' : ''}相差 ${gap} 級`,
  axisNoGap: '少於兩人有定位，無從比較差距',
  axisNoGapShort: '無從比較',
  axisCellName: (topic: string, shown: string, positions: string) =>
    `${topic}，立場對照：${shown}（${positions}）`,
  evidence: ({ quotes, direct, inferred }: { quotes: number; direct: number; inferred: number }) =>
    quotes === 0
      ? '沒有引文'
      : `${quotes} 則引文，${direct ? `${direct} 則直接引語` : '沒有直接引語'}，${inferred ? `${inferred} 則推定署名` : '全部明確署名'}`,
  withEvidence: (cell: string, evidence: string) => `${cell}；${evidence}`,
  orderLabel: '列的順序',
  orders: { article: '原文順序', disagreement: '分歧大小' },
  orderHelp:
    '依分歧大小：先依兩人的關係排列（看法分歧、部分一致、僅一方談到、看法一致），關係相同時，軸上相差越多越前；其餘依原文順序。',
  legendSharedAxis:
    '「立場對照」把每位講者放在同一條軸上：左端是議題名稱下的第一個立場（−2），右端是第二個（+2），中間（0）是兩者之間；標記之間的粗線就是差距。未談及或立場不明的講者不放上軸，在軸下註明。',
  legendMarks: '每位講者的標記（形狀與字）：',
  legendEvidence: '立場格中的圓點是它的引文，一點一則：',
  legendPips: { direct: '直接引語', reported: '轉述', inferred: '底下虛線：推定署名' },
  relationKinds: {
    agree: '看法一致',
    'partly-agree': '部分一致',
    differ: '看法分歧',
    'one-speaks': '僅一方談到',
    'different-emphasis': '側重不同',
  } satisfies Record<RelationKind, string>,
  readings: {
    legendRange: '標記後方的淡色帶，是獨立編碼的讀者把該講者放在不同位置時所跨的範圍。',
    keyQuote: '關鍵引文：這個立場主要依據的原話，分享卡片即引用這一句',
    contested: '讀法有分歧',
    bothReadings: '看各種讀法',
    howDecided: '讀者的編碼不一：如何裁定',
    shown: '本站採用',
    codedRange: (from: string, to: string) => `獨立編碼的讀者把這一立場放在${from}到${to}之間`,
    heading: '這份讀法有多可靠',
    agreement: (coders: number, figures: string) =>
      `${coders} 位讀者各自獨立編碼，彼此的一致程度（Krippendorff α，0.800 以上可以依靠）：${figures}。`,
    figure: (field: string, alpha: string) => `${field} ${alpha}`,
    contestedCount: (count: number) =>
      count === 0 ? '沒有讀法有分歧的項目。' : `有 ${count} 處讀法有分歧，已在該處標出。`,
    methodLink: '編碼方法與裁定',
    fields: {
      answers: '論點上的回答',
      pointRelations: '論點上的關係',
      topicRelations: '議題上的關係',
      positions: '軸上的位置',
      positionStates: '位置的狀態',
      lineSpeakers: '各段的講者',
      lineVoices: '各段的聲音',
      lineAttributions: '各段的署名',
    },
    verdicts: {
      reliable: '可以依靠',
      tentative: '暫定',
      unreliable: '不可靠',
      same: '所有編碼都相同，α 無從計算',
    },
  },
  quoteKinds: {
    direct: '直接引語',
    reported: '轉述',
  } satisfies Record<QuoteKind, string>,
  quoteKindHelp: {
    direct: '原文以引號標示的講者原話',
    reported: '作者轉述講者的話',
  } satisfies Record<QuoteKind, string>,
  attributions: {
    explicit: '明確署名',
    inferred: '推定署名',
  } satisfies Record<Attribution, string>,
  attributionHelp: {
    explicit: '原文段落點名了講者',
    inferred: '段落未點名，承接講者的回答，由編者推定',
  } satisfies Record<Attribution, string>,
  sourceTitle: '原文',
  sourceIntro:
    '文章全文，依原文分段。標示的是本站的引文（直接引語或作者轉述），依講者上色，虛線底線表示署名是推定的；點選講者名字回到該立場。未標示的段落沒有被引用。',
  sourceInferredKey: '虛線：推定署名',
  sourcePlainKey: '未標示：未被引用',
  quoteNotFound: (id: string) => `原文中找不到引文「${id}」。`,
  quoteBackLink: (speaker: string, topic: string, label: string) =>
    `回到${speaker}在「${topic}」的立場：${label}`,
  showInSource: '在原文中查看',
  showInSourceName: (speaker: string) => `在原文中查看${speaker}的這段話`,
  navSource: '原文',
  navAbout: '方法說明',
  aboutTitle: '方法說明',
  changelogHeading: '資料變更紀錄',
  limitationsHeading: '文章沒有告訴我們的',
  navMatrix: '立場矩陣',
  openDebate: '開啟辯論檔…',
  openDebateHelp: '選擇 debate.json 與 source.txt，或一個 .zip；也可以把檔案拖進視窗。',
  openingDebate: '正在檢查檔案…',
  dropHere: '放開以開啟辯論檔',
  showingOpened: (title: string, file: string) =>
    `正在顯示從你的電腦開啟的「${title}」（${file}）。`,
  backToBundled: '回到內建辯論',
  openFailed: (count: number) => `無法開啟：發現 ${count} 個問題。內建辯論不受影響。`,
  dismiss: '關閉',
  colon: '：',
  axisTo: '至',
  listSeparator: '、',
  clauseSeparator: '；',
  /** 「甲」「甲與乙」「甲、乙與丙」: any number of names, as Chinese lists them. */
  joinNames: (names: readonly string[]) =>
    names.length < 2 ? names.join('') : `${names.slice(0, -1).join('、')}與${names.at(-1)}`,
  sentence: { stop: '。', space: '' },
  parenthetical: (text: string) => `（${text}）`,
  legendFrom: '左端',
  legendTo: '右端',
  readingSwitch: '語言',
  showOriginal: '顯示繁體原文',
  hideOriginal: '隱藏繁體原文',
  originalLabel: '原文（繁體，未經轉換）',
  convertedQuote: '由繁體原文以 OpenCC 自動轉換為簡體，只換字形，不改字詞。',
  conversionFailed: '無法載入簡體版本，暫以繁體原文顯示。',
  convertedSource: '本頁由繁體原文以 OpenCC 自動轉換為簡體，只換字形，不改字詞。',
  viewOriginalSource: '查看繁體原文',
  glossLabel: '英文翻譯（本站譯，非原文）',
  search: '搜尋',
  searchLabel: '搜尋議題、摘要與引文',
  searchPlaceholder: '搜尋… 按 / 開始',
  searchHeading: '搜尋結果',
  searchPrompt: '輸入關鍵字，搜尋議題、立場摘要、原文引文與英文翻譯；繁體與簡體都可以。',
  searchCount: (count: number, query: string) => `「${query}」有 ${count} 筆結果`,
  searchNone: (query: string) => `找不到「${query}」。試試較短的詞，或換一種說法。`,
  searchClipped: (limit: number) => `搜尋最多 ${limit} 個字元：只搜尋了前 ${limit} 個。`,
  openedDebateLinks:
    '這場辯論是從你自己的檔案開啟的，只存在於這個瀏覽器中：其他人打開這個連結、引用或嵌入，看到的是本站內建的辯論，或「找不到這個頁面」。',
  searching: '搜尋中…',
  searchShowing: (shown: number, total: number) => `顯示前 ${shown} 筆，共 ${total} 筆。`,
  searchShowMore: (more: number) => `再顯示 ${more} 筆`,
  searchTopicMatches: '議題本身',
  searchFields: {
    heading: '議題',
    question: '問題',
    label: '立場',
    summary: '摘要',
    quote: '引文',
    gloss: '英文翻譯',
    why: '兩人關係',
  },
  methodology: {
    intro: (outlet: string, programme: string) =>
      `本站把${outlet}${programme}的訪談整理成一場辯論：文章的每個小節是一個議題，每位講者在每個議題上有一個立場。每個立場都附上原文的逐字引文，可以在原文中一鍵核對。`,
    encodingHeading: '立場如何編碼',
    label: '標籤：不超過12個字，概括立場。摘要：一到三句，是我們的轉述，不是原話。',
    position:
      '位置：每個議題有兩端，立場放在兩端之間的五個刻度上，並附一句判斷依據。位置只在同一議題內有意義，不同議題的兩端各不相同。',
    states:
      '「未談及」與「立場不明」是獨立的狀態，不等於「居中」：前者是講者沒有談到，後者是談到了但沒有表態。',
    relations:
      '兩人關係：每個議題標為以下四種之一，並以一句話說明理由；這個關係要與兩人在該議題各個論點上的回答相符：',
    quotesHeading: '引文的種類與署名',
    reportedExtra: '包括原文未加引號、但以講者第一人稱敘述的段落（編按會說明）。',
    inferredExtra: '編按會說明承接的是誰的回答。',
    verbatim: '引文一字不改，原文的錯字與標點也照錄，並以編按註明。',
    reliabilityHeading: '讀法如何核對',
    reliabilityMethod:
      '誰在哪裡說了什麼，由多位讀者各自獨立編碼。他們只拿到原文與一份編碼手冊，看不到本站的資料，也看不到彼此的編碼。先由兩位讀者各自列出講者提出的論點，合併成論點清單，並為每個議題找出兩人的說法彼此對立的兩端；再由其他讀者為每個論點的兩個回答與關係、每個議題的兩個位置與關係編碼。手冊依第一輪的分歧修訂後，由另外三位讀者重新編碼。',
    reliabilityAdjudication:
      '讀者編碼不一之處，由編者逐項裁定並寫明理由，本站顯示的就是裁定的結果；原文兩種讀法都說得通的，標為「讀法有分歧」，並列出各種讀法與理由。軸上的位置若讀者放得不同，以一段範圍標出。',
    reliabilityCaveat:
      '這些讀者是同一個 AI 模型的不同實例，各自獨立工作；他們彼此的一致，可能高於兩位人類讀者所能達到的一致。',
    roundCaption: (round: number, codebook: number, coders: number) =>
      `第 ${round} 輪：編碼手冊第 ${codebook} 版，${coders} 位讀者`,
    fieldColumn: '編碼的項目',
    alphaColumn: 'α',
    unitsColumn: '項數',
    verdictColumn: '判讀',
    codebookLink: '編碼手冊（英文，Markdown）',
    codingsLink: (coder: string) => `${coder} 的編碼（JSON）`,
    adjudicationsHeading: '裁定與爭議',
    decidedLabel: '已裁定',
    adjudicationsSummary: (decided: number, contested: number) =>
      `讀者編碼不一的項目中，${decided} 項已裁定，${contested} 項標為讀法有分歧。`,
    scriptsHeading: '繁體、簡體與英文',
    scripts:
      '原文是繁體中文。簡體版本由 OpenCC 規則自動轉換：本站自己寫的文字（標籤、摘要、判斷依據、論點等）改用中國大陸的常用詞語，如「芯片」「人工智能」；引文、原文與照錄原文的標題只換字形，不改字詞，講者的話一字不變，每則轉換過的引文都可以一鍵查看繁體原文。英文的標題、摘要與引文翻譯由本站撰寫，引文本身永遠以中文原文顯示。',
  },
  navCompare: '異同比較',
  menu: '選單',
  forEditors: '給編者',
  openStudio: '在編輯室把你自己的文章做成辯論',
  forEditorsHelp:
    '想用本站檢視另一場辯論？開啟它的 debate.json 與 source.txt；檔案只在你的瀏覽器中讀取，不會上傳。',
  pointAnswers: {
    asserts: '肯定',
    qualifies: '有保留',
    rejects: '否定',
    'not-addressed': '未談及',
  } satisfies Record<PointAnswerKind, string>,
  pointRelations: {
    agree: '一致',
    'partly-agree': '部分一致',
    differ: '分歧',
    'one-speaks': '僅一方談到',
  } satisfies Record<PointRelation, string>,
  compare: {
    title: '異同比較',
    heading: '哪裡一致，哪裡分歧',
    intro:
      '文章裡的每個具體論點，各講者怎麼回答：肯定、有保留、否定，或沒有談到。每個回答都附原話，可一鍵回到原文。',
    description: (title: string) => `「${title}」的講者在每個具體論點上的異同，附原話與出處。`,
    counts: (total: number, parts: string) => `共 ${total} 個論點：${parts}。`,
    countOf: (relation: string, count: number) => `${relation} ${count}`,
    summaryHeading: '概覽',
    summaryCaption: '各議題的論點數，依關係分類',
    total: '全部論點（各計一次）',
    filterLabel: '依議題篩選',
    allTopics: '全部議題',
    sections: {
      agree: '一致之處',
      'partly-agree': '部分一致之處',
      differ: '分歧之處',
      'one-speaks': '只有一方談到的',
    } satisfies Record<PointRelation, string>,
    sectionNote: {
      agree: '各講者給出同樣的回答。',
      'partly-agree': '沒有人否定對方，但有人只在某些條件下同意：看「為何」一欄他們在哪裡分開。',
      differ: '各講者的回答不同：有人肯定，有人否定或有保留。',
      'one-speaks': '只有一位講者談到，其他人沒有表態。',
    } satisfies Record<PointRelation, string>,
    whereTheyDiffer: '兩人在哪裡分歧',
    topicsWith: (count: number) => `（${count} 個議題）：`,
    pointTotals: (total: number, differ: number, partly: number, agree: number, one: number) =>
      `在 ${total} 個論點中，兩人分歧 ${differ} 個、部分一致 ${partly} 個、一致 ${agree} 個；其餘 ${one} 個只有一方談到。`,
    differNote: (one: number, total: number) =>
      `兩人很少回應同一個論點（${total} 個論點中有 ${one} 個只有一方談到），所以分歧主要見於兩人在各議題軸上的位置，與矩陣依分歧大小排序所見一致。`,
    topicRelationColumn: '議題上的關係',
    sectionEmpty: '沒有這類論點。',
    why: '為何這樣判斷',
    answerOf: (speaker: string, answer: string) => `${speaker}：${answer}`,
    stanceLink: (speaker: string, topic: string) => `${speaker}在「${topic}」的立場`,
    notAddressed: '沒有談到這一點。',
    noPoints: '這場辯論還沒有標出具體論點，所以無法逐點比較。可以先從各議題的立場看起：',
    noPointsInTopic: '這個議題沒有標出具體論點。',
    topicPointsHeading: '具體論點',
    topicPointsLink: (topic: string) => `逐點比較「${topic}」，附原話`,
  },
  share: {
    quoteActions: (speaker: string) => `${speaker}這段話：連結與分享`,
    copyQuoteLink: '複製這段話的連結',
    copyQuote: '複製引文',
    quoteCopied: '已複製引文（含講者、出處與連結）',
    share: '分享',
    shared: '已分享',
    /** What "copy quote" copies: the words, who said them where, and the link. */
    quoteText: ({ words, speaker, outlet, reported, url }: QuoteTextParts) =>
      `「${words}」\n——${speaker}${reported ? `（${outlet}轉述）` : `，${outlet}`}\n${url}`,
    embed: '嵌入',
    embedTitle: '嵌入到你的網頁',
    embedIntro:
      '把下面的程式碼貼到網頁的 HTML 裡：框架只顯示這一頁的內容，最後一行連回完整頁面；附帶的小腳本會按內容調整框架的高度。',
    embedCode: '嵌入程式碼',
    copyCode: '複製程式碼',
    codeCopied: '已複製程式碼',
    close: '關閉',
    frameTitle: (page: string) => `${page}（辯論立場地圖）`,
    source: '來源',
    openFullPage: '在辯論立場地圖開啟完整頁面',
    newTab: '（在新分頁開啟）',
  },
  cite: {
    open: '引用',
    openNamed: (what: string) => `引用${what}`,
    debate: '整場對談',
    topic: '這個議題',
    stance: '這個立場',
    quote: '這則引文',
    title: (what: string) => `引用${what}`,
    // The two things a reader can cite, and what each citation names.
    kindsLabel: '引用的是',
    kinds: { article: '原文', page: '本站這一頁' },
    intro: {
      article: (d: { outlet: string; author: string; interviewer: string }) =>
        `引用${d.outlet}刊出的原文：作者${d.author}、採訪${d.interviewer}、篇名、欄目與年份；引用引文時，也寫明是誰說的。`,
      page: (version: string) =>
        `引用本站的這一頁：頁面標題、${version || '資料版本'}、網址與今天的引用日期；這些標籤與摘要是本站的解讀，不是講者的話。`,
    },
    quoteLine: (q: { speaker: string; words: string; reported: boolean }, author: string) =>
      `${q.speaker}${q.reported ? `（${author}轉述）` : ''}：「${q.words}」`,
    citedIn: { apa: '轉引自', mla: '轉引自', chicago: '轉引自' },
    inTextJoin: '',
    outletColumn: (outlet: string, column: string) => `${outlet} ${column}`,
    subtitled: (title: string, subtitle: string) => `${title}：${subtitle}`,
    qualified: (title: string, qualifier: string) => `${title}（${qualifier}）`,
    interviewerNote: (name: string) => `採訪：${name}`,
    noteJoin: '；',
    formats: {
      gbt7714: 'GB/T 7714-2015',
      apa: 'APA 第7版',
      mla: 'MLA 第9版',
      chicago: 'Chicago（作者—日期制）',
      bibtex: 'BibTeX',
      ris: 'RIS',
      'csl-json': 'CSL-JSON',
    },
    copy: '複製',
    copyNamed: (format: string) => `複製 ${format}`,
    copied: '已複製',
    loading: '正在準備引用格式……',
    failed: (reason: string) => `無法產生引用格式：${reason}`,
    close: '關閉',
    versionLabel: (date: string) => `資料版本 ${date}`,
  },
  exportData: {
    heading: '下載',
    kinds: {
      svg: '矩陣 SVG（向量圖）',
      png: '矩陣 PNG（2 倍解析度）',
      csv: '引文 CSV',
      json: '完整資料 JSON',
    },
    // Said from the debate: its speakers and how many topics.
    subtitle: (speakers: string[], topics: number) =>
      `${speakers.length > 1 ? `${speakers.slice(0, -1).join('、')}與${speakers.at(-1)}` : (speakers[0] ?? '')}在 ${topics} 個議題上的立場${speakers.length === 2 ? '與兩人關係' : ''}`,
    axisNote: '每個議題一列：標記在議題兩極之間的位置就是講者的立場；形狀區分講者。',
    speakerLabel: (name: string, label: string) => `${name}：${label}`,
    // The legend's five colours, from the left ("from") pole to the right one.
    positionLabels: [
      '明確偏向左端',
      '偏向左端',
      '居中',
      '偏向右端',
      '明確偏向右端',
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
      `來源：${d.outlet} · ${d.column} · ${d.programme}；採訪：${d.interviewer}；作者：${d.author}；${d.published.period}${version ? `；${version}` : ''}`,
    preparing: '正在準備檔案……',
    done: (file: string) => `已下載 ${file}`,
    failed: (reason: string) => `無法產生檔案：${reason}`,
  },
  openProblems: {
    tooLarge: (file: string, mb: number) => `${file}：檔案超過 ${mb} MB，未讀取。`,
    badZip: (file: string, reason: string) => `${file}：不是可讀的 zip 檔（${reason}）。`,
    notUtf8: (file: string) => `${file}：不是 UTF-8 編碼的文字。`,
    missingFile: (name: string) => `缺少 ${name}。`,
    empty: (file: string) => `${file}：檔案是空的。`,
    notJson: (file: string, reason: string) => `${file}：不是有效的 JSON（${reason}）。`,
    unreadable: (reason: string) => `無法讀取檔案：${reason}`,
  },
  // Opening a debate in the background (src/features/open-debate/open-debate-control.tsx).
  // A long source is shown a window of lines at a time (source-reader.tsx).
  sourceEarlierLines: (line: number) => `顯示第 ${line + 1} 行之前的內容`,
  sourceLaterLines: (line: number) => `顯示第 ${line} 行起的內容`,
  openChecks: {
    progress: (percent: number) => `正在檢查檔案…（${percent}%）`,
    progressLabel: '檢查進度',
    cancel: '取消',
    cancelled: '已取消開啟，仍顯示原本的辯論。',
    notKept: '這份辯論無法保存在這個分頁中，重新載入後會回到內建辯論。',
  },
};

export type Messages = typeof messagesZhHant;

/** What a copied quote is made of (share.quoteText). */
export interface QuoteTextParts {
  /** The quoted words as shown, in the reader's script. */
  words: string;
  /** Our English translation, for an English reader. */
  gloss?: string | undefined;
  speaker: string;
  outlet: string;
  /** The author's paraphrase rather than the speaker's direct speech. */
  reported: boolean;
  url: string;
}
