// 公开时限 → days + unit + trigger, keeping the text. "自该信息形成或者变更之日起20个工作日内"
// is 20 workdays from 形成或者变更; 及时/实时/常年 are qualifiers without a number; 同上 takes the
// row above's values (the caller passes them).
import type { TimeLimit } from '../model/catalogue.generated.js';

type Unit = 'workday' | 'day' | 'month';

const NUMBER = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)';
// A duration, not a date: "1月31日前" names a day of the year, so a number right after 年/月 is
// skipped and 月 counts only as 个月 or 月内.
const LIMIT = new RegExp(`(?<![年月\\d.])${NUMBER}\\s*(?:个)?\\s*(工作日|自然日|日|天|(?<=个\\s*)月|月(?=内))`, 'g');
const QUALIFIERS = ['实时', '即时', '及时', '常年', '长期', '定期', '随时'];

export function parseTimeLimit(text: string, above: TimeLimit | null = null): TimeLimit {
  const compact = text.replace(/\s+/g, '');
  if (/^同上[。.]?$/.test(compact) && above) {
    return { ...above, text, sameAsAbove: true };
  }
  const found: Array<{ days: number; unit: Unit; trigger: string | null }> = [];
  let cursor = 0;
  for (const m of compact.matchAll(LIMIT)) {
    const days = toNumber(m[1]!);
    if (days === null) continue;
    found.push({ days, unit: unitOf(m[2]!), trigger: triggerOf(compact.slice(cursor, m.index)) });
    cursor = m.index + m[0].length;
  }
  const qualifier = QUALIFIERS.find((q) => compact.includes(q)) ?? null;
  const [first, ...also] = found;
  const limit: TimeLimit = {
    text,
    days: first?.days ?? null,
    unit: first?.unit ?? null,
    trigger: first?.trigger ?? null,
    qualifier,
  };
  if (also.length > 0) limit.also = also;
  return limit;
}

function unitOf(word: string): Unit {
  if (word === '工作日') return 'workday';
  if (word === '月') return 'month';
  return 'day';
}

/** What the clock starts from: the words before 之日起 / 后 / 起 in the stretch before the number. */
function triggerOf(before: string): string | null {
  const stretch = before.split(/[，,；;。]/).pop() ?? '';
  const m = /(.+?)(?:之日起|之日|以后|后|起)$/.exec(stretch);
  if (!m) return null;
  const trigger = m[1]!.replace(/^(?:自|从|在)/, '').replace(/^(?:该|本)?(?:政府)?信息(?=.)/, '');
  return trigger === '' ? null : trigger;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function toNumber(s: string): number | null {
  // A day count no time limit can be (a misprint, a run of digits) is no count.
  if (/^\d/.test(s)) return Number.isSafeInteger(Number(s)) ? Number(s) : null;
  // Chinese numerals up to 999: 十 = 10, 二十 = 20, 十五 = 15, 一百二十 = 120.
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in DIGITS) digit = DIGITS[ch]!;
    else return null;
  }
  return total + digit;
}
