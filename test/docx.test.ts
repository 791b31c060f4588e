// Word files: the hand-built WordprocessingML cases of corpus/wordml-edge/ and the broken archives
// of corpus/broken/ (both made by corpus/tools/make_wordml_cases.py; see corpus/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, GongkaiError, type Catalogue } from '../src/index.js';
import { repo } from './paths.js';
import { catalogueOf } from './narrow.js';

const corpus = join(repo, 'corpus');
const read = async (name: string): Promise<Catalogue> =>
  catalogueOf(await normalise(join(corpus, 'wordml-edge', name)));
const ticked = (doc: Catalogue): string[][] =>
  doc.items.map((i) => i.channels.map((c) => `${c.name}${c.checked ? '+' : '-'}`));

test('FORMCHECKBOX: w:checked wins over w:default; a default alone decides; neither is unchecked', async () => {
  expect(ticked(await read('formcheckbox.docx'))).toEqual([
    ['政府网站+', '政府公报-'], // checked=1, checked=0
    ['政府网站+', '政府公报-'], // default=1, default=0
    ['政府网站-', '政府公报-'], // default=1 but checked=0; no value at all
  ]);
});

test.each(['other-prefix.docx', 'default-namespace.docx'])(
  'WordprocessingML under another prefix than w: (%s)',
  async (name) => {
    const doc = await read(name);
    expect(doc.title).toBe('某局政府信息公开目录');
    expect(doc.items.map((i) => [i.path, i.content, i.publisher])).toEqual([
      [['机构信息'], '本部门的内容。', '办公室'],
      [['领导信息'], '本部门的内容。', '办公室'],
    ]);
  },
);

test('w14:checkbox content controls', async () => {
  expect(ticked(await read('w14-checkbox.docx'))).toEqual([['政府网站+', '政府公报-']]);
});

test('Wingdings / Wingdings 2 glyphs, as letters or private-use characters, are marks and say so', async () => {
  const doc = await read('wingdings.docx');
  expect(ticked(doc)).toEqual(Array(3).fill(['政府网站+', '政府公报-']));
  expect(doc.diagnostics.map((d) => d.code)).toContain('symbol-font-mark');
});

test('w:vMerge and a w:gridSpan header parent', async () => {
  const doc = await read('vmerge-gridspan.docx');
  expect(doc.columns.map((c) => c.field)).toEqual([
    'seq',
    'path.1',
    'path.2',
    'content',
    'basis',
    'timeLimit',
    'publisher',
    'channels',
  ]);
  expect(doc.items.map((i) => i.path)).toEqual([
    ['机构信息', '基本信息'],
    ['机构信息', '领导信息'],
    ['机构信息', '内设机构'],
  ]);
  expect(doc.items[2]!.basis!.citations[0]!.docNo).toBe('国务院令第711号');
  expect(doc.items[2]!.filledDown).toEqual(['path.1', 'basis']);
});

test('w:gridBefore: the row starts one grid column in, so its cells stay under their headers without repair', async () => {
  const doc = await read('gridbefore.docx');
  expect(doc.items.map((i) => [i.id, i.content])).toEqual([
    ['1.1', '1. 预算/决算'],
    ['1.2', '2. 政府采购'],
    ['2', '本部门的内容。'],
  ]);
  expect(doc.diagnostics.map((d) => d.code)).not.toContain('column-drift');
});

test('a bookmark between rows does not lose the vertical merge', async () => {
  const doc = await read('bookmark-between-rows.docx');
  expect(doc.items[1]!.audience).toEqual({ public: true, specific: false, note: null });
  expect(doc.items[1]!.filledDown).toEqual(['path.1', 'audience']);
});

test('a table nested in a cell stays in that cell', async () => {
  const doc = await read('nested-table.docx');
  expect(doc.items[0]!.content).toMatch(/^机构名称：\n内表甲\s内表乙$/);
  expect(doc.items).toHaveLength(2);
});

test.each([
  ['damaged-ole.doc', 'CORRUPT_FILE'],
  ['truncated.docx', 'CORRUPT_ZIP'],
  ['truncated.xlsx', 'CORRUPT_ZIP'],
  ['not-word.docx', 'NOT_DOCX'],
  ['encrypted.docx', 'ENCRYPTED'],
  ['encrypted.xls', 'ENCRYPTED'], // a FILEPASS record after BOF
  ['encrypted.doc', 'ENCRYPTED'], // fEncrypted set in the file information block
  ['no-table.doc', 'NO_TABLE'], // a real Word 97 file of two paragraphs
  ['unclosed-elements.docx', 'NO_TABLE'], // a title, then 30,000 elements that never close
  ['no-body.docx', 'CORRUPT_FILE'], // no w:body, 30,000 elements that never close
  ['bomb.docx', 'TOO_LARGE'], // 64 MiB of zeros behind a header that declares 1,000 bytes
  ['bomb.xlsx', 'TOO_LARGE'], // the same inside xl/
])('%s → GongkaiError %s, quickly', async (name, code) => {
  const started = Date.now();
  const error = await normalise(readFileSync(join(corpus, 'broken', name)), { name }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GongkaiError);
  expect((error as GongkaiError).code).toBe(code);
  expect(Date.now() - started).toBeLessThan(10_000); // a hang guard, not a benchmark
});

