// The bounds one input is read within (src/limits.ts): past each, a typed TOO_COMPLEX at once,
// before the costly part is built; below them, the same input reads. Inputs are generated here.
import { normalise, GongkaiError } from '../src/index.js';
import { LIMITS } from '../src/limits.js';
import { catalogueOf } from './narrow.js';
import { docx, wordTable } from './zip.js';

const HEADER = ['序号', '公开事项', '公开内容', '公开依据', '公开时限'];
const row = (i: number): string[] => [String(i), `事项${i}`, '内容', '《条例》', '20个工作日'];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function codeOf(input: Uint8Array, name: string): Promise<string> {
  try {
    await normalise(input, { name });
    return 'read';
  } catch (error) {
    return error instanceof GongkaiError ? error.code : String(error);
  }
}

test('more table rows than the limit: TOO_COMPLEX, naming the bound', async () => {
  const tsv = (n: number): string =>
    [HEADER, ...Array.from({ length: n }, (_, i) => row(i + 1))].map((r) => r.join('\t')).join('\n');
  await expect(normalise(utf8(tsv(LIMITS.rows)), { name: 'rows.tsv' })).rejects.toThrow(
    /has 50,001 table rows, more than the 50,000/,
  );
  const below = catalogueOf(await normalise(utf8(tsv(2000)), { name: 'rows.tsv' }));
  expect(below.items).toHaveLength(2000);
});

test('an HTML page with more elements than the limit is refused before it is parsed', async () => {
  const cells = (n: number): string => '<span>字</span>'.repeat(n);
  const html = (n: number): string =>
    `<table><tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}</tr><tr><td>1</td><td>${cells(n)}</td></tr></table>`;
  expect(await codeOf(utf8(html(LIMITS.htmlElements)), 'big.html')).toBe('TOO_COMPLEX');
  expect(await codeOf(utf8(html(1000)), 'big.html')).toBe('read');
});

test('a .docx body with more elements than the limit is refused before it is parsed', async () => {
  const runs = (n: number): string => '<w:r/>'.repeat(n);
  const body = (n: number): string =>
    wordTable([HEADER, row(1)]).replace('</w:tbl>', `<w:tr><w:tc><w:p>${runs(n)}</w:p></w:tc></w:tr></w:tbl>`);
  expect(await codeOf(docx(body(LIMITS.wordmlElements)), 'big.docx')).toBe('TOO_COMPLEX');
  expect(await codeOf(docx(body(1000)), 'big.docx')).toBe('read');
});

/** A PDF of `n` blank pages, written object by object (pdf.js rebuilds the cross-reference table). */
function blankPages(n: number): Uint8Array {
  const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    ...Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(body);
}

test('a PDF of more pages than the limit is refused before its pages are read', async () => {
  expect(await codeOf(blankPages(LIMITS.pages + 1), 'long.pdf')).toBe('TOO_COMPLEX');
  // Below the limit the pages are read: blank ones have no text layer.
  expect(await codeOf(blankPages(3), 'short.pdf')).toBe('NO_TEXT_LAYER');
});
