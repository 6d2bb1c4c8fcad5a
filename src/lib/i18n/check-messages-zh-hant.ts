// What the open-debate worker says about a file it refuses, in Traditional Chinese: the caps
// on what is opened, zip problems, and schema problems saying what was expected. Loaded only
// by the worker (src/features/open-debate/), never with a page; typed by this one.
export const checkMessagesZhHant = {
  tooManyFiles: (limit: number) => `一次最多開啟 ${limit} 個檔案。`,
  zipReasons: {
    'no-directory': '找不到 zip 的目錄',
    sizes: '項目的大小欄位損壞',
    bounds: '項目超出檔案範圍',
    method: '不支援的壓縮方式',
    inflate: '解壓縮失敗',
  },
  zipTooManyEntries: (file: string, limit: number) =>
    `${file}：zip 內的項目超過 ${limit} 個，未解開。`,
  zipTooLarge: (file: string, entry: string, mb: number) =>
    `${file}：${entry} 解開後太大（超過 ${mb} MB），已停止解壓縮。`,
  zipTooLargeInAll: (file: string, mb: number) =>
    `${file}：解開的檔案合計超過 ${mb} MB，已停止解壓縮。`,
  zipOverlap: (file: string) => `${file}：zip 內有互相重疊的項目，未解開。`,
  sourceTooLong: (length: number, limit: number) =>
    `source.txt：有 ${length} 個字元，上限是 ${limit} 個。`,
  sourceCharacter: (line: number, rule: string) => `source.txt 第 ${line} 行${rule}。`,
  tooDeep: (limit: number) => `巢狀超過 ${limit} 層`,
  tooMany: (count: number, limit: number) => `有 ${count} 項，上限是 ${limit} 項`,
  tooManyQuotes: (count: number, limit: number) => `共有 ${count} 則引文，上限是 ${limit} 則`,
  overLimits: (quote: string) =>
    `引文「${quote}」：在限制內無法定位這段引文（同樣的文字出現太多次，或需要搜尋的原文太多）`,
  stoppedAt: (limit: number) => `……已列出前 ${limit} 個問題，其餘未再檢查`,
  rules: {
    bidi: '含有雙向控制字元，可能偽裝文字',
    control: '含有控制字元',
    invisible: '含有不可見字元（零寬、填充或標籤字元）',
    noncharacter: '含有非字元（例如 U+FFFE 或 U+FFFF），文字中不能有它',
    surrogate: '含有不成對的代理字元',
    markup: '含有 HTML 標記；辯論內容必須是純文字',
  },
  expected: (what: string) => `應為${what}`,
  types: {
    string: '文字',
    number: '數字',
    int: '整數',
    boolean: '是非值（true 或 false）',
    object: '物件 { … }',
    array: '清單 [ … ]',
    tuple: '清單 [ … ]',
  } as Record<string, string>,
  oneOf: (values: string) => `應為以下其中之一：${values}`,
  tooLong: (limit: number) => `太長：最多 ${limit} 個字元`,
  empty: '不可為空',
  tooManyItems: (limit: number) => `太多項：最多 ${limit} 項`,
  tooFewItems: (limit: number) => `至少要有 ${limit} 項`,
  tooSmall: (limit: number) => `不可小於 ${limit}`,
  id: 'id 只能用小寫英文字母、數字與連字號（如 open-source）',
  date: '應為 YYYY-MM-DD 格式的日期',
  noVariant: '不符合任何一種允許的形式',
  invalid: '內容無效',
};

export type CheckMessages = typeof checkMessagesZhHant;
