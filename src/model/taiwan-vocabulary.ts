// Words a mainland reader of Simplified Chinese reads as Taiwanese, each with what that
// reader expects instead. The one list: the Simplified converter replaces them in our own
// text (after OpenCC's Taiwan-phrase table, which misses some), and the tests look for them
// in every Simplified catalogue, in the converted debate and on every Simplified page.
//
// Words are written in Simplified characters, as they would stand on a Simplified page
// after a character-by-character conversion. A word that is ordinary mainland usage in some
// contexts names those contexts (`except`): 程式 is Taiwan's "program", but 方程式 is an
// equation everywhere. Where a sense cannot be told from the words around it, the entry
// takes the sense this site uses (an interface, a debate about AI) and says so.

export interface TaiwanWord {
  /** The Taiwan word, in Simplified characters. */
  taiwan: string;
  /** What a mainland reader expects in its place. */
  mainland: string;
  /** Longer words holding `taiwan` that are ordinary mainland usage. */
  except?: readonly string[];
}

const words = (entries: Record<string, string>, except: Record<string, string[]> = {}) =>
  Object.entries(entries).map(
    ([taiwan, mainland]): TaiwanWord => ({ taiwan, mainland, except: except[taiwan] ?? [] }),
  );

export const TAIWAN_VOCABULARY: readonly TaiwanWord[] = words(
  {
    // Computing and the interface.
    晶片: '芯片',
    积体电路: '集成电路',
    人工智慧: '人工智能',
    智慧体: '智能体',
    智慧型手机: '智能手机',
    开启: '打开', // a file, a dialog; 开启新时代 is mainland usage (except)
    档: '文件', // .txt 档, 档名; 文档 and 档次 are mainland words (except)
    档案: '文件',
    资料夹: '文件夹',
    资料: '数据', // data; 参考资料 (reference material) is mainland usage (except)
    贴上: '粘贴',
    剪下: '剪切',
    身分: '身份',
    软体: '软件',
    硬体: '硬件',
    韧体: '固件',
    最佳化: '优化',
    网路: '网络',
    预设: '默认', // a default; 预设立场 (a preconceived position) is mainland usage
    影片: '视频', // this site has no films: 影片 would be a video
    视讯: '视频',
    滑鼠: '鼠标',
    萤幕: '屏幕',
    荧幕: '屏幕',
    程式: '程序',
    原始码: '源代码',
    支援: '支持',
    列印: '打印',
    印表机: '打印机',
    资讯: '信息',
    介面: '界面',
    使用者: '用户',
    连结: '链接',
    搜寻: '搜索',
    视窗: '窗口',
    对话方块: '对话框',
    核取方块: '复选框',
    选单: '菜单',
    伺服器: '服务器',
    讯息: '消息',
    讯号: '信号',
    品质: '质量',
    效能: '性能',
    内建: '内置',
    栏位: '字段',
    登入: '登录',
    登出: '退出',
    帐号: '账号',
    帐户: '账户',
    演算法: '算法',
    数位: '数字', // digital; 多数位于 (most … lie in) is not this word (except)
    位元: '比特',
    字元: '字符', // a character (字元素 is not this word, except)
    位址: '地址',
    字串: '字符串',
    函式: '函数',
    部落格: '博客',
    游标: '光标',
    点选: '点击',
    点阅: '点击',
    解析度: '分辨率',
    专案: '项目',
    实作: '实现',
    记忆体: '内存',
    硬碟: '硬盘',
    随身碟: 'U盘',
    设定: '设置',
    汇出: '导出',
    汇入: '导入',
    载入: '加载',
    重新整理: '刷新',
    快速键: '快捷键',
    空白键: '空格键',
    字型: '字体',
    视觉化: '可视化',
    快取: '缓存',
    撷取: '截取',
    作业系统: '操作系统',
    云端运算: '云计算',
    宽频: '宽带',
    频宽: '带宽',
    简讯: '短信',
    笔电: '笔记本电脑',
    行动装置: '移动设备',
    贴文: '帖子',
    按赞: '点赞',
    连字号: '连字符',
    // Writing and publishing.
    透过: '通过', // "by way of"; 透过窗户 (through a window) reads oddly either way
    编按: '编者按',
    纪录: '记录', // a log; a record broken (世界纪录) is mainland 纪录 (except)
    水准: '水平',
    释出: '发布',
    营运: '运营',
    智慧财产: '知识产权',
    奈米: '纳米',
    雷射: '激光',
    川普: '特朗普',
  },
  {
    开启: ['开启了', '开启新'],
    档: ['文档', '档次', '搭档', '高档', '低档', '中档', '空档', '档期', '归档', '存档', '档位'],
    资料: ['参考资料', '背景资料', '相关资料'],
    预设: ['预设立场', '预设前提'],
    程式: ['方程式', '程式化'],
    数位: ['多数位于', '数位于'],
    纪录: ['世界纪录', '新纪录', '打破纪录', '纪录片'],
    字元: ['字元素'],
    设定: ['设定目标', '人物设定'],
    载入: ['载入史册'],
  },
);

export interface TaiwanWordHit {
  word: TaiwanWord;
  /** Where it starts in the text, in UTF-16 code units. */
  index: number;
}

/** Whether the occurrence of `word` at `index` lies inside one of its mainland `except` words. */
function excused(text: string, word: TaiwanWord, index: number): boolean {
  return (word.except ?? []).some((longer) => {
    for (let at = longer.indexOf(word.taiwan); at !== -1; at = longer.indexOf(word.taiwan, at + 1))
      if (text.startsWith(longer, index - at)) return true;
    return false;
  });
}

/**
 * Every Taiwan word in `text`, in order, without overlaps: where two overlap (档 and 档案),
 * the longer is the one found.
 */
export function findTaiwanWords(text: string): TaiwanWordHit[] {
  const hits: TaiwanWordHit[] = [];
  for (const word of TAIWAN_VOCABULARY)
    for (let i = text.indexOf(word.taiwan); i !== -1; i = text.indexOf(word.taiwan, i + 1))
      if (!excused(text, word, i)) hits.push({ word, index: i });
  hits.sort((a, b) => a.index - b.index || b.word.taiwan.length - a.word.taiwan.length);
  const kept: TaiwanWordHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (!last || hit.index >= last.index + last.word.taiwan.length) kept.push(hit);
  }
  return kept;
}

/** `text` (Simplified) with every Taiwan word replaced by its mainland form. */
export function withMainlandVocabulary(text: string): string {
  let result = '';
  let at = 0;
  for (const { word, index } of findTaiwanWords(text)) {
    result += text.slice(at, index) + word.mainland;
    at = index + word.taiwan.length;
  }
  return result + text.slice(at);
}
