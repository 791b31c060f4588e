// Every rule by which read/ decides an input's container and format, a table each: magic bytes,
// the shape of text, the Excel-quoted TSV test and the delimiter. Inputs are written here.
import { containerOf, excelQuoted, readInput } from '../../src/read/input.js';
import { sniffFormat } from '../../src/read/sniffFormat.js';
import { sniffDelimiter } from '../../src/read/sniffDelimiter.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const text = (t: string): Uint8Array => new TextEncoder().encode(t);

describe('containerOf', () => {
  test.each([
    ['a zip (PK\\3\\4)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'zip'],
    ['an OLE compound file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00), 'ole'],
    ['the first half of the OLE magic only', bytes(0xd0, 0xcf, 0x11, 0xe0, 0x41, 0x41, 0x41, 0x41), 'text'],
    ['an empty zip marker (PK\\5\\6) is no zip entry', bytes(0x50, 0x4b, 0x05, 0x06), 'text'],
    ['UTF-8 text', text('序号\t公开事项'), 'text'],
    ['too short for any magic', bytes(0x50), 'text'],
  ])('%s → %s', (_name, input, container) => {
    expect(containerOf(input)).toBe(container);
  });
});

describe('sniffFormat', () => {
  test.each([
    ['rows of tabs', 'a\tb\tc\nd\te\tf\n', 'tsv'],
    ['one tab-led cell a line, rows between blank lines', '\t1\n\tx\n续\n\n\t2\n\ty\n', 'cells'],
    ['a page', '<!DOCTYPE html><html><table></table>', 'html'],
    ['a CMS fragment of block tags', '<p>a</p><div>b</div><p>c</p>', 'html'],
    ['commas, Excel quoting', '序号,名称,依据\n1,"a, b",c\n2,d,e\n', 'csv'],
    ['semicolons', '序号;名称;依据\n1;a;c\n2;d;e\n', 'csv'],
    ['prose', 'just prose\nmore prose', 'text'],
    // Once refused as NO_TABLE: a first data row with a stray quote, the README's own example.
    ['a stray quote in the first row', '序号,名称,依据\n1,"双随机、一公开"监管结果,c\n2,d,e\n', 'csv'],
    // And a first record longer than the 64 KiB sample.
    ['a first record over 64 KiB', `序号,名称,依据\n1,${'长'.repeat(70_000)},c\n2,d,e\n`, 'csv'],
  ])('%s → %s', (_name, input, format) => {
    expect(sniffFormat(input)).toBe(format);
  });
});

describe('excelQuoted: a quoted field running over a line break means Excel wrote the TSV', () => {
  test.each([
    ['序号\t"本年新\n制作数量"\t总计\n', true],
    ['"第一行\n第二行"\tx\n', true],
    ['序号\t名称\n1\t"双随机、一公开"监管结果\n', false],
    ['a\tb\nc\td\n', false],
  ])('%j → %s', (input, quoted) => {
    expect(excelQuoted(input)).toBe(quoted);
  });
});

test.each([
  ['a,b,c\n1,2,3\n', ','],
  ['a;b;c\n1;2;3\n', ';'],
  ['a|b|c\n1|2|3\n', '|'],
  ['a\tb\n1\t2\n', '\t'],
])('sniffDelimiter(%j) → %j', (input, delimiter) => {
  expect(sniffDelimiter(input).delimiter).toBe(delimiter);
});

describe('readInput', () => {
  test.each([
    ['plain TSV', '序号\t名称\t依据\n1\ta\tb\n', 'tsv', null],
    ['Excel-quoted TSV', '序号\t"名\n称"\t依据\n1\ta\tb\n', 'tsv', '\t'],
    ['CSV', '序号,名称,依据\n1,a,b\n2,c,d\n', 'csv', ','],
  ])('%s → format %s, delimiter %j', async (_name, input, format, delimiter) => {
    expect((await readInput(text(input))).value).toMatchObject({
      container: 'text',
      format,
      delimiter,
      encoding: 'utf-8',
    });
  });

  test('a format given skips sniffing', async () => {
    expect((await readInput(text('a,b\n'), { format: 'tsv' })).value.format).toBe('tsv');
  });

  test('an OLE signature over bytes that are no compound file is a damaged file', async () => {
    await expect(readInput(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
  });
});
