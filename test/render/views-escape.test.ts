// Outputs show document text as text: in CSV and TSV a cell that would be a formula gets a
// leading apostrophe. The catalogue here is written in the test: one item whose content is a
// formula, whose publisher starts with @ and whose basis starts with +.
import Papa from 'papaparse';
import { normalise, diff, compare, diffTsv, diffMarkdown, comparisonCsv, type Catalogue } from '../../src/index.js';
import { itemsCsv } from '../../src/render/itemsCsv.js';
import { spreadsheetSafe } from '../../src/render/spreadsheetSafe.js';
import { catalogueOf } from '../narrow.js';

const tsv = [
  '某局政府信息公开目录',
  '序号\t公开事项\t公开内容\t公开依据\t公开时限\t公开主体',
  '1\t机构信息\t=HYPERLINK("http://evil.example","x")\t+《条例》\t20个工作日内\t@办公室',
  '2\t-领导信息\t领导简历。\t《条例》\t20个工作日内\t办公室',
].join('\n');
const load = async (agency: string): Promise<Catalogue> =>
  catalogueOf(await normalise(new TextEncoder().encode(tsv), { name: 'evil.tsv', agency }));

test('the rule: =, +, -, @, tab and CR first get an apostrophe; other text is left alone', () => {
  expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '政府网站', '1.10', ''].map(spreadsheetSafe)).toEqual([
    "'=1+2",
    "'+1",
    "'-1",
    "'@SUM(A1)",
    "'\tx",
    "'\rx",
    '政府网站',
    '1.10',
    '',
  ]);
});

test('items CSV, compare CSV and diff TSV hold no formula cell', async () => {
  const doc = await load('=某局');
  const items = Papa.parse<string[]>(itemsCsv([doc]), { skipEmptyLines: true }).data.slice(1);
  const formula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell);
  expect(items.flat().filter(formula)).toEqual([]);
  expect(items[0]).toContain('\'=HYPERLINK("http://evil.example","x")');
  expect(items[0]).toContain("'@办公室");
  const other = await load('某局');
  const csv = Papa.parse<string[]>(comparisonCsv(compare([doc, other])), { skipEmptyLines: true }).data;
  expect(csv.flat().filter(formula)).toEqual([]);
  const rows = diffTsv(diff(doc, other), doc, other)
    .trim()
    .split('\n')
    .map((r) => r.split('\t'));
  // The markers in the first column stay as they are; no other cell is a formula.
  expect(rows.flatMap((r) => r.slice(1)).filter(formula)).toEqual([]);
});

test('the diff TSV, which has no quoting, gives a cell that starts with a quote mark an apostrophe too', async () => {
  const text = (content: string): Uint8Array =>
    new TextEncoder().encode(
      `序号\t公开事项\t公开内容\t公开依据\n1\t机构信息\t${content}\t《条例》\n2\t领导信息\t简历。\t《条例》\n`,
    );
  const a = catalogueOf(await normalise(text('"=1+1"'), { name: 'a.tsv' }));
  const b = catalogueOf(await normalise(text('机构职能。'), { name: 'b.tsv' }));
  const cells = diffTsv(diff(a, b), a, b)
    .split('\n')
    .flatMap((r) => r.split('\t').slice(1));
  expect(cells).toContain(`'"=1+1"->机构职能。`);
  expect(cells.filter((c) => c.startsWith('"'))).toEqual([]);
});

test('the Markdown diff shows document text as typed: no heading, no HTML, no broken table', async () => {
  const page = (name: string, content: string): string =>
    [
      '某局政府信息公开目录',
      '序号\t公开事项\t公开内容\t公开依据\t公开时限\t公开主体',
      `1\t${name}\t${content}\t《条例》\t20个工作日内\t办公室`,
      '2\t领导信息\t领导简历。\t《条例》\t20个工作日内\t办公室',
    ].join('\n');
  const read = async (text: string, name: string): Promise<Catalogue> =>
    catalogueOf(await normalise(new TextEncoder().encode(text), { name }));
  const a = await read(page('机构|信息<img src=x onerror=alert(1)>', '"机构名称\n## 办公地址"'), 'a.tsv');
  const b = await read(page('机构|信息<img src=x onerror=alert(1)>', '机构名称、联系方式'), 'b.tsv');
  expect(a.items[0]!.content).toBe('机构名称\n## 办公地址');
  const md = diffMarkdown(diff(a, b), a, b);
  expect(md).toContain('## 办公地址'); // the text is there…
  expect(md).not.toMatch(/^## 办公地址/m); // …on its item's line, not a heading
  expect(md).not.toMatch(/(?<!\\)<img/); // only as \<img, which Markdown shows as text
  // Every table row has its four cells: an escaped | does not split one.
  const rows = md.split('\n').filter((l) => l.startsWith('| '));
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
});

test('items CSV: ids and 序号 are always quoted, so 1.10 and 1.1 stay two texts', async () => {
  const doc = catalogueOf(
    await normalise(
      new TextEncoder().encode(['序号\t公开事项\t公开内容', '1.1\t甲\t甲的内容', '1.10\t乙\t乙的内容'].join('\n')),
      { name: 'ids.tsv' },
    ),
  );
  const lines = itemsCsv([doc]).trim().split('\n');
  expect(lines[0]!.split(',').slice(3, 5)).toEqual(['id', 'seq']);
  expect(lines.slice(1).map((l) => l.split(',').slice(3, 5))).toEqual([
    ['"1.1"', '"1.1"'],
    ['"1.10"', '"1.10"'],
  ]);
});
