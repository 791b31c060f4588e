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
