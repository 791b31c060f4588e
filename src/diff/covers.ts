// One item covering several of the other catalogue's: 部门预决算 ↔ 部门预算 + 部门决算, “双公示” ↔
// the 行政许可信息 and 行政处罚信息 items under a category of that name. A one-to-one alignment can
// take only one of the several; these are found after it, by two rules:
//  - a category: an item named as a category of the other catalogue is (its name, or a term the
//    category's name puts in quotes, 行政执法检查“双随机” → 双随机, found in the item's name)
//    covers that category's items, when none of them is matched elsewhere (categories are looked
//    up by name, never tried one by one against every item);
//  - siblings: an item left over whose best counterpart is matched to a sibling of it (an item
//    under the same path) joins that match, when it scores at least six tenths of the match's
//    score and both siblings' names are written within the counterpart's (部门预算 and 部门决算
//    in 部门预决算).
import type { Profile } from './profile.js';
import { matchText } from './matchText.js';

/** The alignment so far: for each item, the index of its match on the other side, or -1; the score of A's matches. */
export interface Alignment {
  matchA: Int32Array;
  matchB: Int32Array;
  scoreA: Float64Array;
}

/** A group: one item of `side` covering several items of the other side (indexes). */
export interface Group {
  side: 'a' | 'b';
  one: number;
  several: number[];
}

/** Candidate pairs scored in the one-to-one pass: indexes and scores. */
export interface Scored {
  is: Int32Array;
  js: Int32Array;
  ss: Float64Array;
  n: number;
}

const parentOf = (p: Profile): string => p.item.path.slice(0, -1).join('\u0000');

/** How alike to the one item a sibling must be, against how alike its matched sibling is. */
const SIBLING_RATIO = 0.6;

/** The groups. */
export function covers(
  as: readonly Profile[],
  bs: readonly Profile[],
  m: Alignment,
  scored: Scored,
  accept: number,
): Group[] {
  const grouped = [new Uint8Array(as.length), new Uint8Array(bs.length)] as const;
  const groups: Group[] = [];
  const add = (g: Group): void => {
    const [own, other] = g.side === 'a' ? grouped : [grouped[1], grouped[0]];
    own[g.one] = 1;
    for (const k of g.several) other[k] = 1;
    groups.push(g);
  };
  for (const side of ['a', 'b'] as const) {
    const [ones, others, matchOne, matchOther] =
      side === 'a' ? [as, bs, m.matchA, m.matchB] : [bs, as, m.matchB, m.matchA];
    const [oneGrouped, otherGrouped] = side === 'a' ? grouped : [grouped[1], grouped[0]];
    const index = categories(others);
    for (let one = 0; one < ones.length; one++) {
      if (oneGrouped[one]) continue;
      for (const category of index.named(ones[one]!.name)) {
        const free = category.items.every((o) => !otherGrouped[o] && (matchOther[o] === -1 || matchOther[o] === one));
        if (free && category.items.length >= 2 && (matchOne[one] === -1 || category.items.includes(matchOne[one]!))) {
          add({ side, one, several: category.items });
          break;
        }
      }
    }
  }
  // Siblings: for each item of the several's side left over, its best-scoring item of the one's side.
  for (const side of ['a', 'b'] as const) {
    const [ones, others, matchOne, matchOther, oneIndex, otherIndex] =
      side === 'a'
        ? [as, bs, m.matchA, m.matchB, scored.is, scored.js]
        : [bs, as, m.matchB, m.matchA, scored.js, scored.is];
    const [oneGrouped, otherGrouped] = side === 'a' ? grouped : [grouped[1], grouped[0]];
    const best = new Int32Array(others.length).fill(-1);
    const bestScore = new Float64Array(others.length);
    for (let k = 0; k < scored.n; k++) {
      const x = otherIndex[k]!;
      if (scored.ss[k]! > bestScore[x]!) ((best[x] = oneIndex[k]!), (bestScore[x] = scored.ss[k]!));
    }
    const joined = new Map<number, number[]>();
    others.forEach((p, x) => {
      const one = best[x]!;
      if (matchOther[x] !== -1 || otherGrouped[x] || one === -1 || bestScore[x]! < accept || oneGrouped[one]) return;
      const sibling = matchOne[one]!;
      if (sibling === -1 || parentOf(p) === '' || parentOf(others[sibling]!) !== parentOf(p)) return;
      // About as alike to the one as its matched sibling is, and both named within its name:
      // 部门决算 and 部门预算 in 部门预决算.
      if (bestScore[x]! < SIBLING_RATIO * m.scoreA[side === 'a' ? one : sibling]!) return;
      if (!namedWithin(p, ones[one]!) || !namedWithin(others[sibling]!, ones[one]!)) return;
      joined.set(one, [...(joined.get(one) ?? [sibling]), x]);
    });
    for (const [one, several] of joined) add({ side, one, several });
  }
  return groups;
}

/** An item's own name, without a qualifier in brackets at its end (部门预算（财政局） → 部门预算). */
const coreName = (p: Profile): string =>
  matchText((p.item.path[p.item.path.length - 1] ?? '').replace(/[（(][^（()）]*[)）]\s*$/u, ''));

/** Whether every character of the part's name is in the whole's name (部门决算 in 部门预决算). */
function namedWithin(part: Profile, whole: Profile): boolean {
  const name = coreName(part);
  const within = new Set(coreName(whole));
  return name.length >= 2 && [...name].every((c) => within.has(c));
}

/** A quoted term this long or longer is not a category's short name. */
const MAX_QUOTED = 12;

/**
 * The categories of a catalogue (the paths above its items), found by the names an item may call
 * them by: by the whole name, or by a quoted term of it that the item's name equals or holds.
 * Looked up in maps, by the item's name and the substrings of it a term could be: the work grows
 * with the items, never with items times categories.
 */
function categories(items: readonly Profile[]): { named: (name: string) => Array<{ items: number[] }> } {
  const byKey = new Map<string, { items: number[] }>();
  const byName = new Map<string, Array<{ items: number[] }>>();
  const byQuoted = new Map<string, Array<{ items: number[] }>>();
  const add = (map: Map<string, Array<{ items: number[] }>>, key: string, c: { items: number[] }): void => {
    const list = map.get(key);
    if (!list) map.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  items.forEach((p, k) => {
    const key = parentOf(p);
    if (key === '') return;
    let category = byKey.get(key);
    if (!category) {
      byKey.set(key, (category = { items: [] }));
      const last = p.item.path[p.item.path.length - 2]!;
      const own = matchText(last);
      if (own.length >= 2) add(byName, own, category);
      for (const q of last.matchAll(/[“"「『]([^”"」』]+)[”"」』]/g)) {
        const term = matchText(q[1]!);
        if (term.length >= 3 && term.length <= MAX_QUOTED) add(byQuoted, term, category);
      }
    }
    category.items.push(k);
  });
  return {
    named: (name) => {
      const found = [...(byName.get(name) ?? [])];
      // A term is looked for in the first 60 characters of a name (a name is short; a list of
      // powers printed as a name runs to thousands).
      const scanned = name.slice(0, 60);
      if (byQuoted.size > 0)
        for (let i = 0; i < scanned.length; i++)
          for (let j = i + 3; j <= Math.min(scanned.length, i + MAX_QUOTED); j++)
            for (const c of byQuoted.get(scanned.slice(i, j)) ?? []) if (!found.includes(c)) found.push(c);
      return found;
    },
  };
}
