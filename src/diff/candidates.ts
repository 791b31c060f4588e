// Candidate pairs from an inverted index of rare bigrams: never all pairs.
import type { Profile } from './profile.js';

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
export function candidates(as: readonly Profile[], bs: readonly Profile[], size: number, perItem: number): number[][] {
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
