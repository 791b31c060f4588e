// Two catalogues → their items aligned one to one, and what changed between matched items. No two
// agencies name or nest their items alike, so items are matched by what they say:
//  - candidates come from an inverted index of character bigrams of each item's name and content,
//    rare bigrams weighing more (idf), and only the best few per item are scored — never all pairs;
//  - a pair's score is mostly the cosine of the two items' bigram vectors, TF-IDF weighted over
//    both catalogues (so 公开, 信息, 部门 weigh little), then how alike the names are (rare shared
//    bigrams, containment, or a small edit distance), then how alike the paths above them are;
//    a short numbered line under a shared name ("2. 政府采购事项" under 财政资金) is the item's name;
//  - the best-scoring pair is taken first, each item used once; pairs at or over `accept` match,
//    pairs in [review, accept) go to `review` for a person, the rest are only in A or only in B.
// The thresholds were calibrated on the labelled pairs in test/diff/labels.json.
import type { Catalogue, Item } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Change, Pair } from '../model/diff.generated.js';
import levenshtein from 'fast-levenshtein';
import { matchText } from './matchText.js';

export interface DiffOptions {
  /** Score from which a pair is a match (default 0.2). */
  accept?: number;
  /** Score from which a pair not accepted is shown for review (default 0.12). */
  review?: number;
  /** Candidates scored per item (default 12). */
  candidates?: number;
}

export const DEFAULT_THRESHOLDS = { accept: 0.12, review: 0.08 } as const;

/** An item as the matcher sees it: bigrams interned to integers, kept sorted, with TF-IDF weights. */
interface Profile {
  item: Item;
  name: string;
  content: string;
  nameGrams: Int32Array;
  /** The idf weights of the name's bigrams, summed. */
  nameWeight: number;
  /** Bigrams of the path above the item (政策解读 in 政策解读 / 部门解读). */
  parentGrams: Int32Array;
  /** Bigrams looked up for candidates: the name's and the first 60 characters of content's. */
  grams: Int32Array;
  /** TF-IDF weights of `vector` bigrams (name bigrams count twice), and the vector's length. */
  vector: Int32Array;
  weights: Float64Array;
  norm: number;
}

const NUMBERED = /^\s*(?:\d+[.、．]|[（(]\d+[)）]|[①-⑳])/u;

function profiler(): (item: Item) => Profile {
  const ids = new Map<number, number>();
  /** The text's bigrams as interned ids, in text order (with repeats); a bigram is keyed by its two UTF-16 code units. */
  const intern = (text: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i + 1 < text.length || (i === 0 && text.length === 1); i++) {
      const key = text.length === 1 ? text.charCodeAt(0) : text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out.push(id);
    }
    return out;
  };
  return (item) => {
    const content = matchText((item.content ?? '').slice(0, 200)).slice(0, 160);
    // A short numbered line under a shared name (32.2 财政资金 · "2. 政府采购事项") names the item itself.
    const own = NUMBERED.test(item.content ?? '') && content.length <= 24 ? content : matchText(item.path[item.path.length - 1] ?? '');
    const name = own || content.slice(0, 20);
    const contentIds = intern(content);
    const nameGrams = sortedSet(intern(name));
    const { values: vector, tf } = merge(nameGrams, sortedSet(contentIds));
    return {
      item,
      name,
      content,
      nameGrams,
      nameWeight: 0,
      parentGrams: sortedSet(intern(matchText(item.path.slice(0, -1).join('')))),
      grams: merge(nameGrams, sortedSet(contentIds.slice(0, 59))).values,
      vector,
      weights: tf,
      norm: 0,
    };
  };
}

/** Ascending, without repeats. */
function sortedSet(values: number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** The union of a name's and a content's bigrams, with each one's term frequency (a name bigram counts twice). */
function merge(name: Int32Array, content: Int32Array): { values: Int32Array; tf: Float64Array } {
  const values = new Int32Array(name.length + content.length);
  const tf = new Float64Array(name.length + content.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < name.length || j < content.length) {
    if (j >= content.length || (i < name.length && name[i]! < content[j]!)) (values[n] = name[i++]!), (tf[n++] = 2);
    else if (i >= name.length || content[j]! < name[i]!) (values[n] = content[j++]!), (tf[n++] = 1);
    else (values[n] = name[i++]!), j++, (tf[n++] = 3);
  }
  return { values: values.subarray(0, n), tf: tf.subarray(0, n) };
}

/** Weigh every profile's bigrams by how rare they are among all items of both catalogues (TF-IDF). */
function weigh(profiles: Profile[]): Float64Array {
  const df = new Int32Array(Math.max(0, ...profiles.map((p) => p.vector[p.vector.length - 1] ?? -1)) + 1);
  for (const p of profiles) for (const g of p.vector) df[g]!++;
  const n = profiles.length;
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / Math.max(1, d)));
  for (const p of profiles) {
    let sum = 0;
    for (let k = 0; k < p.vector.length; k++) {
      const w = p.weights[k]! * idf[p.vector[k]!]!;
      p.weights[k] = w;
      sum += w * w;
    }
    p.norm = Math.sqrt(sum);
    p.nameWeight = p.nameGrams.reduce((total, g) => total + idf[g]!, 0);
  }
  return idf;
}

