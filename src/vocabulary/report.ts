// The annual report's national templates (2019 and 2021) as data: section headings, table 2's
// items and value columns, table 3's rows and columns.
import levenshtein from 'fast-levenshtein';

/** Headings that mark a document as an annual report (the first four sections' words). */
export const REPORT_KIND_HEADINGS =
  /^[\s\t]*[一二三四五六][、.．]\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议)/gm;

/** Table 2's items (第二十条 第（一）… 项), as printed in either template. */
export const ITEMS = [
  '规章',
  '规范性文件',
  '行政规范性文件',
  '行政许可',
  '其他对外管理服务事项',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '政府集中采购',
];

/** Table 2's value columns → value keys. */
export const VALUE_KEYS: Array<[RegExp, string]> = [
  [/^本年新制作数量/, 'made'],
  [/^本年新公开数量/, 'published'],
  [/^对外公开总数量/, 'total'],
  [/^本年制发件数/, 'issued'],
  [/^本年废止件数/, 'repealed'],
  [/^现行有效件数/, 'inForce'],
  [/^上一年项目数量/, 'previous'],
  [/^本年增\/?减/, 'change'],
  [/^(本年)?处理决定数量/, 'decisions'],
  [/^(本年)?收费金额/, 'amount'],
  [/^采购项目数量/, 'projects'],
  [/^采购总金额/, 'amount'],
];

export const ARTICLE = /第二十条第[（(]([一二三四五六七八九十]+)[）)]项/;

/** Table 3's columns, in the order of every row's seven numbers. */
export const REQUEST_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'other',
  'total',
] as const;

/** Row key → its label in the national templates, with printed variants. */
export const REQUEST_ROWS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['newReceived', ['本年新收政府信息公开申请数量']],
  ['carriedOver', ['上年结转政府信息公开申请数量']],
  ['granted', ['予以公开']],
  ['partiallyGranted', ['部分公开']],
  ['denied.stateSecret', ['属于国家秘密']],
  ['denied.prohibitedByLaw', ['其他法律行政法规禁止公开', '其他法律法规禁止公开']],
  ['denied.threeSecurities', ['危及三安全一稳定']],
  ['denied.thirdParty', ['保护第三方合法权益']],
  ['denied.internalAffairs', ['属于三类内部事务信息']],
  ['denied.processInfo', ['属于四类过程性信息']],
  ['denied.enforcementFile', ['属于行政执法案卷']],
  ['denied.queryMatter', ['属于行政查询事项']],
  ['unable.notHeld', ['本机关不掌握相关政府信息']],
  ['unable.needsCreation', ['没有现成信息需要另行制作']],
  ['unable.unclear', ['补正后申请内容仍不明确']],
  ['notProcessed.petition', ['信访举报投诉类申请']],
  ['notProcessed.duplicate', ['重复申请']],
  ['notProcessed.publication', ['要求提供公开出版物']],
  ['notProcessed.massive', ['无正当理由大量反复申请']],
  ['notProcessed.confirm', ['要求行政机关确认或重新出具已获取信息']],
  ['other', ['其他处理']],
  ['other.overdueCorrection', ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请']],
  ['other.unpaidFee', ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请']],
  ['other.other', ['其他']],
  ['total', ['总计']],
  ['carriedForward', ['结转下年度继续办理']],
];

/** Table 3's group labels: rows that head a group and have no numbers of their own. */
export const GROUP_LABELS = /^(本年度办理结果|不予公开|无法提供|不予处理|申请人情况|法人或其他组织)$/;

/** The six sections of the report, by the words of their headings. */
export const SECTIONS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^总体情况$/],
  [2, /^主动公开政府信息情况$/],
  [3, /^收到和处理政府信息公开申请情况$/],
  [4, /^(政府信息公开)?行政复议[、和及与]?行政诉讼情况$/],
  [5, /^(政府信息公开工作)?存在的主要问题及改进情况$/],
  [6, /^其他需要报告的事项$/],
];
export const SECTION_NUMERALS = '一二三四五六';
/** A section heading: its printed numeral and its words. */
export const SECTION_HEADING = /^([一二三四五六])\s*[、.．]\s*(.{2,40}?)[。：:]?$/;

/** The section a heading opens (1–6) by its words, whatever its printed numeral; null if it is no heading. */
export function sectionOf(text: string): { no: number; numeral: string; title: string; fuzzy: boolean } | null {
  const h = SECTION_HEADING.exec(text.replace(/\s+/g, ''));
  if (!h) return null;
  const title = h[2]!;
  const exact = SECTIONS.find(([, re]) => re.test(title))?.[0];
  if (exact !== undefined) return { no: exact, numeral: h[1]!, title, fuzzy: false };
  // A typo or a variant wording (行政法复议, 行政复议与行政诉讼): the nearest template heading, if near.
  const bare = (t: string): string => t.replace(/[、，,和及与的]/g, '');
  let best: { no: number; distance: number; length: number } | null = null;
  for (const [no, words] of SECTION_WORDS) {
    for (const w of words) {
      const distance = levenshtein.get(bare(title), bare(w));
      if (!best || distance < best.distance) best = { no, distance, length: bare(w).length };
    }
  }
  return best && best.distance <= Math.max(1, Math.floor(best.length * 0.25))
    ? { no: best.no, numeral: h[1]!, title, fuzzy: true }
    : null;
}

/** Each section's heading words as the templates print them, for near matches. */
const SECTION_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['总体情况']],
  [2, ['主动公开政府信息情况']],
  [3, ['收到和处理政府信息公开申请情况']],
  [4, ['政府信息公开行政复议、行政诉讼情况', '行政复议、行政诉讼情况']],
  [5, ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况']],
  [6, ['其他需要报告的事项']],
];

/** Prose, not a label: a sentence's end, or longer than any label of the templates. */
export function isSentence(text: string): boolean {
  return /[。！？；]$/.test(text) || text.replace(/\s+/g, '').length > 60;
}

/** Table 4's column labels: each of its three groups prints these five. */
export const REVIEW_COLUMN_LABELS: readonly string[] = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
