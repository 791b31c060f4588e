// The score of a candidate pair: cosine of the two items' weighted bigrams, how alike their names
// are, and how alike the paths above them are.
import levenshtein from 'fast-levenshtein';
import type { Profile } from './profile.js';

/**
 * Scores items of B against one item of A at a time: A's item is spread over arrays indexed by
 * bigram, so comparing it with an item of B is one pass over B's bigrams.
 */
export class Scorer {
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
   * How alike the loaded item and `b` are: 1 when their names and contents read alike, else from
   * 0 to 0.9, mostly what they say (cosine), then what they are called, then where they sit (the
   * names above them).
   */
  score(b: Profile): number {
    const a = this.a!;
    if (a.name === b.name && a.content === b.content && a.name.length + a.content.length >= 2) return 1;
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
    // A name of one or two characters (其他, 领导) is in too many others to say anything by being in one.
    const contained =
      Math.min(a.name.length, b.name.length) < 3 ? 0 : shared / (Math.min(a.nameWeight, b.nameWeight) || 1);
    const longer = Math.max(1, a.name.length, b.name.length);
    // An edit similarity of 0.6 or more needs lengths within 40% of each other.
    const edit =
      Math.abs(a.name.length - b.name.length) > 0.4 * longer ? 0 : 1 - levenshtein.get(a.name, b.name) / longer;
    return Math.max(dice, 0.6 * contained, edit >= 0.6 ? edit : 0);
  }
}
