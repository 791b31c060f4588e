// diff on three real county 财政局 catalogues (corpus/real-catalogues), measured against the
// alignment labelled by hand in real-labels.json: every link between an item of A and an item of
// B that the diff asserts (a match, or a part of a `covers`) is checked against the labels.
// Thresholds are chosen on two pairs of catalogues and tested on the third (cross-validation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff, normalise, validate, type Catalogue, type DiffOptions } from '../../src/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/diff/diff.js';
import { repo, testDir } from '../paths.js';
import { catalogueOf } from '../narrow.js';

interface Labelled {
  a: string;
  b: string;
  same: string[][];
  covers: string[][];
  onlyA: string[][];
  onlyB: string[][];
}
const labels = JSON.parse(readFileSync(join(testDir, 'diff', 'real-labels.json'), 'utf8')) as {
  catalogues: Record<string, string>;
  pairs: Labelled[];
};
const docs: Record<string, Catalogue> = {};
beforeAll(async () => {
  for (const [k, file] of Object.entries(labels.catalogues))
    docs[k] = catalogueOf(await normalise(join(repo, 'corpus', 'real-catalogues', file)));
});

const links = (a: string, b: string): string[] => a.split('+').flatMap((x) => b.split('+').map((y) => `${x}=${y}`));

/** Links the diff asserts that the labels confirm (tp), deny (fp), and labelled links it missed (fn). */
function measure(p: Labelled, options: DiffOptions): { tp: number; fp: number; fn: number } {
  const d = diff(docs[p.a]!, docs[p.b]!, options);
  const gold = new Set([...p.same, ...p.covers].flatMap(([a, b]) => links(a!, b!)));
  const asserted = new Set([
    ...d.pairs.map((x) => `${x.a}=${x.b}`),
    ...d.covers.flatMap((c) => links([c.a].flat().join('+'), [c.b].flat().join('+'))),
  ]);
  const tp = [...asserted].filter((l) => gold.has(l)).length;
  return { tp, fp: asserted.size - tp, fn: gold.size - tp };
}

test('every item of each catalogue is labelled once, by the names it had when labelled', () => {
  for (const p of labels.pairs) {
    const seen = (side: 'a' | 'b'): string[] => {
      const k = side === 'a' ? 0 : 1;
      return [
        ...[...p.same, ...p.covers].flatMap((e) => e[k]!.split('+')),
        ...(side === 'a' ? p.onlyA : p.onlyB).map(([id]) => id!),
      ].sort();
    };
    expect(seen('a')).toEqual(docs[p.a]!.items.map((i) => i.id).sort());
    expect(seen('b')).toEqual(docs[p.b]!.items.map((i) => i.id).sort());
  }
});

/** Thresholds tried: accept from 0.06 to 0.30 (review just under it). */
const GRID = Array.from({ length: 25 }, (_, k) => Math.round((0.06 + k * 0.01) * 100) / 100);
const total = (ps: Labelled[], accept: number) =>
  ps
    .map((p) => measure(p, { accept, review: Math.min(accept, 0.08) }))
    .reduce((s, m) => ({ tp: s.tp + m.tp, fp: s.fp + m.fp, fn: s.fn + m.fn }));
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number => (2 * tp) / (2 * tp + fp + fn);

test('cross-validated: precision ≥ 0.95 and recall ≥ 0.90 on the pair of catalogues held out', () => {
  // For each pair: the accept threshold with the best F1 on the two other pairs (the lowest of
  // equals), then measured on the pair held out; the three held-out results summed.
  const folds = labels.pairs.map((held) => {
    const rest = labels.pairs.filter((p) => p !== held);
    const best = GRID.reduce((b, t) => (f1(total(rest, t)) > f1(total(rest, b)) ? t : b));
    return { held: `${held.a}–${held.b}`, accept: best, ...total([held], best) };
  });
  const { tp, fp, fn } = folds.reduce((s, m) => ({ tp: s.tp + m.tp, fp: s.fp + m.fp, fn: s.fn + m.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  // The figures the README reports.
  expect(folds).toEqual([
    { held: 'bazhou–nanjiang', accept: 0.11, tp: 26, fp: 0, fn: 0 },
    { held: 'bazhou–pingchang', accept: 0.1, tp: 30, fp: 1, fn: 3 },
    { held: 'pingchang–nanjiang', accept: 0.11, tp: 21, fp: 0, fn: 0 },
  ]); // 77 of 78 asserted links right (0.987), 77 of 80 labelled links found (0.963)
  expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
  expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
});

test('in sample, at the default thresholds', () => {
  expect(total(labels.pairs, DEFAULT_THRESHOLDS.accept)).toEqual({ tp: 80, fp: 0, fn: 0 });
});

describe('on the real catalogues, at the default thresholds', () => {
  const at = (a: string, b: string, options: DiffOptions = {}) => diff(docs[a]!, docs[b]!, options);

  test('one item covering several is a cover, not one match and the rest left over', () => {
    // Either side may hold the one: 平昌's “双公示” covers three of 巴州's; the document validates.
    const d = at('bazhou', 'pingchang');
    expect(d.covers).toContainEqual(expect.objectContaining({ a: ['23', '24', '25'], b: '17' }));
    expect(validate(d)).toEqual({ valid: true, errors: [] });
    expect(at('pingchang', 'nanjiang').covers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ a: '17', b: ['14', '15', '16'] }), // “双公示” ↔ its three items
        expect.objectContaining({ a: '18', b: ['17', '18'] }), // 双随机一公开 ↔ the two 随机抽查 items
      ]),
    );
  });

  test('identical items score 1; a differing publisher is not a change unless asked for', () => {
    const pair = at('bazhou', 'nanjiang').pairs.find((p) => p.a === '2')!; // 机构职能, word for word
    // Same name, same content; what differs is the basis they cite.
    expect([pair.b, pair.score, pair.method, pair.changes.map((c) => c.field)]).toEqual([
      '2',
      1,
      'exact',
      ['citations.added', 'citations.removed'],
    ]);
    // 基本信息: 人事教育股 ↔ 人教股
    const fields = at('bazhou', 'nanjiang')
      .pairs.find((p) => p.a === '1')!
      .changes.map((c) => c.field);
    expect(fields).toContain('content');
    expect(fields).not.toContain('publisher');
    const asked = at('bazhou', 'nanjiang', { comparePublisher: true }).pairs.find((p) => p.a === '1')!;
    expect(asked.changes).toContainEqual({ field: 'publisher', a: '人事教育股', b: '人教股' });
  });
});
