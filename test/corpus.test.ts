// Every format of a seed reaches the same catalogue: the .docx (LibreOffice), HTML (real
// rowspan/colspan), CSV and GB18030 variants in corpus/seed-variants/ are compared field by field
// with the seed's own text export. Where a format carries more or other than the text export,
// the difference is asserted and explained here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, type Catalogue, type Item } from '../src/index.js';
import { repo, seeds } from './paths.js';
import { catalogueOf } from './narrow.js';

const variants = join(repo, 'corpus', 'seed-variants');
const names = ['000_8323535ad2f7897b', '001_6b51252c69ebe662', '002_59a7dd9431f93d90'];
const formats = [
  ['docx', 'docx'],
  ['html', 'html'],
  ['for-docx.html', 'html'],
  ['csv', 'csv'],
  ['gb18030.txt', null], // the seed's own shape, other bytes
  ['utf16.txt', null],
  ['gb18030.html', 'html'],
  ['doc', 'doc'], // LibreOffice's Word 97 from the .docx
  ['xlsx', 'xlsx'], // LibreOffice Calc from the page, its tables an empty row apart
  ['xls', 'xls'],
  ['ods', 'ods'],
] as const;

/** What an item says, leaving out where it was read from (lines differ between formats). */
function meaning(it: Item): unknown {
  const { source: _source, filledDown, ...rest } = it;
  return { ...rest, filledDown: [...(filledDown ?? [])].sort() };
}

const cache = new Map<string, Promise<Catalogue>>();
const load = (path: string): Promise<Catalogue> => {
  if (!cache.has(path)) cache.set(path, normalise(path).then(catalogueOf));
  return cache.get(path)!;
};

describe.each(names)('%s', (name) => {
  test.each(formats)('as %s: the same items, field by field', async (ext, format) => {
    const seed = await load(join(seeds, `${name}.txt`));
    const variant = await load(join(variants, `${name}.${ext}`));
    expect(variant.source.format).toBe(format ?? seed.source.format);
    expect(variant.items.map(meaning)).toEqual(seed.items.map(meaning));
    expect(variant.agency.name).toBe(seed.agency.name);
    expect(variant.agency.province).toBe(seed.agency.province);
    expect(variant.stats.items).toBe(seed.stats.items);
  });
});

test('the corpus holds every variant the test above reads', () => {
  const files = readdirSync(variants);
  for (const name of names) for (const [ext] of formats) expect(files).toContain(`${name}.${ext}`);
});

describe('differences that the formats carry, explained', () => {
  test('a real rowspan is counted once, like the blank cell the text export prints in its place', async () => {
    const seed = await load(join(seeds, '001_6b51252c69ebe662.txt'));
    const html = await load(join(variants, '001_6b51252c69ebe662.html'));
    // Blank cells are not counted in either; the rowspan copies are values, not cells.
    expect(html.stats.cells).toBe(seed.stats.cells);
    expect(html.items.find((i) => i.id === '2')!.filledDown).toEqual(
      expect.arrayContaining(['path.1', 'basis', 'timeLimit', 'channels']),
    );
  });

  test('an HTML page may name itself in <title>: 000 has no title line, its page does', async () => {
    expect((await load(join(seeds, '000_8323535ad2f7897b.txt'))).title).toBeNull();
    expect((await load(join(variants, '000_8323535ad2f7897b.html'))).title).toBe('政府信息公开目录');
  });

  test('GB18030 bytes say how they were decoded; a BOM decides without a guess', async () => {
    for (const ext of ['gb18030.txt', 'gb18030.html']) {
      const gb = await load(join(variants, `001_6b51252c69ebe662.${ext}`));
      expect(gb.source.encoding).toBe('gb18030');
      expect(gb.diagnostics[0]).toMatchObject({ code: 'encoding-guessed', severity: 'warning' });
    }
    const utf16 = await load(join(variants, '001_6b51252c69ebe662.utf16.txt'));
    expect(utf16.source.encoding).toBe('utf-16le');
    expect(utf16.diagnostics.map((d) => d.code)).not.toContain('encoding-guessed');
  });
});
