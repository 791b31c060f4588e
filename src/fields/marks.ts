// Check marks. A mark is checked or unchecked; a list cell is a run of mark + label pairs
// (`■政府网站 □政府公报`, `<input checked> 全社会 <input> 特定群众`, `R政府网站 £政府公报`).

import { CHECKED, PUA_UNCHECKED, UNCHECKED } from '../vocabulary/marks.js';

export type MarkState = 'checked' | 'unchecked';

export interface MarkedLabel {
  state: MarkState;
  label: string;
  /** The mark came from a symbol font (PUA, or a letter that lost its Wingdings font). */
  symbolFont: boolean;
}

// A mark token: an <input> checkbox, a box/tick character, a PUA symbol, or — only where a list
// uses them — the letters R/t/£ and the CJK 口 that stand in for boxes.
const TOKEN =
  /<input\b[^>]*>|[■☑☒√✓✔□☐]|\u{1F5F9}|\u{1F78E}|[\uf000-\uf0ff]|(?:^|(?<=[\s\u3000]))(?:[Rt£口])(?=[\u3400-\u9fff])/gu;

function stateOf(token: string): { state: MarkState; symbolFont: boolean } {
  if (token.startsWith('<')) return { state: /\bchecked\b/i.test(token) ? 'checked' : 'unchecked', symbolFont: false };
  const cp = token.codePointAt(0)!;
  if (cp >= 0xf000 && cp <= 0xf0ff) return { state: PUA_UNCHECKED.has(cp) ? 'unchecked' : 'checked', symbolFont: true };
  if (token === 'R' || token === 't') return { state: 'checked', symbolFont: true };
  if (token === '£') return { state: 'unchecked', symbolFont: true };
  if (token === '口') return { state: 'unchecked', symbolFont: false };
  if (CHECKED.includes(token)) return { state: 'checked', symbolFont: false };
  if (UNCHECKED.includes(token)) return { state: 'unchecked', symbolFont: false };
  return { state: 'checked', symbolFont: false };
}

/** Split a cell into mark + label pairs; text before the first mark is returned as `lead`. */
export function parseMarkedList(text: string): { lead: string; items: MarkedLabel[] } {
  const items: MarkedLabel[] = [];
  const all = [...text.matchAll(TOKEN)];
  // A lone R, t, £ or 口 is a letter or a word (口岸), not a box: stand-ins count only in a list.
  const tokens = all.length >= 2 ? all : all.filter((m) => !/^[Rt£口]$/.test(m[0]));
  if (tokens.length === 0) return { lead: text.trim(), items };
  const lead = text.slice(0, tokens[0]!.index).trim();
  tokens.forEach((m, i) => {
    const end = i + 1 < tokens.length ? tokens[i + 1]!.index : text.length;
    const label = text
      .slice(m.index + m[0].length, end)
      .replace(/\s+/g, ' ')
      .trim();
    items.push({ ...stateOf(m[0]), label });
  });
  return { lead, items };
}

/** Does the cell hold at least one box mark (not just a lone tick)? */
export function isMarkedList(text: string): boolean {
  const { items } = parseMarkedList(text);
  return items.length > 0 && items.some((i) => i.label !== '');
}

export interface MarkCell {
  /** null: the cell is blank; the caller decides between false and unknown. */
  value: boolean | null;
  /** Free text beside or instead of the mark (√拟征收土地所在地的村集体成员). */
  note: string | null;
  symbolFont: boolean;
}

/** One mark column (全社会, 主动, 县级 …): √ is true, □ false, blank null, free text true with a note. */
export function parseMarkCell(text: string): MarkCell {
  const t = text.trim();
  if (t === '') return { value: null, note: null, symbolFont: false };
  const { lead, items } = parseMarkedList(t);
  if (items.length === 0) return { value: true, note: lead, symbolFont: false };
  const first = items[0]!;
  const note = [lead, ...items.map((i) => i.label)].filter((s) => s !== '').join(' ') || null;
  return { value: first.state === 'checked', note, symbolFont: items.some((i) => i.symbolFont) };
}
