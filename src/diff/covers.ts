// One item covering several of the other catalogue's: 部门预决算 ↔ 部门预算 + 部门决算, “双公示” ↔
// the 行政许可信息 and 行政处罚信息 items under a category of that name. A one-to-one alignment can
// take only one of the several; these are found after it, by two rules:
//  - a category: an item named as a category of the other catalogue is (its name, or a term the
//    category's name puts in quotes, 行政执法检查“双随机” → 双随机, found in the item's name)
//    covers that category's items, when none of them is matched elsewhere;
//  - siblings: an item left over whose best counterpart is matched, at a score that would have
//    matched it too, to a sibling of it (an item under the same path), joins that match.
import type { Profile } from './profile.js';
import { matchText } from './matchText.js';

/** The alignment so far: for each item, the index of its match on the other side, or -1. */
export interface Alignment {
  matchA: Int32Array;
  matchB: Int32Array;
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

/** The groups; `matchScore` is the score of a match taken, from the side of its one item. */
export function covers(
  as: readonly Profile[],
  bs: readonly Profile[],
  m: Alignment,
  scored: Scored,
  accept: number,
  matchScore: (side: 'a' | 'b', one: number, other: number) => number,
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
    for (const category of categories(others).values()) {
      for (let one = 0; one < ones.length; one++) {
        if (oneGrouped[one] || !category.names(ones[one]!.name)) continue;
        const free = category.items.every((o) => !otherGrouped[o] && (matchOther[o] === -1 || matchOther[o] === one));
        if (free && category.items.length >= 2 && (matchOne[one] === -1 || category.items.includes(matchOne[one]!))) {
          add({ side, one, several: category.items });
          break;
        }
      }
    }
  }
  // Siblings: the best counterpart of each item left over.
  for (const side of ['a', 'b'] as const) {
    const [mine, theirs, matchMine, matchTheirs, myIndex, theirIndex] =
      side === 'a'
        ? [bs, as, m.matchB, m.matchA, scored.js, scored.is]
        : [as, bs, m.matchA, m.matchB, scored.is, scored.js];
    const best = new Int32Array(mine.length).fill(-1);
    const bestScore = new Float64Array(mine.length);
    for (let k = 0; k < scored.n; k++) {
      const x = myIndex[k]!;
      if (scored.ss[k]! > bestScore[x]!) ((best[x] = theirIndex[k]!), (bestScore[x] = scored.ss[k]!));
    }
    const [mineGrouped, theirsGrouped] = side === 'a' ? [grouped[1], grouped[0]] : grouped;
    const joined = new Map<number, number[]>();
    mine.forEach((p, x) => {
      const one = best[x]!;
      if (matchMine[x] !== -1 || mineGrouped[x] || one === -1 || bestScore[x]! < accept || theirsGrouped[one]) return;
      const sibling = matchTheirs[one]!;
      if (sibling === -1 || parentOf(mine[sibling]!) !== parentOf(p) || parentOf(p) === '') return;
      // About as alike to the one as its matched sibling is, and both named within its name:
      // 部门决算 and 部门预算 in 部门预决算.
      if (bestScore[x]! < SIBLING_RATIO * matchScore(side, one, sibling)) return;
      const within = (k: number): boolean => namedWithin(mine[k]!, theirs[one]!);
      if (!within(x) || !within(sibling)) return;
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

/** The categories of a catalogue (the paths above its items) with the names an item may call them by. */
function categories(items: readonly Profile[]): Map<string, { items: number[]; names: (name: string) => boolean }> {
  const out = new Map<string, { items: number[]; names: (name: string) => boolean }>();
  items.forEach((p, k) => {
    const key = parentOf(p);
    if (key === '') return;
    let category = out.get(key);
    if (!category) {
      const last = p.item.path[p.item.path.length - 2]!;
      const own = matchText(last);
      const quoted = [...last.matchAll(/[“"「『]([^”"」』]+)[”"」』]/g)]
        .map((q) => matchText(q[1]!))
        .filter((q) => q.length >= 3);
      const names = (name: string): boolean =>
        (name.length >= 2 && name === own) || quoted.some((q) => name === q || name.includes(q));
      out.set(key, (category = { items: [], names }));
    }
    category.items.push(k);
  });
  return out;
}
