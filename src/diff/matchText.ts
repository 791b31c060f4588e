// Text as the item matcher compares it: NFKC, no punctuation, spaces, numbering or markers, and a
// few synonyms folded (结果/决定, 办事指南/服务指南 …); similarity as character-bigram Dice and as
// edit distance (fast-levenshtein), whichever says more.
import levenshtein from 'fast-levenshtein';

const SYNONYMS: Array<[RegExp, string]> = [
  [/服务指南/g, '办事指南'],
  [/决定/g, '结果'],
  [/预决算/g, '预算决算'],
  [/政府领导|机构领导|局领导|领导信息/g, '领导'],
  [/两微一端/g, '政务新媒体'],
];

export function matchText(text: string): string {
  let t = text.normalize('NFKC');
  t = t.replace(/^[\s●▲★◆■※]*(?:\d+[.、]|[（(]\d+[)）]|[①-⑳])?/u, '');
  for (const [re, to] of SYNONYMS) t = t.replace(re, to);
  return t.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Sørensen–Dice over character bigrams (as multisets). */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b && a !== '' ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - levenshtein.get(a, b) / longest;
}

/** How much of the shorter text's bigrams the longer one holds (1 when one contains the other). */
export function containment(a: string, b: string): number {
  const x = new Set(bigrams(a));
  const y = new Set(bigrams(b));
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/** How much of `name`'s bigrams appear in `text` (a name quoted in the other item's content). */
export function coverage(name: string, text: string): number {
  const x = new Set(bigrams(name));
  if (x.size === 0 || text === '') return 0;
  let shared = 0;
  for (const g of x) if (text.includes(g)) shared++;
  return shared / x.size;
}
