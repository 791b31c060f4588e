// The fuzz suite's inputs, as fast-check arbitraries: catalogue tables generated cell by cell and
// written as every format a user meets (TSV, CSV, HTML, .docx, .xlsx, .xls, .ods), the seed
// reports with their numbers replaced by absurd ones, byte and XML mutations of every seed and
// corpus file, and hostile structures (deep nesting, huge spans, wide and long tables). A case
// lists the cells a reader must keep: each must be found in the output (field, extra or
// diagnostic), or the input refused with a typed error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { readZip } from '../../src/read/readZip.js';
import { docx, escapeXml, zip } from '../zip.js';
import { repo } from '../paths.js';

export interface FuzzCase {
  /** The format the case is written in: what the counts in the README are per. */
  reader: string;
  name: string;
  bytes: Uint8Array;
  /** Data cells that must be found in the output unless the input is refused with a typed error. */
  cells: readonly string[];
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ---------------------------------------------------------------- cells and tables

const LEXICON = [
  '机构信息',
  '领导信息',
  '机构名称、职能、联系方式',
  '《中华人民共和国政府信息公开条例》',
  '《政府信息公开条例》第二十条',
  '自信息形成之日起20个工作日内',
  '20个工作日',
  '办公室',
  '政府网站',
  '■政府网站 □政府公报',
  '☑政府网站☐公开栏',
  '√',
  '是',
  '全社会',
  '特定群体',
  '主动公开',
  '依申请公开',
  '县级',
  '1.机构概况',
  '2、财政预决算',
  '1法律、法规',
];

const HOSTILE = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '"双随机、一公开"监管结果',
  '"',
  '""',
  "'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '# 标题',
  '| 竖线 |',
  '**粗体**',
  '[bookmark: _Toc1]',
  '1e309',
  '-5',
  '１２３',
  '99999999999999999999999999999999',
  '0.5',
  'NaN',
  '\u202e反转',
  '😀表情',
  '\u3000',
  '\u00a0',
  '&amp;',
  '&#0;',
  ']]>',
  '\\',
];

export const cellText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LEXICON) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...LEXICON), fc.integer({ min: 2, max: 60 })).map(([t, n]) => t.repeat(n)),
  },
);

const KNOWN = [
  '公开事项',
  '公开内容',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道',
  '公开对象',
  '公开方式',
  '责任部门',
  '备注',
];
const ODD_HEADERS = ['__proto__', 'toString', 'constructor', '附件', '=1+1', ''];

export interface Table {
  title: string | null;
  header: string[];
  rows: string[][];
}

export const table: fc.Arbitrary<Table> = fc
  .record({
    title: fc.option(fc.constantFrom('某局政府信息公开目录', '某县财政局政务公开标准目录', '目录'), { nil: null }),
    known: fc.shuffledSubarray(KNOWN, { minLength: 3 }),
    odd: fc.array(fc.constantFrom(...ODD_HEADERS), { maxLength: 2 }),
    rows: fc.array(fc.array(cellText, { maxLength: 14 }), { minLength: 1, maxLength: 25 }),
  })
  .map(({ title, known, odd, rows }) => ({
    title,
    header: ['序号', ...known, ...odd],
    rows: rows.map((cells, i) => [String(i + 1), ...cells]),
  }));

/** Data cells as the format can hold them (a TSV cell has no tab or line break). */
const cellsOf = (t: Table, clean: (s: string) => string = (s) => s): string[] =>
  t.rows
    .flat()
    .map(clean)
    .filter((s) => s.trim() !== '');

const oneLine = (s: string): string => s.replace(/[\t\r\n]/g, ' ');

// ---------------------------------------------------------------- formats

export const tsv = fc.tuple(table, fc.boolean(), fc.boolean()).map(([t, crlf, bom]): FuzzCase => {
  const eol = crlf ? '\r\n' : '\n';
  const lines = [...(t.title ? [t.title] : []), t.header.join('\t'), ...t.rows.map((r) => r.map(oneLine).join('\t'))];
  return {
    reader: 'tsv',
    name: 'case.tsv',
    bytes: utf8((bom ? '\ufeff' : '') + lines.join(eol)),
    cells: cellsOf(t, oneLine),
  };
});

