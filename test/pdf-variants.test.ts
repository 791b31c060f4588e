// PDFs that LibreOffice printed from corpus files (corpus/tools/make_pdf_variants.sh): the seed
// catalogues from their .docx, the Shanghai report from its HTML page, and a four-page catalogue
// with a page header, a page-number footer, its header row repeated on each page, rows cut by the
// page breaks and 一级事项 cells merged across them. Each is compared with what the same document
// reads as in another format, field by field.
import { join } from 'node:path';
import { normalise, type AnnualReport, type Catalogue, type Item } from '../src/index.js';
import { repo, seeds } from './paths.js';
import { catalogueOf, reportOf } from './narrow.js';

const pdf = join(repo, 'corpus', 'pdf');
const catalogue = async (path: string): Promise<Catalogue> => catalogueOf(await normalise(path));

/** What an item says, leaving out where it was read from. */
function meaning(it: Item): unknown {
  const { source: _source, filledDown, ...rest } = it;
  return { ...rest, filledDown: [...(filledDown ?? [])].sort() };
}
/** The same, with every string's whitespace taken out. */
const squeezed = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v)));

describe.each([
  // name, fields whose line breaks or spaces differ from the .docx at most
  ['000_8323535ad2f7897b', 17],
  ['001_6b51252c69ebe662', 11],
  ['002_59a7dd9431f93d90', 3],
])('seed %s as PDF', (name, whitespaceFields) => {
  let fromPdf: Catalogue;
  beforeAll(async () => void (fromPdf = await catalogue(join(pdf, `${name}.pdf`))));

  test('the same items as the text export, field by field, whitespace aside', async () => {
    const seed = await catalogue(join(seeds, `${name}.txt`));
    expect(fromPdf.source.format).toBe('pdf');
    expect(squeezed(fromPdf.items.map(meaning))).toEqual(squeezed(seed.items.map(meaning)));
    expect(fromPdf.agency).toEqual(seed.agency);
  });

  // Where the PDF's whitespace differs from the .docx's: a paragraph inside a cell that ends
  // within a character of the cell's edge reads as a wrapped line (nothing on the page tells
  // them apart), and a space between Latin and CJK text ("1. 国家") is not kept, since the
  // typesetter's own spacing there is as wide as a space.
  test(`whitespace differs from the .docx in at most ${whitespaceFields} fields`, async () => {
    const docx = await catalogue(join(repo, 'corpus', 'seed-variants', `${name}.docx`));
    let differing = 0;
    fromPdf.items.forEach((item, k) => {
      const a = meaning(item) as Record<string, unknown>;
      const b = meaning(docx.items[k]!) as Record<string, unknown>;
      for (const field of Object.keys(a))
        if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) {
          expect(squeezed(a[field])).toEqual(squeezed(b[field]));
          differing++;
        }
    });
    expect(differing).toBeLessThanOrEqual(whitespaceFields);
  });
});

describe('a catalogue over four pages, with page furniture', () => {
  let fromPdf: Catalogue;
  beforeAll(async () => void (fromPdf = await catalogue(join(pdf, 'paged-catalogue.pdf'))));

  test('the same items as the generator wrote in its text export, exactly', async () => {
    const tsv = await catalogue(join(pdf, 'paged-catalogue.tsv'));
    expect(fromPdf.items).toHaveLength(24);
    expect(fromPdf.items.map(meaning)).toEqual(tsv.items.map(meaning));
  });

  test('rows cut by a page break are whole, and merged cells go on across it', () => {
    const byName = (n: string): Item => fromPdf.items.find((i) => i.path.at(-1) === n)!;
    // Item 14 starts at the foot of page 2 and ends at the top of page 3.
    expect(byName('债务余额').content).toBe(
      '债务余额的编制说明、报表及其附件；债务余额涉及的项目名称、金额、资金来源和使用方向；公开后收到的意见及其处理情况。',
    );
    expect(byName('债务余额').source.page).toBe(2);
    // 财政资金 is one cell from item 9 on page 2 to item 16 on page 3.
    expect(byName('还本付息').path).toEqual(['财政资金', '还本付息']);
    expect(byName('还本付息').source.page).toBe(3);
  });

  test('the page header and footers are left out and said so', () => {
    const note = fromPdf.diagnostics.find((d) => d.code === 'page-furniture');
    expect(note?.message).toBe('Left out of the page margins: "某县财政局政务公开专栏" (4 pages), 4 page number(s).');
    expect(JSON.stringify(fromPdf.items)).not.toMatch(/政务公开专栏|第\s*\d\s*页/);
  });
});

test('the Shanghai report as PDF reads number for number, and section for section, as its HTML page', async () => {
  const html = reportOf(await normalise(join(repo, 'corpus', 'reports', 'shanghai-gov-office-2019.html')));
  const fromPdf: AnnualReport = reportOf(await normalise(join(pdf, 'shanghai-gov-office-2019.pdf')));
  for (const key of ['title', 'year', 'template', 'agency', 'preface', 'proactive', 'requests', 'reviews'] as const)
    expect(fromPdf[key]).toEqual(html[key]);
  // Lines differ: the page holds the whole text on one line, the PDF a line per printed paragraph.
  const text = (r: AnnualReport): unknown => squeezed(r.sections.map(({ line: _line, ...s }) => s));
  expect(text(fromPdf)).toEqual(text(html));
  expect(fromPdf.checks).toEqual(html.checks);
});

describe('the same catalogue without cell borders: a table known by the alignment of its text', () => {
  let fromPdf: Catalogue;
  beforeAll(async () => void (fromPdf = await catalogue(join(pdf, 'unruled-catalogue.pdf'))));

  test('the same items as the text export, field by field, whitespace aside', async () => {
    const tsv = await catalogue(join(pdf, 'unruled-catalogue.tsv'));
    expect(fromPdf.items).toHaveLength(24);
    expect(squeezed(fromPdf.items.map(meaning))).toEqual(squeezed(tsv.items.map(meaning)));
  });

  test('read over four pages; its header row, printed again on each page, is no page header', () => {
    expect(new Set(fromPdf.items.map((i) => i.source.page))).toEqual(new Set([1, 2, 3, 4]));
    // Each page's header row starts a part of the table (block), as a repeated header does.
    expect(new Set(fromPdf.items.map((i) => i.source.block))).toEqual(new Set([1, 2, 3, 4]));
    const note = fromPdf.diagnostics.find((d) => d.code === 'page-furniture');
    expect(note?.message).toBe('Left out of the page margins: "某县财政局政务公开专栏" (4 pages), 4 page number(s).');
  });
});
