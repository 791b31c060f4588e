// diff on the three catalogue seeds: measured against the pairs labelled by hand in labels.json,
// and its views (the HTML escapes what an item says, the TSV follows the daff convention).
import { PAGE_SCRIPT } from '../../src/render/pageScript.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../../src/diff/diff.js';
import { diff, diffHtml, diffMarkdown, diffTsv, normalise, validate, type Catalogue } from '../../src/index.js';
import { seeds, testDir } from '../paths.js';
import { catalogueOf } from '../narrow.js';

const names: Record<string, string> = {
  '000': '000_8323535ad2f7897b',
  '001': '001_6b51252c69ebe662',
  '002': '002_59a7dd9431f93d90',
};
const labels = JSON.parse(readFileSync(join(testDir, 'diff', 'labels.json'), 'utf8')) as {
  pairs: string[][];
  nonPairs: string[][];
};
const docs: Record<string, Catalogue> = {};
beforeAll(async () => {
  for (const [k, n] of Object.entries(names)) docs[k] = catalogueOf(await normalise(join(seeds, `${n}.txt`)));
});

// An entry's ids may be written a|b: one item covers two of the other's, and either match counts.
const ids = (field: string): string[] => field.split('|');
const runs = new Map<string, ReturnType<typeof diff>>();
const diffOf = (ca: string, cb: string, accept: number = DEFAULT_THRESHOLDS.accept): ReturnType<typeof diff> => {
  const key = `${ca}${cb}${accept}`;
  if (!runs.has(key)) runs.set(key, diff(docs[ca]!, docs[cb]!, { accept, review: Math.min(accept, 0.08) }));
  return runs.get(key)!;
};
/** A pair the diff asserts: a match, or a link of a cover (one item and each of those it covers). */
const matched = ([ca, ia, cb, ib]: string[], accept?: number): boolean => {
  const d = diffOf(ca!, cb!, accept);
  const links = [
    ...d.pairs.map((p): [string, string] => [p.a, p.b]),
    ...d.covers.flatMap((c) => [c.a].flat().flatMap((x) => [c.b].flat().map((y): [string, string] => [x, y]))),
  ];
  return links.some(([x, y]) => ids(ia!).includes(x) && ids(ib!).includes(y));
};

test('every labelled id is an item of its catalogue', () => {
  const missing = [...labels.pairs, ...labels.nonPairs].flatMap(([ca, ia, cb, ib]) => [
    ...ids(ia!)
      .filter((id) => !docs[ca!]!.items.some((i) => i.id === id))
      .map((id) => `${ca}:${id}`),
    ...ids(ib!)
      .filter((id) => !docs[cb!]!.items.some((i) => i.id === id))
      .map((id) => `${cb}:${id}`),
  ]);
  expect(missing).toEqual([]);
});

test('precision 0.956 and recall 0.896 on the labelled pairs', () => {
  const tp = labels.pairs.filter((p) => matched(p)).length;
  const fp = labels.nonPairs.filter((p) => matched(p)).length;
  expect([labels.pairs.length, labels.nonPairs.length]).toEqual([48, 75]);
  expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
  expect([tp, fp]).toEqual([43, 2]); // the figures the README reports: 43/45 = 0.956, 43/48 = 0.896
});

test('cross-validated on the seeds: the threshold chosen on two pairs of catalogues, tested on the third', () => {
  const GRID = Array.from({ length: 25 }, (_, k) => Math.round((0.06 + k * 0.01) * 100) / 100);
  const pairOf = (l: string[]): string => `${l[0]}-${l[2]}`;
  const count = (which: string[], accept: number) => ({
    tp: labels.pairs.filter((l) => which.includes(pairOf(l)) && matched(l, accept)).length,
    fp: labels.nonPairs.filter((l) => which.includes(pairOf(l)) && matched(l, accept)).length,
    all: labels.pairs.filter((l) => which.includes(pairOf(l))).length,
  });
  const f1 = ({ tp, fp, all }: { tp: number; fp: number; all: number }): number => (2 * tp) / (tp + fp + all);
  const folds = ['000-001', '000-002', '001-002'].map((held) => {
    const rest = ['000-001', '000-002', '001-002'].filter((p) => p !== held);
    const best = GRID.reduce((b, t) => (f1(count(rest, t)) > f1(count(rest, b)) ? t : b));
    return { held, accept: best, ...count([held], best) };
  });
  const sum = folds.reduce((s, f) => ({ tp: s.tp + f.tp, fp: s.fp + f.fp, all: s.all + f.all }), {
    tp: 0,
    fp: 0,
    all: 0,
  });
  // The figures the README reports: 43 of 46 (0.935) right, 43 of 48 (0.896) found.
  expect(folds.map((f) => [f.held, f.accept, f.tp, f.fp])).toEqual([
    ['000-001', 0.11, 9, 2],
    ['000-002', 0.12, 17, 1],
    ['001-002', 0.12, 17, 0],
  ]);
  expect(sum).toEqual({ tp: 43, fp: 3, all: 48 });
});

