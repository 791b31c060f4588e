// Nothing is lost: every non-empty cell ends in a field, in extra, or quoted in a diagnostic.
// Checked two ways: the model's own accounting (stats), and independently of the parser, by
// looking up every run of letters, digits and CJK characters of the raw input in the output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise } from '../src/index.js';
import { seeds } from './paths.js';
import { catalogueOf } from './narrow.js';

const seedNames = ['000_8323535ad2f7897b.txt', '001_6b51252c69ebe662.txt', '002_59a7dd9431f93d90.txt'];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k); // extra's keys are header texts
      strings(v, out);
    }
  }
  return out;
}

describe.each(seedNames)('%s', (name) => {
  const raw = readFileSync(join(seeds, name), 'utf8');

  test('stats: every non-empty data cell is mapped or kept', async () => {
    const document = catalogueOf(await normalise(Buffer.from(raw), { name }));
    const { cells, cellsMapped, cellsKept, rows, items } = document.stats;
    expect(cells).toBeGreaterThan(rows * 5);
    expect(cellsMapped + cellsKept).toBe(cells);
    expect(items).toBe(rows);
  });

  test('every run of text in the input appears in the output', async () => {
    const { document } = await normalise(Buffer.from(raw), { name });
    const haystack = strings(document).join('\n').replace(/\s+/g, '');
    const runs = new Set(raw.replace(/<input\b[^>]*>/g, ' ').match(/[\p{Script=Han}A-Za-z0-9]+/gu) ?? []);
    const missing = [...runs].filter((run) => !haystack.includes(run));
    expect(runs.size).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});

test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
  'a column headed %j is kept in extra as text, and survives a JSON round trip',
  async (header) => {
    const tsv = `某局政府信息公开目录\n序号\t公开事项\t公开内容\t公开依据\t公开时限\t${header}\n1\t机构信息\t机构名称。\t《条例》\t20个工作日\t甲\n`;
    const doc = catalogueOf(await normalise(new TextEncoder().encode(tsv), { name: 'keys.tsv' }));
    const back = JSON.parse(JSON.stringify(doc)) as typeof doc;
    expect(Object.entries(back.items[0]!.extra)).toEqual([[header, '甲']]);
    expect(Object.getPrototypeOf(back.items[0]!.extra)).toBe(Object.prototype);
  },
);

test('a diagnostic that repeats on every row is listed a hundred times, the rest counted; the cells stay in extra', async () => {
  const rows = Array.from(
    { length: 150 },
    (_, i) => `${i + 1}\t机构信息\t内容。\t《条例》\t20个工作日\t办公室\t多余${i + 1}`,
  );
  const tsv = `序号\t公开事项\t公开内容\t公开依据\t公开时限\t公开主体\n${rows.join('\n')}\n`;
  const doc = catalogueOf(await normalise(new TextEncoder().encode(tsv), { name: 'extra.tsv' }));
  const extraCells = doc.diagnostics.filter((d) => d.code === 'extra-cell');
  expect(extraCells).toHaveLength(101);
  expect(extraCells[100]!.message).toMatch(
    /^50 more extra-cell diagnostics like the ones above, about items 101, 102,/,
  );
  expect(doc.items.map((i) => Object.values(i.extra).join())).toEqual(rows.map((_, i) => `多余${i + 1}`));
  expect(doc.stats.cellsKept).toBe(150);
});

test.each([
  [
    'tsv',
    '附件1\n某局政府信息公开目录\n序号\t公开事项\t公开内容\t公开依据\n1\t机构信息\t内容。\t《条例》\n注：本目录每年更新一次\n',
  ],
  [
    'html',
    '<p>附件1</p><h1>某局政府信息公开目录</h1><table><tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td></tr><tr><td>1</td><td>机构信息</td><td>内容。</td><td>《条例》</td></tr></table><p>注：本目录每年更新一次</p>',
  ],
])('text before the title and under the table (%s) is quoted in one note', async (format, text) => {
  const doc = catalogueOf(await normalise(new TextEncoder().encode(text), { name: `notes.${format}` }));
  expect(doc.title).toBe('某局政府信息公开目录');
  expect(doc.diagnostics.filter((d) => d.code === 'extra-cell').map((d) => d.message)).toEqual([
    'Text outside the table: "附件1", "注：本目录每年更新一次".',
  ]);
});
