// Synthetic catalogues for benchmarks: items drawn from the seeds' own items, varied so that no
// two are alike (a numbered variant of the name, a varied content, some channels toggled). A
// deterministic generator (mulberry32), so every run measures the same inputs.
import { readFileSync } from 'node:fs';

const seedItems = ['000_8323535ad2f7897b', '001_6b51252c69ebe662', '002_59a7dd9431f93d90'].flatMap(
  (n) => JSON.parse(readFileSync(new URL(`../test/golden/seed-${n}/expected.json`, import.meta.url), 'utf8')).items,
);

export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '信息',
  '公开',
  '管理',
  '服务',
  '清单',
  '目录',
  '制度',
  '办理',
  '结果',
  '情况',
  '规划',
  '项目',
  '资金',
  '监督',
  '执行',
  '审批',
  '许可',
  '处罚',
  '检查',
  '统计',
];

/** A catalogue of `size` items; `variant` changes which items and how they are worded. */
export function syntheticCatalogue(size, variant, name = `synthetic-${variant}`) {
  const rnd = random(variant * 7919 + size);
  const items = Array.from({ length: size }, (_, k) => {
    const base = seedItems[Math.floor(rnd() * seedItems.length)];
    const word = () => WORDS[Math.floor(rnd() * WORDS.length)];
    const tag = `${word()}${word()}${Math.floor(k / 7)}`;
    return {
      ...structuredClone(base),
      id: String(k + 1),
      seq: String(k + 1),
      path: [...base.path.slice(0, -1), `${base.path.at(-1) ?? '事项'}${tag}`],
      content: `${tag}：${base.content ?? ''}${rnd() < 0.3 ? word() + word() : ''}`,
      channels: base.channels.map((c) => (rnd() < 0.1 ? { ...c, checked: !c.checked } : c)),
    };
  });
  return {
    kind: 'catalogue',
    schemaVersion: 1,
    title: null,
    agency: { name, province: ['河南省', '云南省', '山东省', '江苏省'][variant % 4], evidence: [] },
    source: { name: `${name}.json`, format: 'tsv', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: 0 },
    columns: [],
    items,
    diagnostics: [],
    stats: { rows: size, items: size, cells: 0, cellsMapped: 0, cellsKept: 0 },
  };
}
