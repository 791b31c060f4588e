// Two catalogues → their items aligned one to one, and what changed between matched items. No two
// agencies name or nest their items alike, so items are matched by what they say:
//  - candidates come from an inverted index of character bigrams of each item's name and content,
//    rare bigrams weighing more (idf), and only the best few per item are scored — never all pairs;
//  - a pair's score is mostly the cosine of the two items' bigram vectors, TF-IDF weighted over
//    both catalogues (so 公开, 信息, 部门 weigh little), then how alike the names are (rare shared
//    bigrams, containment, or a small edit distance), then how alike the paths above them are;
//    a short numbered line under a shared name ("2. 政府采购事项" under 财政资金) is the item's name;
//  - the best-scoring pair is taken first, each item used once; pairs at or over `accept` match,
//    pairs in [review, accept) go to `review` for a person, the rest are only in A or only in B;
//  - then one item covering several of the other side's (covers.ts) is told as such, not as one
//    match and the rest only on one side.
// The thresholds were calibrated on the labelled pairs in test/diff/labels.json.
import type { Catalogue } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Pair } from '../model/diff.generated.js';
import { candidates } from './candidates.js';
import { covers } from './covers.js';
import { changes } from './changes.js';
import { Bigrams, profiler, weigh } from './profile.js';
import { Scorer } from './score.js';

export { changes };

export interface DiffOptions {
  /** Score from which a pair is a match (default 0.2). */
  accept?: number;
  /** Score from which a pair not accepted is shown for review (default 0.12). */
  review?: number;
  /** Candidates scored per item (default 12). */
  candidates?: number;
  /** Report a differing publisher as a change (default: no; each agency names its own offices). */
  comparePublisher?: boolean;
}

export const DEFAULT_THRESHOLDS = { accept: 0.12, review: 0.08 } as const;
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
  const matchA = new Int32Array(as.length).fill(-1);
  const matchB = new Int32Array(bs.length).fill(-1);
  const scoreA = new Float64Array(as.length); // the score of the match an item of A took
  const doubtful: Array<[number, number, number]> = [];
  for (const k of order) {
    const [i, j, s] = [is[k]!, js[k]!, ss[k]!];
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = usedB[j] = 1;
    if (s >= accept) ((matchA[i] = j), (matchB[j] = i), (scoreA[i] = s));
    else doubtful.push([i, j, s]);
  }
  const groups = covers(as, bs, { matchA, matchB, scoreA }, { is, js, ss, n }, accept);
  const inGroupA = new Uint8Array(as.length);
  const inGroupB = new Uint8Array(bs.length);
  const groupScore = (i: number, j: number): number => {
    if (matchA[i] === j) return scoreA[i]!;
    scorer.load(as[i]!);
    return scorer.score(bs[j]!);
  };
  const coverList = groups.map((g) => {
    const pairsOf = g.several.map((k) => (g.side === 'a' ? [g.one, k] : [k, g.one]) as [number, number]);
    for (const [i, j] of pairsOf) inGroupA[i] = inGroupB[j] = 1;
    const score = pairsOf.reduce((sum, [i, j]) => sum + groupScore(i, j), 0) / pairsOf.length;
    const one = (g.side === 'a' ? a : b).items[g.one]!.id;
    const several = g.several.map((k) => (g.side === 'a' ? b : a).items[k]!.id);
    return g.side === 'a'
      ? { a: one, b: several, score: Math.round(score * 1000) / 1000 }
      : { a: several, b: one, score: Math.round(score * 1000) / 1000 };
  });
  const pairOf = (i: number, j: number, s: number): Pair => {
    const itemA = as[i]!.item;
    const itemB = bs[j]!.item;
    return {
      a: itemA.id,
      b: itemB.id,
      score: Math.round(s * 1000) / 1000,
      method: as[i]!.name === bs[j]!.name && as[i]!.content === bs[j]!.content ? 'exact' : 'fuzzy',
      changes: changes(itemA, itemB, { publisher: options.comparePublisher ?? false }),
    };
  };
  // Each item ends in one place: a pair, a cover, a pair to review, or only on its side.
  const placedA = Uint8Array.from(inGroupA);
  const placedB = Uint8Array.from(inGroupB);
  const place = ([i, j, s]: [number, number, number]): Pair => ((placedA[i] = placedB[j] = 1), pairOf(i, j, s));
  const free = ([i, j]: [number, number, number]): boolean => !inGroupA[i] && !inGroupB[j];
  // Pairs in A's order.
  const taken: Array<[number, number, number]> = [];
  matchA.forEach((j, i) => j !== -1 && taken.push([i, j, scoreA[i]!]));
  const pairs = taken.filter(free).map(place);
  const toReview = doubtful.filter(free).map(place);
  const onlyA = a.items.filter((_, i) => !placedA[i]).map((it) => it.id);
  const onlyB = b.items.filter((_, j) => !placedB[j]).map((it) => it.id);
  return {
    kind: 'catalogue-diff',
    schemaVersion: 2,
    a: { agency: a.agency, source: a.source },
    b: { agency: b.agency, source: b.source },
    thresholds: { accept, review },
    pairs,
    covers: coverList,
    onlyA,
    onlyB,
    review: toReview,
    summary: {
      matched: pairs.length,
      changed: pairs.filter((p) => p.changes.length > 0).length,
      covers: coverList.length,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
      review: toReview.length,
    },
  };
}
