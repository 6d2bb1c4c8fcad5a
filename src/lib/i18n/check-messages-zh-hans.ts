import type { CheckMessages } from './check-messages-zh-hant';

// What the open-debate worker says about a file it refuses (Simplified Chinese); see check-messages-zh-hant.ts.
export const checkMessagesZhHans: CheckMessages = {
  tooManyFiles: (limit: number) => `一次最多打开 ${limit} 个文件。`,
  zipReasons: {
    'no-directory': '找不到 zip 的目录',
    sizes: '条目的大小字段损坏',
    bounds: '条目超出文件范围',
    method: '不支持的压缩方式',
    inflate: '解压缩失败',
  },
  zipTooManyEntries: (file: string, limit: number) =>
    `${file}：zip 内的条目超过 ${limit} 个，未解开。`,
  zipTooLarge: (file: string, entry: string, mb: number) =>
    `${file}：${entry} 解开后太大（超过 ${mb} MB），已停止解压缩。`,
  zipOverlap: (file: string) => `${file}：zip 内有互相重叠的条目，未解开。`,
  sourceTooLong: (length: number, limit: number) =>
    `source.txt：有 ${length} 个字符，上限是 ${limit} 个。`,
  sourceCharacter: (line: number, rule: string) => `source.txt 第 ${line} 行${rule}。`,
  tooDeep: (limit: number) => `嵌套超过 ${limit} 层`,
  tooMany: (count: number, limit: number) => `有 ${count} 项，上限是 ${limit} 项`,
  tooManyQuotes: (count: number, limit: number) => `共有 ${count} 条引文，上限是 ${limit} 条`,
  overLimits: (quote: string) =>
    `引文“${quote}”：在限制内无法定位这段引文（同样的文字出现太多次，或需要搜索的原文太多）`,
  stoppedAt: (limit: number) => `……已列出前 ${limit} 个问题，其余未再检查`,
  rules: {
    bidi: '含有双向控制字符，可能伪装文字',
    control: '含有控制字符',
    invisible: '含有不可见字符（零宽、填充或标签字符）',
    surrogate: '含有不成对的代理字符',
    markup: '含有 HTML 标记；辩论内容必须是纯文本',
  },
  expected: (what: string) => `应为${what}`,
  types: {
    string: '文本',
    number: '数字',
    int: '整数',
    boolean: '是非值（true 或 false）',
    object: '对象 { … }',
    array: '列表 [ … ]',
    tuple: '列表 [ … ]',
  } as Record<string, string>,
  oneOf: (values: string) => `应为以下其中之一：${values}`,
  tooLong: (limit: number) => `太长：最多 ${limit} 个字符`,
  empty: '不可为空',
  tooManyItems: (limit: number) => `太多项：最多 ${limit} 项`,
  tooFewItems: (limit: number) => `至少要有 ${limit} 项`,
  tooSmall: (limit: number) => `不可小于 ${limit}`,
  id: 'id 只能用小写英文字母、数字与连字符（如 open-source）',
  date: '应为 YYYY-MM-DD 格式的日期',
  noVariant: '不符合任何一种允许的形式',
  invalid: '内容无效',
};
