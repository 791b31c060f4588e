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

/** An item as the matcher sees it: its bigrams interned to small integers, with TF-IDF weights. */
interface Profile {
  item: Item;
  name: string;
  content: string;
  /** The name's distinct bigrams, and their idf weights summed. */
  nameGrams: Int32Array;
  nameWeight: number;
  /** Distinct bigrams of the path above the item (政策解读 in 政策解读 / 部门解读). */
  parentGrams: Int32Array;
  /** Distinct bigrams of name and content, with TF-IDF weights (a name bigram counts twice), and the vector's length. */
  vector: Int32Array;
  weights: Float64Array;
  norm: number;
  /** How many of `vector`'s bigrams are looked up for candidates: the name's and the first 60 characters' of content. */
  lookups: number;
}

const NUMBERED = /^\s*(?:\d+[.、．]|[（(]\d+[)）]|[①-⑳])/u;

/** Bigrams interned to small integers, so that items compare by array lookups, not by hashing strings. */
class Bigrams {
  private readonly ids = new Map<number, number>();
  private seen = new Int32Array(1024);
  private at = new Int32Array(1024);
  private stamp = 0;

  get size(): number {
    return this.ids.size;
  }

  /** The text's distinct bigrams in the order they first occur; a bigram is keyed by its two UTF-16 code units, a one-character text by its one. */
  distinct(text: string): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (let i = 0; i + 1 < text.length || (i === 0 && text.length === 1); i++) {
      const key = text.length === 1 ? text.charCodeAt(0) : text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
        if (id === this.seen.length) this.grow();
      }
      if (this.seen[id] !== stamp) {
        this.seen[id] = stamp;
        out.push(id);
      }
    }
    return out;
  }

  /** A name's and a content's bigrams as one vector of term frequencies: 2 for a name bigram, 1 for content's, 3 for both. The first `lookups` entries are the name's and the first `lookupContent` content bigrams'. */
  vector(
    name: readonly number[],
    content: readonly number[],
    lookupContent: number,
  ): { ids: Int32Array; tf: Float64Array; lookups: number } {
    const stamp = ++this.stamp;
    const ids = new Int32Array(name.length + content.length);
    const tf = new Float64Array(ids.length);
    let n = 0;
    for (const g of name) {
      this.seen[g] = stamp;
      this.at[g] = n;
      ids[n] = g;
      tf[n++] = 2;
    }
    let lookups = n;
    content.forEach((g, k) => {
      if (this.seen[g] === stamp) tf[this.at[g]!] = 3;
      else ((ids[n] = g), (tf[n++] = 1));
      if (k < lookupContent) lookups = n;
    });
    return { ids: ids.subarray(0, n), tf: tf.subarray(0, n), lookups };
  }

  private grow(): void {
    const seen = new Int32Array(this.seen.length * 2);
    seen.set(this.seen);
    this.seen = seen;
    const at = new Int32Array(this.at.length * 2);
    at.set(this.at);
    this.at = at;
  }
}

function profiler(bigrams: Bigrams): (item: Item) => Profile {
  const paths = new Map<string, Int32Array>(); // the paths above items repeat: each is read once
  const parentGrams = (path: readonly string[]): Int32Array => {
    const key = path.slice(0, -1).join('\u0000');
    let grams = paths.get(key);
    if (!grams) paths.set(key, (grams = Int32Array.from(bigrams.distinct(matchText(path.slice(0, -1).join(''))))));
    return grams;
  };
  return (item) => {
    const content = matchText((item.content ?? '').slice(0, 200)).slice(0, 160);
    // A short numbered line under a shared name (32.2 财政资金 · "2. 政府采购事项") names the item itself.
    const own =
      NUMBERED.test(item.content ?? '') && content.length <= 24
        ? content
        : matchText(item.path[item.path.length - 1] ?? '');
    const name = own || content.slice(0, 20);
    const nameGrams = bigrams.distinct(name);
    const { ids, tf, lookups } = bigrams.vector(nameGrams, bigrams.distinct(content), 59);
    return {
      item,
      name,
      content,
      nameGrams: Int32Array.from(nameGrams),
      nameWeight: 0,
      parentGrams: parentGrams(item.path),
      vector: ids,
      weights: tf,
      norm: 0,
      lookups,
    };
  };
}

