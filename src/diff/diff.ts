// Two catalogues → their items aligned one to one, and what changed between matched items. No two
// agencies name or nest their items alike, so items are matched by what they say:
//  - candidates come from an inverted index of character bigrams of each item's name and content,
//    rare bigrams weighing more (idf), and only the best few per item are scored — never all pairs;
//  - a pair's score is mostly the cosine of the two items' bigram vectors, TF-IDF weighted over
//    both catalogues (so 公开, 信息, 部门 weigh little), then how alike the names are (Dice, or
//    containment: names nest) and whether one item's name is quoted in the other's content;
//  - the best-scoring pair is taken first, each item used once; pairs at or over `accept` match,
//    pairs in [review, accept) go to `review` for a person, the rest are only in A or only in B.
// The thresholds were calibrated on the labelled pairs in test/diff/labels.json.
import type { Catalogue, Item } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Change, Pair } from '../model/diff.generated.js';
import { bigrams, containment, coverage, dice, matchText } from './matchText.js';

export interface DiffOptions {
  /** Score from which a pair is a match (default 0.2). */
  accept?: number;
  /** Score from which a pair not accepted is shown for review (default 0.12). */
  review?: number;
  /** Candidates scored per item (default 12). */
  candidates?: number;
}

export const DEFAULT_THRESHOLDS = { accept: 0.2, review: 0.12 } as const;

interface Profile {
  item: Item;
  name: string;
  content: string;
  context: string;
  grams: string[];
  /** TF-IDF weights of the item's bigrams (name bigrams count twice), and the vector's length. */
  vector: Map<string, number>;
  norm: number;
}

function profile(item: Item): Profile {
  const last = item.path[item.path.length - 1] ?? '';
  const content = matchText(item.content ?? '').slice(0, 120);
  const name = matchText(last) || content.slice(0, 20);
  const context = matchText(item.path.slice(0, -1).join(''));
  return { item, name, content, context, grams: [...new Set([...bigrams(name), ...bigrams(content.slice(0, 60))])], vector: new Map(), norm: 0 };
}

/** Weigh every profile's bigrams by how rare they are among all items of both catalogues. */
function weigh(profiles: Profile[]): void {
  const df = new Map<string, number>();
  for (const p of profiles) for (const g of new Set([...bigrams(p.name), ...bigrams(p.content)])) df.set(g, (df.get(g) ?? 0) + 1);
  const n = profiles.length;
  for (const p of profiles) {
    const tf = new Map<string, number>();
    for (const g of bigrams(p.name)) tf.set(g, (tf.get(g) ?? 0) + 2);
    for (const g of bigrams(p.content)) tf.set(g, (tf.get(g) ?? 0) + 1);
    for (const [g, f] of tf) p.vector.set(g, f * Math.log(1 + n / df.get(g)!));
    p.norm = Math.sqrt([...p.vector.values()].reduce((sum, w) => sum + w * w, 0));
  }
}

function cosine(a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small.vector) dot += w * (large.vector.get(g) ?? 0);
  return dot / (a.norm * b.norm);
}

export function score(a: Profile, b: Profile): number {
  // Names nest (规划计划 in 工业和科学技术信息化规划计划), so containment counts, a little less than equality.
  const names = a.name === b.name && a.name.length >= 2 ? 1 : Math.max(dice(a.name, b.name), 0.6 * containment(a.name, b.name));
  // One item's name quoted in the other's content (立改废 … 规范性文件清理结果).
  const quoted = Math.max(coverage(a.name, b.content), coverage(b.name, a.content));
  return 0.6 * cosine(a, b) + 0.2 * names + 0.2 * quoted;
}

/** For each item of A, the ids (indexes into B) of its best candidates, by shared rare bigrams. */
function candidates(as: readonly Profile[], bs: readonly Profile[], perItem: number): number[][] {
  const postings = new Map<string, number[]>();
  bs.forEach((b, j) => {
    for (const g of b.grams) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  const n = bs.length;
  const common = Math.max(50, n * 0.2); // a bigram in this many items says nothing: skipped
  return as.map((a) => {
    const weight = new Map<number, number>();
    for (const g of a.grams) {
      const list = postings.get(g);
      if (!list || list.length > common) continue;
      const idf = Math.log(1 + n / list.length);
      for (const j of list) weight.set(j, (weight.get(j) ?? 0) + idf);
    }
    return [...weight].sort((x, y) => y[1] - x[1]).slice(0, perItem).map(([j]) => j);
  });
}

export function diff(a: Catalogue, b: Catalogue, options: DiffOptions = {}): CatalogueDiff {
  const accept = options.accept ?? DEFAULT_THRESHOLDS.accept;
  const review = options.review ?? DEFAULT_THRESHOLDS.review;
  const as = a.items.map(profile);
  const bs = b.items.map(profile);
  weigh([...as, ...bs]);
  const scored: Array<{ i: number; j: number; s: number }> = [];
  candidates(as, bs, options.candidates ?? 12).forEach((js, i) => {
    for (const j of js) {
      const s = score(as[i]!, bs[j]!);
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
  if (matchText(a.content ?? '') !== matchText(b.content ?? '')) field('content', a.content, b.content);
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
