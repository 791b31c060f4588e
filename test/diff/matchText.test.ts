// The text items are matched on: the table-driven removal of spaces, punctuation and symbols must
// remove exactly what the regular expression [\s\p{P}\p{S}] removes, on every kind of character.
import { matchText } from '../../src/diff/matchText.js';

const byRegex = (text: string): string => text.replace(/[\s\p{P}\p{S}]+/gu, '');

test('removes what [\\s\\p{P}\\p{S}] removes, in and outside the BMP', () => {
  const samples = [
    '《中华人民共和国政府信息公开条例》（国务院令第711号）',
    '机关职能、机构设置、办公地址；联系方式…… “三公”经费 ¥100 + 50% ■□√☑',
    'tabs\tand\u3000ideographic spaces\u00a0nbsp',
    '𠀀 (U+20000) and 😀 (an emoji, a symbol outside the BMP) 𝟙',
    '',
  ];
  // Texts that do not start with numbering, so only the removal differs from NFKC.
  for (const text of samples) expect(matchText(text)).toBe(byRegex(text.normalize('NFKC')));
});

test('numbering, markers and synonyms', () => {
  expect(matchText('●2. 服务指南（试行）')).toBe('办事指南试行');
  expect(matchText('（3）精准脱贫 扶贫项目')).toBe('脱贫攻坚脱贫项目');
  expect(matchText('ＡＢＣ１２３')).toBe('ABC123'); // NFKC: full-width letters and digits
});

test('item names printed with numbering match their bare names', () => {
  // As the real 平昌 财政局 catalogue prints them.
  for (const [numbered, bare] of [
    ['1.机构概况', '机构概况'],
    ['2、部门和地方政府规章', '部门和地方政府规章'],
    ['1法律、法规', '法律、法规'],
    ['7政府信息公开工作年度', '政府信息公开工作年度'],
    ['2．“双公示”', '“双公示”'],
    ['10.其他', '其他'],
    ['一、机构信息', '机构信息'],
  ])
    expect(matchText(numbered!)).toBe(matchText(bare!));
  // Three digits or more before a name are part of it.
  expect(matchText('12345热线')).toBe('12345热线');
});
