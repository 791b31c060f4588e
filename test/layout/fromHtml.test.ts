// The HTML reader on the hand-written edge cases of corpus/html-edge/ (see its README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from '../../src/layout/fromHtml.js';
import { slotBudget, type LayoutTable } from '../../src/layout/layout.js';
import { selectTables } from '../../src/table/selectTables.js';
import { normalise } from '../../src/index.js';
import { repo } from '../paths.js';
import { catalogueOf } from '../narrow.js';

const page = (name: string): string => readFileSync(join(repo, 'corpus', 'html-edge', name), 'utf8');
const grid = (name: string) => {
  const layout = fromHtml(page(name));
  const selected = selectTables(layout.value);
  return { value: selected.value, diagnostics: [...layout.diagnostics, ...selected.diagnostics] };
};
const texts = (name: string): string[][] => grid(name).value.rows.map((r) => r.cells.map((c) => c.text));

test('a navigation table before the catalogue is left out, and the heading before the catalogue is its title', async () => {
  const { value, diagnostics } = grid('nav-table-first.html');
  expect(value.title?.text).toBe('某局政府信息公开目录');
  expect(value.rows.map((r) => r.cells[0]!.text)).toEqual(['序号', '1', '2']);
  expect(diagnostics.map((d) => d.code)).toEqual(['tables-skipped']);
  const document = catalogueOf(await normalise(Buffer.from(page('nav-table-first.html')), { name: 'nav.html' }));
  expect(document).toMatchObject({ title: '某局政府信息公开目录', agency: { name: '某局' } });
  expect(document.items.map((i) => i.path)).toEqual([['机构信息'], ['领导信息']]);
});

test('a rowspan past the end of the table is clipped there', () => {
  expect(texts('rowspan-overflow.html').slice(1)).toEqual([
    ['1', '机构信息', '机构名称。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室'],
    ['2', '机构信息', '领导信息。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室'],
  ]);
  const copies = grid('rowspan-overflow.html').value.rows[2]!.cells.map((c) => c.copy === true);
  expect(copies).toEqual([false, true, false, true, false, false]);
});

test('colspan 0 or junk is 1; rowspan 0 runs to the end of the row group', () => {
  expect(texts('colspan-zero-rowspan-zero.html').slice(1)).toEqual([
    ['1', '机构信息', '机构名称。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室'],
    ['2', '领导信息', '领导姓名。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室'],
    ['3', '领导信息', '领导分工。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室'],
  ]);
});

test('a catalogue split by page breaks is one catalogue; an unrelated table after a paragraph is not', async () => {
  const { value } = grid('split-by-page-break.html');
  expect(value.title?.text).toBe('某局政府信息公开目录');
  expect(value.rows.map((r) => [r.block, r.cells[0]!.text])).toEqual([
    [1, '序号'],
    [1, '1'],
    [1, '2'],
    [2, '序号'],
    [2, '3'],
    [2, '4'],
    [3, '5'],
  ]);
  const document = catalogueOf(await normalise(Buffer.from(page('split-by-page-break.html')), { name: 'split.html' }));
  expect(document.items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
});

test("a nested table stays inside its cell; a colspan into a rowspan's slot is reported, the rowspan kept", () => {
  const { value, diagnostics } = grid('nested-and-overlap.html');
  const rows = value.rows.map((r) => r.cells.map((c) => c.text));
  expect(rows[1]![2]).toBe('机构名称\n内表甲 内表乙');
  expect(rows[3]).toEqual(['3', '领导信息', '领导分工。', '《条例》', '20个工作日内', '办公室']);
  expect(diagnostics.filter((d) => d.code === 'span-overlap')).toEqual([
    expect.objectContaining({ place: expect.objectContaining({ table: 1, row: 4 }) }),
  ]);
});

test("Excel's phantom last column is dropped; U+3000 and &nbsp; cells are blank", () => {
  expect(texts('excel-phantom-column.html')).toEqual([
    ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开主体'],
    ['1', '机构信息', '机构名称。', '《条例》', '20个工作日内', ''],
    ['2', '领导信息', '', '《条例》', '20个工作日内', '办公室'],
  ]);
});

test('spans that would make more grid slots than the page can hold are read as single cells, with a note', () => {
  // 66 cells each spanning 1000 columns and (clipped at the table's end) 101 rows: WHATWG allows
  // each, together they would make 6.7 million slots. The budget, a few slots per character of the
  // page, lets two through.
  const huge = '<td colspan="1000" rowspan="65534">x</td>'.repeat(66);
  const rows = Array.from({ length: 100 }, (_, k) => `<tr><td>${k + 1}</td></tr>`).join('');
  const html = `<table><tr>${huge}</tr>${rows}</table>`;
  expect(slotBudget(html.length)).toBeLessThan(3 * 101 * 1000);
  const started = Date.now();
  const { value, diagnostics } = fromHtml(html);
  expect(Date.now() - started).toBeLessThan(5_000); // a hang guard, not a benchmark
  expect(diagnostics).toContainEqual(
    expect.objectContaining({ code: 'span-clipped', message: expect.stringContaining('the spans of 64 cell(s)') }),
  );
  const table = value.blocks[0] as LayoutTable;
  expect(table.rows[0]!.cells.filter((c) => c.text === 'x')).toHaveLength(66); // no text lost
});

test('nesting ten thousand deep, in a cell or around a table, is read without recursion and at once', () => {
  const table = (cell: string): string =>
    `<table><tr><th>序号</th><th>公开事项</th><th>公开内容</th></tr><tr><td>1</td><td>机构</td><td>${cell}</td></tr></table>`;
  const started = Date.now();
  const inCell = fromHtml(table(`${'<b>'.repeat(10_000)}机构名称${'</b>'.repeat(10_000)}`)).value;
  const around = fromHtml(`${'<div>'.repeat(10_000)}${table('机构名称')}${'</div>'.repeat(10_000)}`).value;
  expect(Date.now() - started).toBeLessThan(10_000); // a hang guard, not a benchmark
  for (const layout of [inCell, around])
    expect((layout.blocks[0] as LayoutTable).rows[1]!.cells[2]!.text).toBe('机构名称');
});