/**
 * How alike two items are, from 0 to 0.9: mostly what they say (cosine), then what they are called,
 * then where they sit (the names above them). Under `floor` the answer may be 0 without the work.
 */
function score(a: Profile, b: Profile, idf: Float64Array, floor = 0): number {
  const c = cosine(a, b);
  if (0.6 * c + 0.3 < floor) return 0; // names and context add at most 0.3: it cannot reach the floor
  const context = diceOf(intersection(a.parentGrams, b.parentGrams), a.parentGrams, b.parentGrams);
  return 0.6 * c + 0.2 * nameSimilarity(a, b, idf) + 0.1 * context;
}

/**
 * Names compared by the rare bigrams they share (idf-weighted Dice, so 机构 in 派出机构 and
 * 机构简介 weighs little), by containment (names nest: 规划计划 in 工业和科学技术信息化规划计划),
 * or by edit distance when it is small (规范性文件清理结果 / 规范性文件清理信息).
 */
function nameSimilarity(a: Profile, b: Profile, idf: Float64Array): number {
  if (a.name === b.name && a.name.length >= 2) return 1;
  const shared = sharedWeight(a.nameGrams, b.nameGrams, idf);
  const dice = (2 * shared) / (a.nameWeight + b.nameWeight || 1);
  const contained = shared / (Math.min(a.nameWeight, b.nameWeight) || 1);
  const longer = Math.max(1, a.name.length, b.name.length);
  // An edit similarity of 0.6 or more needs lengths within 40% of each other.
  const edit = Math.abs(a.name.length - b.name.length) > 0.4 * longer ? 0 : 1 - levenshtein.get(a.name, b.name) / longer;
  return Math.max(dice, 0.6 * contained, edit >= 0.6 ? edit : 0);
}

// Sorted integer sets: merge-joins instead of hashing.
function intersection(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) (n++, i++, j++);
    else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return n;
}
const diceOf = (shared: number, x: Int32Array, y: Int32Array): number => (x.length + y.length === 0 ? 0 : (2 * shared) / (x.length + y.length));
function sharedWeight(x: Int32Array, y: Int32Array, idf: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) (sum += idf[x[i]!]!), i++, j++;
    else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return sum;
}

