// Decoding and sniffing. GB18030 and UTF-16 bytes are made here with iconv-style encoders of the
// platform (TextEncoder for UTF-8; the GB18030 bytes are written out by hand from the standard).
import { decode } from '../../src/read/decode.js';
import { sniffKind } from '../../src/layout/sniffKind.js';
import { fromTsv } from '../../src/layout/fromTsv.js';
import { GongkaiError } from '../../src/errors.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof GongkaiError ? e.code : 'other';
  }
  return undefined;
};

describe('decode', () => {
  test('UTF-8, with and without BOM', () => {
    expect(decode(new TextEncoder().encode('公开')).value).toEqual({ text: '公开', encoding: 'utf-8' });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('公开')])).value.text).toBe('公开');
  });

  test('UTF-16 LE and BE with BOM', () => {
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x6c, 0x51, 0x00, 0x5f])).value).toEqual({
      text: '公开',
      encoding: 'utf-16le',
    });
    expect(decode(Uint8Array.from([0xfe, 0xff, 0x51, 0x6c, 0x5f, 0x00])).value).toEqual({
      text: '公开',
      encoding: 'utf-16be',
    });
  });

  test('GB18030 when not UTF-8, four-byte sequences included, with a diagnostic', () => {
    // 公开 = B9 AB BF AA in GBK; U+20000 (𠀀) = 95 32 82 36 in GB18030's four-byte range.
    const result = decode(Uint8Array.from([0xb9, 0xab, 0xbf, 0xaa, 0x95, 0x32, 0x82, 0x36]));
    expect(result.value).toEqual({ text: '公开𠀀', encoding: 'gb18030' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['encoding-guessed']);
  });

  test.each([
    ['empty', new Uint8Array(0), 'EMPTY_INPUT'],
    ['NUL bytes without a UTF-16 BOM', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'NOT_TEXT'],
    ['control characters', Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'NOT_TEXT'],
    ['a UTF-16 BOM over odd bytes', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'NOT_TEXT'],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(code(() => decode(bytes))).toBe(expected);
  });
});

describe('sniffKind', () => {
  test('an annual report by its section headings', () => {
    expect(
      sniffKind(fromTsv('某局2021年政府信息公开工作年度报告\n一、总体情况\n…\n二、主动公开政府信息情况\n').value),
    ).toBe('annual-report');
    expect(sniffKind(fromTsv('序号\t公开事项\t公开依据\t公开时限\n1\t…①总体情况\n').value)).toBe('catalogue');
  });
});