test('one to one; every item of A is matched, only in A, or under review; the document validates', () => {
  const d = diff(docs['000']!, docs['002']!);
  expect(validate(d)).toEqual({ valid: true, errors: [] });
  const seenA = [...d.pairs.map((p) => p.a), ...d.covers.flatMap((c) => c.a), ...d.review.map((p) => p.a), ...d.onlyA];
  expect(seenA.sort()).toEqual(docs['000']!.items.map((i) => i.id).sort());
  expect(new Set(d.pairs.map((p) => p.b)).size).toBe(d.pairs.length);
  expect(d.summary).toMatchObject({
    matched: d.pairs.length,
    covers: d.covers.length,
    onlyA: d.onlyA.length,
    onlyB: d.onlyB.length,
    review: d.review.length,
  });
});

test('field-level changes of a matched pair', () => {
  const d = diff(docs['000']!, docs['002']!, { comparePublisher: true });
  const pair = d.pairs.find((p) => p.a === '22' && p.b === '27')!; // 多样性解读 ↔ 负责人解读
  expect(pair.changes).toEqual(
    expect.arrayContaining([
      { field: 'publisher', a: '区工信局', b: '区科技局' },
      { field: 'channels.added', a: null, b: ['发布会/听证会'] },
      expect.objectContaining({ field: 'citations.removed' }),
    ]),
  );
});

test('a catalogue diffed with itself matches every item exactly and changes nothing', () => {
  const d = diff(docs['001']!, docs['001']!);
  expect(d.summary).toEqual({ matched: 51, changed: 0, covers: 0, onlyA: 0, onlyB: 0, review: 0 });
  expect(d.pairs.every((p) => p.a === p.b && p.method === 'exact')).toBe(true);
});

test('the views: HTML escapes what items say; the TSV follows daff; Markdown sums up', () => {
  const a = structuredClone(docs['000']!);
  a.items[0]!.path = ['<script>alert("x")</script>', '"引号"'];
  a.items[0]!.content = '<b>粗体</b> & "双引号"';
  const b = structuredClone(docs['002']!);
  const d = diff(a, b);
  const html = diffHtml(d, a, b);
  // The page's own script, once; no other (test/views-browser.test.ts checks none runs in a browser).
  expect(html.split(PAGE_SCRIPT)).toHaveLength(2);
  expect(html.replace(PAGE_SCRIPT, '')).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).not.toMatch(/<b>粗体/);
  const tsv = diffTsv(d, a, b).trim().split('\n');
  expect(tsv[0]).toBe('@@\tid\tpath\tcontent\ttimeLimit\tpublisher\tchannels\taudience\tmode');
  expect(tsv.filter((l) => l.startsWith('->\t')).length).toBe(d.summary.changed);
  expect(tsv.filter((l) => l.startsWith('---\t')).length).toBe(d.onlyA.length);
  expect(tsv.filter((l) => l.startsWith('+++\t')).length).toBe(d.onlyB.length);
  expect(tsv.find((l) => l.startsWith('->\t22->27'))).toMatch(/\t区工信局->区科技局\t/);
  expect(diffMarkdown(d, a, b)).toMatch(/^# 区工信局（河南省） ↔ 周村区科技局（山东省）\n\n\d+ matched/);
});

test('empty catalogues and items without text: no crash, every item accounted for', () => {
  const a = docs['000']!;
  const empty: Catalogue = { ...a, items: [] };
  expect(diff(empty, a).summary).toEqual({
    matched: 0,
    changed: 0,
    covers: 0,
    onlyA: 0,
    onlyB: a.items.length,
    review: 0,
  });
  expect(diff(a, empty).summary).toEqual({
    matched: 0,
    changed: 0,
    covers: 0,
    onlyA: a.items.length,
    onlyB: 0,
    review: 0,
  });
  const blank = structuredClone(a);
  for (const item of blank.items) Object.assign(item, { path: [], content: null });
  // Nothing to match on: no pair, and nothing is lost.
  expect(diff(blank, a).summary).toEqual({
    matched: 0,
    changed: 0,
    covers: 0,
    onlyA: a.items.length,
    onlyB: a.items.length,
    review: 0,
  });
  const emoji = structuredClone(a);
  emoji.items[0]!.path = ['😀 表情'];
  expect(diff(emoji, emoji).summary.matched).toBe(a.items.length);
});

test('an item whose name holds two siblings of the other catalogue covers both', async () => {
  const tsv = (...rows: string[][]) =>
    normalise(
      Buffer.from(
        [['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限'], ...rows]
          .map((r, k) =>
            (k === 0 ? r : [String(k), ...r, '《中华人民共和国政府信息公开条例》', '20个工作日内']).join('\t'),
          )
          .join('\n'),
      ),
      { name: 't.tsv' },
    ).then(catalogueOf);
  const a = await tsv(
    ['预决算', '部门预决算', '部门年度预算、决算编制说明及报表'],
    ['机构信息', '机构职能', '本部门职能'],
  );
  const b = await tsv(
    ['预决算', '部门预算', '部门年度预算编制说明及报表'],
    ['预决算', '部门决算', '部门年度决算编制说明及报表'],
    ['机构信息', '机构职能', '本部门职能'],
  );
  const d = diff(a, b);
  expect(d.covers).toEqual([expect.objectContaining({ a: '1', b: ['1', '2'] })]);
  expect(d.pairs.map((p) => [p.a, p.b])).toEqual([['2', '3']]);
  expect([d.onlyA, d.onlyB, d.review]).toEqual([[], [], []]);
  expect(validate(d)).toEqual({ valid: true, errors: [] });
});