function cosine(a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.vector.length && j < b.vector.length) {
    if (a.vector[i]! === b.vector[j]!) dot += a.weights[i++]! * b.weights[j++]!;
    else if (a.vector[i]! < b.vector[j]!) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** The k values with the highest key, best first, in one pass (ties: the smaller value first). */
function topK(values: readonly number[], k: number, key: Float64Array): number[] {
  const best: number[] = [];
  const before = (x: number, y: number): boolean => key[x]! > key[y]! || (key[x] === key[y] && x < y);
  for (const v of values) {
    if (best.length === k && !before(v, best[k - 1]!)) continue;
    let at = best.length < k ? best.length : k - 1;
    while (at > 0 && before(v, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = v;
  }
  return best;
}



/**
 * For each item of A, its best candidates in B (indexes), by the rare bigrams they share: each
 * item looks up only its rarest bigrams, and bigrams found in very many items are skipped, so the
 * work grows with the number of items, not with its square.
 */
function candidates(as: readonly Profile[], bs: readonly Profile[], perItem: number): number[][] {
  const postings = new Map<number, number[]>();
  bs.forEach((b, j) => {
    for (const g of b.grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  const n = bs.length;
  const common = Math.max(50, Math.min(200, n * 0.02)); // in more items than this, a bigram says nothing
  const lookups = 16;
  const weight = new Float64Array(n);
  return as.map((a) => {
    const touched: number[] = [];
    const rarest = Array.from(a.grams, (g) => postings.get(g))
      .filter((list): list is number[] => list !== undefined && list.length <= common)
      .sort((x, y) => x.length - y.length)
      .slice(0, lookups);
    for (const list of rarest) {
      const idf = Math.log(1 + n / list.length);
      for (const j of list) {
        if (weight[j] === 0) touched.push(j);
        weight[j]! += idf;
      }
    }
    const best = topK(touched, perItem, weight);
    for (const j of touched) weight[j] = 0;
    return best;
  });
}

export function diff(a: Catalogue, b: Catalogue, options: DiffOptions = {}): CatalogueDiff {
  const accept = options.accept ?? DEFAULT_THRESHOLDS.accept;
  const review = options.review ?? DEFAULT_THRESHOLDS.review;
  const profile = profiler();
  const as = a.items.map(profile);
  const bs = b.items.map(profile);
  const idf = weigh([...as, ...bs]);
  const scored: Array<{ i: number; j: number; s: number }> = [];
  candidates(as, bs, options.candidates ?? 12).forEach((js, i) => {
    for (const j of js) {
      const s = score(as[i]!, bs[j]!, idf, review);
      if (s >= review) scored.push({ i, j, s });
    }
  });
  scored.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);

  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Pair[] = [];
  const doubtful: Pair[] = [];
  for (const { i, j, s } of scored) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const itemA = as[i]!.item;
    const itemB = bs[j]!.item;
    const pair: Pair = {
      a: itemA.id,
      b: itemB.id,
      score: Math.round(s * 1000) / 1000,
      method: as[i]!.name === bs[j]!.name && as[i]!.content === bs[j]!.content ? 'exact' : 'fuzzy',
      changes: changes(itemA, itemB),
    };
    (s >= accept ? pairs : doubtful).push(pair);
  }
  const inReview = (side: 'a' | 'b', id: string): boolean => doubtful.some((p) => p[side] === id);
  const onlyA = a.items.filter((_, i) => !usedA.has(i)).map((it) => it.id).filter((id) => !inReview('a', id));
  const onlyB = b.items.filter((_, j) => !usedB.has(j)).map((it) => it.id).filter((id) => !inReview('b', id));
  const byA = new Map(a.items.map((it, i) => [it.id, i]));
  pairs.sort((x, y) => byA.get(x.a)! - byA.get(y.a)!);
  return {
    kind: 'catalogue-diff',
    schemaVersion: 1,
    a: { agency: a.agency, source: a.source },
    b: { agency: b.agency, source: b.source },
    thresholds: { accept, review },
    pairs,
    onlyA,
    onlyB,
    review: doubtful,
    summary: { matched: pairs.length, changed: pairs.filter((p) => p.changes.length > 0).length, onlyA: onlyA.length, onlyB: onlyB.length, review: doubtful.length },
  };
}

/** What differs between two matched items, field by field. */
export function changes(a: Item, b: Item): Change[] {
  const out: Change[] = [];
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
  const field = (name: string, x: Change['a'] | undefined, y: Change['b'] | undefined): void => {
    if (!same(x ?? null, y ?? null)) out.push({ field: name, a: x ?? null, b: y ?? null });
  };
  const compact = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
  if (compact(a.content) !== compact(b.content)) field('content', a.content, b.content);
  field('publisher', a.publisher, b.publisher);
  field('timeLimit.days', a.timeLimit?.days, b.timeLimit?.days);
  field('timeLimit.unit', a.timeLimit?.unit, b.timeLimit?.unit);
  field('audience.public', a.audience.public, b.audience.public);
  field('audience.specific', a.audience.specific, b.audience.specific);
  field('mode.proactive', a.mode.proactive, b.mode.proactive);
  field('mode.onRequest', a.mode.onRequest, b.mode.onRequest);
  const ticked = (it: Item): string[] => it.channels.filter((c) => c.checked).map((c) => c.name);
  setChanges(out, 'channels', ticked(a), ticked(b));
  const cited = (it: Item): string[] => (it.basis?.citations ?? []).map((c) => c.docNo ?? matchText(c.title));
  setChanges(out, 'citations', cited(a), cited(b));
  return out;
}

function setChanges(out: Change[], name: string, a: string[], b: string[]): void {
  const added = [...new Set(b.filter((x) => !a.includes(x)))];
  const removed = [...new Set(a.filter((x) => !b.includes(x)))];
  if (added.length > 0) out.push({ field: `${name}.added`, a: null, b: added });
  if (removed.length > 0) out.push({ field: `${name}.removed`, a: removed, b: null });
}

