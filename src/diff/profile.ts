// Items as the matcher sees them: name, content and path as character bigrams interned to small
// integers, weighted TF-IDF over both catalogues.
import type { Item } from '../model/catalogue.generated.js';
import { matchText } from './matchText.js';

/** An item as the matcher sees it: its bigrams interned to small integers, with TF-IDF weights. */
export interface Profile {
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
export class Bigrams {
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

export function profiler(bigrams: Bigrams): (item: Item) => Profile {
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
export function weigh(profiles: readonly Profile[], size: number): Float64Array {
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