export const csv = fc.tuple(table, fc.boolean()).map(([t, quoteAll]): FuzzCase => {
  const field = (s: string): string => (quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [...(t.title ? [field(t.title)] : []), ...[t.header, ...t.rows].map((r) => r.map(field).join(','))];
  return { reader: 'csv', name: 'case.csv', bytes: utf8(lines.join('\r\n')), cells: cellsOf(t) };
});

const escapeHtml = (s: string): string =>
  s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

export const html = fc
  .tuple(
    table,
    fc.constantFrom('', 'b', 'span', 'p', 'div'),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 40 }),
  )
  .map(([t, wrap, divs, spans]): FuzzCase => {
    let k = 0;
    const td = (s: string, data: boolean): string => {
      const span = data ? (spans[k++ % Math.max(1, spans.length)] ?? 1) : 1;
      const inner = wrap ? `<${wrap}>${escapeHtml(s)}</${wrap}>` : escapeHtml(s);
      return `<td${span > 1 ? ` colspan="${span}"` : ''}>${inner}</td>`;
    };
    const rows = [
      `<tr>${t.header.map((h) => td(h, false)).join('')}</tr>`,
      ...t.rows.map((r) => `<tr>${r.map((c) => td(c, true)).join('')}</tr>`),
    ];
    const body = `${t.title ? `<h1>${escapeHtml(t.title)}</h1>` : ''}${'<div>'.repeat(divs)}<table>${rows.join('')}</table>${'</div>'.repeat(divs)}`;
    return {
      reader: 'html',
      name: 'case.html',
      bytes: utf8(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title></head><body>${body}</body></html>`,
      ),
      cells: cellsOf(t),
    };
  });

/** Text Word can hold: XML 1.0 has no control characters but tab and line breaks. */
const wordText = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ');

export const word = fc
  .tuple(table, fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 20 }))
  .map(([t, spans]): FuzzCase => {
    let k = 0;
    const tc = (s: string, data: boolean): string => {
      const span = data ? (spans[k++ % Math.max(1, spans.length)] ?? 1) : 1;
      const pr = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : '';
      const paragraphs = wordText(s)
        .split(/\r?\n|\r/)
        .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
        .join('');
      return `<w:tc>${pr}${paragraphs}</w:tc>`;
    };
    const rows = [t.header, ...t.rows].map((r, i) => `<w:tr>${r.map((c) => tc(c, i > 0)).join('')}</w:tr>`);
    const title = t.title ? `<w:p><w:r><w:t>${escapeXml(t.title)}</w:t></w:r></w:p>` : '';
    return {
      reader: 'docx',
      name: 'case.docx',
      bytes: docx(`${title}<w:tbl>${rows.join('')}</w:tbl>`),
      cells: cellsOf(t, wordText),
    };
  });

export const workbook = fc
  .tuple(table, fc.constantFrom('xlsx', 'xls', 'ods') as fc.Arbitrary<'xlsx' | 'xls' | 'ods'>)
  .map(([t, bookType]): FuzzCase => {
    // A sheet cell holds at most 32,767 characters, and XML no control characters.
    const fit = (s: string): string => wordText(s).slice(0, 32767);
    const rows = [...(t.title ? [[t.title]] : []), t.header, ...t.rows.map((r) => r.map(fit))];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
    // Shared strings, as Excel writes text: SheetJS reads back the inline `t="str"` cells it writes
    // otherwise with entities decoded twice (`&amp;` as `&`).
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType, bookSST: true }) as ArrayBuffer);
    return { reader: bookType, name: `case.${bookType}`, bytes, cells: cellsOf(t, fit) };
  });

// ---------------------------------------------------------------- annual reports

const REPORTS = [
  'seeds/003_35d34fbe0cac4381.txt',
  'seeds/004_bc477244ecc46112.txt',
  'corpus/reports/shanghai-gov-office-2019.csv',
];
const ABSURD = [
  '1e309',
  '-5',
  '１２３',
  '99999999999999999999999999999999',
  '0.5',
  '12.5',
  '',
  '—',
  '/',
  '1,234',
  '1.2万',
  '-0',
  '00',
];

/** A real report with some of its numbers replaced by ones no such table can hold. */
export const report = fc
  .tuple(
    fc.constantFrom(...REPORTS),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ABSURD)), { minLength: 1, maxLength: 12 }),
  )
  .map(([path, swaps]): FuzzCase => {
    const text = readFileSync(join(repo, path), 'utf8');
    const numbers = [...text.matchAll(/\d+/g)];
    const replaced = new Map(swaps.map(([n, value]) => [numbers[n % numbers.length]!.index, value]));
    let out = '';
    let at = 0;
    for (const m of numbers) {
      if (!replaced.has(m.index)) continue;
      out += text.slice(at, m.index) + replaced.get(m.index);
      at = m.index + m[0].length;
    }
    out += text.slice(at);
    return { reader: `report-${extname(path).slice(1)}`, name: path.split('/').pop()!, bytes: utf8(out), cells: [] };
  });

// ---------------------------------------------------------------- mutations of real files

const READABLE = new Set(['.txt', '.tsv', '.csv', '.html', '.htm', '.docx', '.doc', '.xlsx', '.xls', '.ods', '.pdf']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'tools' ? [] : filesUnder(path);
    return READABLE.has(extname(name).toLowerCase()) && statSync(path).size <= 300_000 ? [path] : [];
  });
}

/** Every seed and corpus file the readers take (the broken ones too), up to 300 KB. */
export const SAMPLES = [...filesUnder(join(repo, 'seeds')), ...filesUnder(join(repo, 'corpus'))].sort();

type Edit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number };

/** A place in the file, as a fraction of its length: uniform (fast-check's own bias would favour the first bytes). */
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 200 }),
    times: fc.integer({ min: 2, max: 50 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);

function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const e of edits) {
    const at = Math.floor(e.at * b.length);
    if (e.op === 'flip' && b.length > 0) b[at] = b[at]! ^ (1 << e.bit);
    else if (e.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.length)]);
    else if (e.op === 'insert') b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(at)]);
    else if (e.op === 'repeat') {
      const chunk = b.subarray(at, at + e.length);
      b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(e.times).fill(chunk), b.subarray(at)]);
    } else if (e.op === 'truncate') b = b.subarray(0, at);
  }
  return b;
}

export const mutated = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([path, edits]): FuzzCase => ({
    reader: `mutated-${extname(path).slice(1).toLowerCase()}`,
    name: relative(repo, path).replace(/\//g, '_'),
    bytes: applyEdits(readFileSync(path), edits),
    cells: [],
  }));

const ZIPPED = SAMPLES.filter((p) => /\.(docx|xlsx|ods)$/i.test(p) && !p.includes('/broken/'));
const XML_FRAGMENTS = [
  '<w:tc>',
  '</w:tc>',
  '<w:tr>',
  '</w:tr>',
  '<w:tbl>',
  '</w:tbl>',
  '<w:tcPr><w:gridSpan w:val="100000"/></w:tcPr>',
  '<w:trPr><w:gridBefore w:val="99999"/></w:trPr>',
  '<w:tcPr><w:vMerge/></w:tcPr>',
  '<w:sdt><w:sdtContent>',
  '<w:r><w:t>__proto__</w:t></w:r>',
  '<w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox/></w:ffData></w:fldChar>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&undefined;',
  '<![CDATA[x]]>',
  '<!--',
  '<?pi x?>',
  '<x:y xmlns:x="urn:x">',
  '<row r="1048576">',
  '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<dimension ref="A1:XFD1048576"/>',
  '<table:table-row table:number-rows-repeated="1000000">',
  '<table:table-cell table:number-columns-repeated="16384"/>',
];

/** A real .docx, .xlsx or .ods with XML fragments put into its parts, zipped again: the archive is sound, its XML not. */
export const xmlMutated = fc
  .tuple(
    fc.constantFrom(...ZIPPED),
    fc.nat(),
    fc.array(fc.tuple(position, fc.constantFrom(...XML_FRAGMENTS), fc.integer({ min: 1, max: 200 })), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([path, which, inserts]): FuzzCase => {
    const entries = readZip(readFileSync(path), () => true);
    const names = [...entries.keys()].filter((n) => n.endsWith('.xml'));
    const target = names[which % names.length]!;
    let text = Buffer.from(entries.get(target)!).toString('utf8');
    for (const [at, fragment, times] of inserts) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + fragment.repeat(times) + text.slice(i);
    }
    const parts = Object.fromEntries([...entries].map(([n, b]) => [n, n === target ? text : (b ?? new Uint8Array())]));
    return {
      reader: `xml-${extname(path).slice(1).toLowerCase()}`,
      name: relative(repo, path).replace(/\//g, '_'),
      bytes: zip(parts),
      cells: [],
    };
  });

// ---------------------------------------------------------------- hostile structures

const HEAD = ['序号', '公开事项', '公开内容', '公开依据', '公开时限'];
const dataRow = ['1', '机构信息', '机构名称。', '《条例》', '20个工作日'];
const htmlRow = (cells: readonly string[], attrs = ''): string =>
  `<tr>${cells.map((c) => `<td${attrs}>${c}</td>`).join('')}</tr>`;

/**
 * Structures that cost a careless reader time, memory or stack, at a size up to `scale` (1 = the
 * sizes the fuzz campaign reported; the in-test run uses a fraction).
 */
export function hostile(scale: number): fc.Arbitrary<FuzzCase> {
  const n = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max: Math.max(1, Math.floor(max * scale)) });
  const page = (body: string): Uint8Array => utf8(`<html><body>${body}</body></html>`);
  const htmlCase = (what: string, bytes: Uint8Array, cells: string[] = []): FuzzCase => ({
    reader: `hostile-html`,
    name: `${what}.html`,
    bytes,
    cells,
  });
  const wordCase = (what: string, body: string, cells: string[] = []): FuzzCase => ({
    reader: 'hostile-docx',
    name: `${what}.docx`,
    bytes: docx(body),
    cells,
  });
  const table = `<table>${htmlRow(HEAD)}${htmlRow(dataRow)}</table>`;
  const wordTable = (inner = ''): string =>
    `<w:tbl>${[HEAD, dataRow].map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}${inner}</w:tbl>`;
  return fc.oneof(
    n(20_000).map((d) => htmlCase('nested-div', page(`${'<div>'.repeat(d)}${table}${'</div>'.repeat(d)}`), dataRow)),
    n(10_000).map((d) =>
      htmlCase(
        'nested-b',
        page(
          `<table>${htmlRow(HEAD)}<tr><td>1</td><td>${'<b>'.repeat(d)}机构信息${'</b>'.repeat(d)}</td></tr></table>`,
        ),
        ['机构信息'],
      ),
    ),
    n(300).map((k) =>
      htmlCase(
        'colspan',
        page(`<table>${htmlRow(HEAD)}${htmlRow(Array<string>(k).fill('机构信息'), ' colspan="1000"')}</table>`),
      ),
    ),
    n(200).map((k) =>
      htmlCase(
        'rowspan',
        page(
          `<table>${htmlRow(HEAD)}${htmlRow(Array<string>(k).fill('机构信息'), ' rowspan="65534"')}${htmlRow(dataRow)}</table>`,
        ),
      ),
    ),
    n(200).map((k) =>
      wordCase(
        'gridspan',
        wordTable(
          `<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="100000"/></w:tcPr><w:p><w:r><w:t>办公室</w:t></w:r></w:p></w:tc>'.repeat(k)}</w:tr>`,
        ),
      ),
    ),
    n(200).map((k) =>
      wordCase(
        'gridbefore',
        wordTable(
          `<w:tr><w:trPr><w:gridBefore w:val="100000"/></w:trPr>${'<w:tc><w:p><w:r><w:t>办公室</w:t></w:r></w:p></w:tc>'.repeat(k)}</w:tr>`,
        ),
      ),
    ),
    n(2_000).map((d) =>
      wordCase(
        'nested-tbl',
        wordTable(
          `<w:tr><w:tc>${'<w:tbl><w:tr><w:tc>'.repeat(d)}<w:p><w:r><w:t>内表</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(d)}</w:tc></w:tr>`,
        ),
      ),
    ),
    n(10_000).map((d) =>
      wordCase(
        'nested-sdt',
        `${'<w:sdt><w:sdtContent>'.repeat(d)}${wordTable()}${'</w:sdtContent></w:sdt>'.repeat(d)}`,
        dataRow,
      ),
    ),
    n(2_000).map((k) => ({
      reader: 'hostile-tsv',
      name: 'wide.tsv',
      bytes: utf8(
        `${HEAD.join('\t')}\n${Array.from({ length: 20 }, (_, r) => `${r + 1}\t${Array<string>(k).fill('20个工作日').join('\t')}`).join('\n')}`,
      ),
      cells: [],
    })),
    n(60_000).map((k) => ({
      reader: 'hostile-tsv',
      name: 'long.tsv',
      bytes: utf8(`${HEAD.join('\t')}\n${Array.from({ length: k }, (_, r) => `${r + 1}\t事`).join('\n')}`),
      cells: [],
    })),
    // Every item under a category of its own, each category's name quoting a term: the diff's
    // covers look categories up by name (tried one by one, 40,000 of them took minutes).
    n(40_000).map((k) => ({
      reader: 'hostile-tsv',
      name: 'categories.tsv',
      bytes: utf8(
        `序号\t一级事项\t二级事项\t公开内容\n${Array.from({ length: k }, (_, r) => `${r + 1}\t类别“第${r}类”\t事项第${r}类\t内容`).join('\n')}`,
      ),
      cells: [],
    })),
    n(70_000).map((k) => ({
      reader: 'hostile-csv',
      name: 'long-record.csv',
      bytes: utf8(`${HEAD.join(',')}\r\n1,"双随机、一公开"监管结果,${'长'.repeat(k)},《条例》,20个工作日\r\n`),
      cells: ['双随机、一公开', '监管结果', '《条例》'],
    })),
  );
}

/** Every generator by name, as the suite and `npm run fuzz` run them. */
export function generators(scale: number): Record<string, fc.Arbitrary<FuzzCase>> {
  return { tsv, csv, html, word, workbook, report, mutated, xmlMutated, hostile: hostile(scale) };
}