/** Weigh every profile's bigrams by how rare they are among all items of both catalogues (TF-IDF); the idf of each bigram. */
function weigh(profiles: readonly Profile[], size: number): Float64Array {
  const df = new Int32Array(size);
  for (const p of profiles) for (const g of p.vector) df[g]!++;
  const idf = Float64Array.from(df, (d) => Math.log(1 + profiles.length / Math.max(1, d)));
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
 * Scores items of B against one item of A at a time: A's item is spread over arrays indexed by
 * bigram, so comparing it with an item of B is one pass over B's bigrams.
 */
class Scorer {
  private readonly weight: Float64Array;
  private readonly inName: Int32Array;
  private readonly inPath: Int32Array;
  private a: Profile | null = null;
  private stamp = 0;

  constructor(
    size: number,
    private readonly idf: Float64Array,
  ) {
    this.weight = new Float64Array(size);
    this.inName = new Int32Array(size);
    this.inPath = new Int32Array(size);
  }

  /** Make `a` the item the next scores are about. */
  load(a: Profile): void {
    if (this.a) for (const g of this.a.vector) this.weight[g] = 0;
    this.a = a;
    const stamp = ++this.stamp;
    a.vector.forEach((g, k) => (this.weight[g] = a.weights[k]!));
    for (const g of a.nameGrams) this.inName[g] = stamp;
    for (const g of a.parentGrams) this.inPath[g] = stamp;
  }

  /**
   * How alike the loaded item and `b` are, from 0 to 0.9: mostly what they say (cosine), then what
   * they are called, then where they sit (the names above them).
   */
  score(b: Profile): number {
    const a = this.a!;
    let dot = 0;
    for (let k = 0; k < b.vector.length; k++) dot += b.weights[k]! * this.weight[b.vector[k]!]!;
    const c = a.norm === 0 || b.norm === 0 ? 0 : dot / (a.norm * b.norm);
    let sharedPath = 0;
    for (const g of b.parentGrams) if (this.inPath[g] === this.stamp) sharedPath++;
    const context =
      a.parentGrams.length + b.parentGrams.length === 0
        ? 0
        : (2 * sharedPath) / (a.parentGrams.length + b.parentGrams.length);
    return 0.6 * c + 0.2 * this.names(a, b) + 0.1 * context;
  }

  /**
   * Names compared by the rare bigrams they share (idf-weighted Dice, so 机构 in 派出机构 and
   * 机构简介 weighs little), by containment (names nest: 规划计划 in 工业和科学技术信息化规划计划),
   * or by edit distance when it is small (规范性文件清理结果 / 规范性文件清理信息).
   */
  private names(a: Profile, b: Profile): number {
    if (a.name === b.name && a.name.length >= 2) return 1;
    let shared = 0;
    for (const g of b.nameGrams) if (this.inName[g] === this.stamp) shared += this.idf[g]!;
    const dice = (2 * shared) / (a.nameWeight + b.nameWeight || 1);
    const contained = shared / (Math.min(a.nameWeight, b.nameWeight) || 1);
    const longer = Math.max(1, a.name.length, b.name.length);
    // An edit similarity of 0.6 or more needs lengths within 40% of each other.
    const edit =
      Math.abs(a.name.length - b.name.length) > 0.4 * longer ? 0 : 1 - levenshtein.get(a.name, b.name) / longer;
    return Math.max(dice, 0.6 * contained, edit >= 0.6 ? edit : 0);
  }
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
function candidates(as: readonly Profile[], bs: readonly Profile[], size: number, perItem: number): number[][] {
  // Postings in one array: the items of B that look up bigram g are items[start[g] .. start[g + 1]).
  const start = new Int32Array(size + 1);
  for (const b of bs) for (let k = 0; k < b.lookups; k++) start[b.vector[k]! + 1]!++;
  for (let g = 0; g < size; g++) start[g + 1]! += start[g]!;
  const items = new Int32Array(start[size]!);
  const filled = start.slice(0, size);
  bs.forEach((b, j) => {
    for (let k = 0; k < b.lookups; k++) items[filled[b.vector[k]!]!++] = j;
  });
  const n = bs.length;
  const common = Math.max(50, Math.min(200, n * 0.02)); // in more items than this, a bigram says nothing
  const lookups = 16;
  const weight = new Float64Array(n);
  return as.map((a) => {
    const rarest: number[] = [];
    for (let k = 0; k < a.lookups; k++) {
      const g = a.vector[k]!;
      const count = start[g + 1]! - start[g]!;
      if (count > 0 && count <= common) rarest.push(g);
    }
    rarest.sort((x, y) => start[x + 1]! - start[x]! - (start[y + 1]! - start[y]!));
    const touched: number[] = [];
    for (const g of rarest.slice(0, lookups)) {
      const idf = Math.log(1 + n / (start[g + 1]! - start[g]!));
      for (let p = start[g]!; p < start[g + 1]!; p++) {
        const j = items[p]!;
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
  const bigrams = new Bigrams();
  const profile = profiler(bigrams);
  const as = a.items.map(profile);
  const bs = b.items.map(profile);
  const idf = weigh([...as, ...bs], bigrams.size);
  const scorer = new Scorer(bigrams.size, idf);
  // Every candidate pair scoring at least `review`, in typed arrays: there are up to twelve an item.
  const perItem = options.candidates ?? 12;
  const [is, js, ss] = [
    new Int32Array(as.length * perItem),
    new Int32Array(as.length * perItem),
    new Float64Array(as.length * perItem),
  ];
  let n = 0;
  candidates(as, bs, bigrams.size, perItem).forEach((found, i) => {
    scorer.load(as[i]!);
    for (const j of found) {
      const s = scorer.score(bs[j]!);
      if (s >= review) ((is[n] = i), (js[n] = j), (ss[n++] = s));
    }
  });
  const order = new Uint32Array(n)
    .map((_, k) => k)
    .sort((x, y) => ss[y]! - ss[x]! || is[x]! - is[y]! || js[x]! - js[y]!);

  // Best first, each item once.
  const usedA = new Uint8Array(as.length);
  const usedB = new Uint8Array(bs.length);
  const pairs: Pair[] = [];
  const doubtful: Pair[] = [];
  for (const k of order) {
    const [i, j, s] = [is[k]!, js[k]!, ss[k]!];
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = usedB[j] = 1;
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
  const onlyA = a.items.filter((_, i) => !usedA[i]).map((it) => it.id);
  const onlyB = b.items.filter((_, j) => !usedB[j]).map((it) => it.id);
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
    summary: {
      matched: pairs.length,
      changed: pairs.filter((p) => p.changes.length > 0).length,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
      review: doubtful.length,
    },
  };
}

/** What differs between two matched items, field by field. */
export function changes(a: Item, b: Item): Change[] {
  const out: Change[] = [];
  // Every field compared here is a string, number, boolean or null.
  const field = (
    name: string,
    x: string | number | boolean | null | undefined,
    y: string | number | boolean | null | undefined,
  ): void => {
    if ((x ?? null) !== (y ?? null)) out.push({ field: name, a: x ?? null, b: y ?? null });
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