test('a zip holding only an empty xl/workbook.xml is a damaged workbook', async () => {
  // A zip holding only xl/workbook.xml, stored (not deflated), its bytes written here.
  const name = new TextEncoder().encode('xl/workbook.xml');
  const body = new TextEncoder().encode('<workbook/>');
  const crc = 0; // readZip checks sizes, not CRCs
  const local = new Uint8Array(30 + name.length + body.length);
  const view = new DataView(local.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, body.length, true);
  view.setUint32(22, body.length, true);
  view.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(body, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint32(20, body.length, true);
  c.setUint32(24, body.length, true);
  c.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, local.length, true);
  const xlsx = new Uint8Array([...local, ...central, ...end]);
  const error = (await normalise(xlsx, { name: 'book.xlsx' }).catch((x: unknown) => x)) as GongkaiError;
  expect(error).toBeInstanceOf(GongkaiError);
  expect(error.code).toBe('CORRUPT_ZIP');
  expect(error.message).toMatch(/^The workbook cannot be read/);
});

test('w:gridSpan and w:gridBefore of 100000 are clipped: read at once, with a note, no text lost', async () => {
  const { fromWordml } = await import('../src/layout/fromWordml.js');
  const cell = (text: string, span = ''): string =>
    `<w:tc><w:tcPr>${span}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const wide = Array.from({ length: 50 }, (_, k) => cell(`宽${k}`, '<w:gridSpan w:val="100000"/>')).join('');
  const rows = Array.from(
    { length: 200 },
    (_, k) => `<w:tr><w:trPr><w:gridBefore w:val="100000"/></w:trPr>${cell(String(k))}</w:tr>`,
  ).join('');
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>${wide}</w:tr>${rows}</w:tbl></w:body></w:document>`;
  const started = Date.now();
  const { value, diagnostics } = fromWordml(xml);
  expect(Date.now() - started).toBeLessThan(5_000); // a hang guard, not a benchmark
  expect(diagnostics.map((d) => d.code)).toContain('span-clipped');
  const texts = (value.blocks[0] as { rows: Array<{ cells: Array<{ text: string }> }> }).rows.flatMap((r) =>
    r.cells.map((c) => c.text).filter((t) => t !== ''),
  );
  expect(texts).toHaveLength(250);
});

test('a form checkbox whose field has no end swallows nothing after it', async () => {
  const { fromWordml } = await import('../src/layout/fromWordml.js');
  const box =
    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:checked w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'; // and no end
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p>${box}<w:r><w:t>政府网站</w:t></w:r></w:p><w:p><w:r><w:t>政府公报</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;
  const table = fromWordml(xml).value.blocks[0] as { rows: Array<{ cells: Array<{ text: string }> }> };
  expect(table.rows[0]!.cells[0]!.text).toBe('☑政府网站\n政府公报');
});

test('tables nested 2,000 deep and content controls 10,000 deep are read without recursion', async () => {
  const { fromWordml } = await import('../src/layout/fromWordml.js');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = (inner: string): string =>
    `<w:document ${W}><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc>${inner}</w:tc></w:tr></w:tbl></w:body></w:document>`;
  let tables = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';
  for (let k = 0; k < 2000; k++) tables = `<w:tbl><w:tr><w:tc>${tables}</w:tc></w:tr></w:tbl><w:p/>`;
  const controls = `${'<w:sdt><w:sdtContent>'.repeat(10_000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(10_000)}`;
  const started = Date.now();
  const nested = fromWordml(doc(tables)).value;
  const wrapped = fromWordml(doc(controls)).value;
  expect(Date.now() - started).toBeLessThan(20_000); // a hang guard, not a benchmark
  expect(nested.blocks).toHaveLength(2001); // the table and each one nested in it
  const cell = (layout: typeof wrapped): string =>
    (layout.blocks[0] as { rows: Array<{ cells: Array<{ text: string }> }> }).rows[0]!.cells[1]!.text;
  expect(cell(nested)).toBe('x');
  expect(cell(wrapped)).toBe('x');
});
