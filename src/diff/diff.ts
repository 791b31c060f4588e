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
import type { Catalogue } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Pair } from '../model/diff.generated.js';
import { candidates } from './candidates.js';
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
