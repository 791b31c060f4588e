// Workbooks: the edge-case workbook of corpus/sheet-edge/ (a prose cover, an empty sheet, and a
// catalogue with merged header cells, a merged item name, a hidden column, phone numbers stored as
// numbers and dates stored as dates), made as .xlsx by SheetJS and converted to .xls and .ods by
// LibreOffice (corpus/README.md). Every format must read the same.
import { join } from 'node:path';
import { normalise } from '../../src/index.js';
import { repo } from '../paths.js';
import { catalogueOf } from '../narrow.js';

const load = async (extension: string) =>
  catalogueOf(await normalise(join(repo, 'corpus', 'sheet-edge', `cover-empty-merged-hidden.${extension}`)));

describe.each(['xlsx', 'xls', 'ods'])('cover-empty-merged-hidden.%s', (extension) => {
  test('the cover gives the title and the agency; its prose is quoted, the empty sheet named', async () => {
    const doc = await load(extension);
    expect(doc.source.format).toBe(extension);
    expect(doc.title).toBe('某县财政局政府信息主动公开基本目录');
    expect(doc.agency.name).toBe('某县财政局');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'extra-cell', place: { table: 1, row: 2, cell: 1, sheet: '说明' } }),
    );
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'sheet-empty', place: { table: 2, sheet: '空白' } }),
    );
  });

  test('merged header and item cells are spans; numbers and dates read as printed; places are the sheet’s', async () => {
    const doc = await load(extension);
    expect(doc.columns.map((c) => c.field)).toEqual([
      'seq',
      'path.1',
      'content',
      'basis',
      'timeLimit',
      'audience.public',
      'audience.specific',
      null,
      'contact',
      null,
    ]);
    expect(doc.items.map((i) => [i.id, i.path, i.audience.public, i.audience.specific, i.filledDown ?? []])).toEqual([
      ['1', ['机构信息'], true, false, []],
      ['2', ['机构信息'], true, false, ['path.1']],
      ['3', ['财政预决算'], true, true, []],
    ]);
    expect(doc.items[0]!.extra).toEqual({ 内部编号: 'A-01', 更新日期: '2024-03-01' });
    expect(doc.items[0]!.contact).toBe('0827-6230182');
    expect(doc.items[2]!.source).toEqual({ rows: [5], block: 1, sheet: '目录' });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unknown-header', place: { table: 3, row: 1, cell: 10, sheet: '目录' } }),
    );
    expect(doc.stats.cells).toBe(doc.stats.cellsMapped + doc.stats.cellsKept);
  });
});

test.each(['xlsx', 'xls'])('a hidden column of the .%s is read and said', async (extension) => {
  const doc = await load(extension);
  expect(doc.diagnostics).toContainEqual(
    expect.objectContaining({ code: 'hidden-cells', message: expect.stringContaining('1 hidden column') }),
  );
});
