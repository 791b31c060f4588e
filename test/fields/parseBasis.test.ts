import { normaliseDocNo, parseBasis } from '../../src/fields/citations.js';

describe('normaliseDocNo', () => {
  test.each([
    ['国办发〔2019〕54号', '国办发〔2019〕54号'],
    ['国办发﹝2019﹞54号', '国办发〔2019〕54号'],
    ['国办发[2019]54号', '国办发〔2019〕54号'],
    ['国办发［2019］54号', '国办发〔2019〕54号'],
    ['国办发【2019】54号', '国办发〔2019〕54号'],
    ['国办发（2019）54号', '国办发〔2019〕54号'],
    ['国务院令第711号', '国务院令第711号'],
    ['国务院令 第711号', '国务院令第711号'],
    ['国务院令711号', '国务院令第711号'],
    ['省政府令 第169号', '省政府令第169号'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseDocNo(raw)).toBe(expected);
  });
});

describe('parseBasis', () => {
  test('titles with 文号 in full-width or ASCII brackets, nested 〈〉', () => {
    const { citations } = parseBasis(
      '《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》（中办发〔2016〕8号）； 《关于x》(中办发[2015]21号)',
    );
    expect(citations).toEqual([
      { title: '中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知', docNo: '中办发〔2016〕8号' },
      { title: '关于x', docNo: '中办发〔2015〕21号' },
    ]);
  });

  test('a title without 文号, a 【category】 prefix, text outside 《》', () => {
    const { text, citations } = parseBasis('【法律】《中华人民共和国预算法》；“三定”方案');
    expect(text).toBe('【法律】《中华人民共和国预算法》；“三定”方案');
    expect(citations).toEqual([
      { title: '中华人民共和国预算法', docNo: null, category: '法律' },
      { title: '“三定”方案', docNo: null, quoted: false },
    ]);
  });

  test('the same 条例 cited three ways compares equal', () => {
    const docNos = ['（国务院令第711号）', '（国务院令 第711号）', '（国务院令711号）'].map(
      (n) => parseBasis(`《中华人民共和国政府信息公开条例》${n}`).citations[0]!.docNo,
    );
    expect(new Set(docNos)).toEqual(new Set(['国务院令第711号']));
  });

  test('a parenthesis that is not a 文号 stays out of docNo', () => {
    expect(parseBasis('《地方政府债务信息公开办法（试行）》（财预〔2018〕209号）').citations[0]).toEqual({
      title: '地方政府债务信息公开办法（试行）',
      docNo: '财预〔2018〕209号',
    });
  });
});
