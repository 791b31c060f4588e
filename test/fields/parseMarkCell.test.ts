import { parseMarkCell, parseMarkedList } from '../../src/fields/marks.js';

describe('parseMarkCell', () => {
  test.each([
    ['√', true, null],
    ['✓', true, null],
    ['✔', true, null],
    ['■', true, null],
    ['☑', true, null],
    ['☒', true, null],
    ['🗹', true, null],
    ['□', false, null],
    ['☐', false, null],
    ['🞎', false, null],
    ['<input type="checkbox" checked>', true, null],
    ['<input type="checkbox" checked="false">', true, null], // presence of the attribute is what counts
    ['<input type="checkbox">', false, null],
    ['\uf0fe', true, null], // Wingdings checked box from a symbol font
    ['\uf0a8', false, null], // Wingdings empty box
    ['', null, null],
    ['   ', null, null],
    ['√拟征收土地所在地的村集体成员', true, '拟征收土地所在地的村集体成员'],
    ['拟征收土地所在地的村集体成员', true, '拟征收土地所在地的村集体成员'], // free text instead of a tick
  ])('%j → %j', (text, value, note) => {
    expect(parseMarkCell(text)).toMatchObject({ value, note });
  });

  test('a symbol-font mark is flagged', () => {
    expect(parseMarkCell('\uf0fc').symbolFont).toBe(true);
    expect(parseMarkCell('√').symbolFont).toBe(false);
  });
});

describe('parseMarkedList', () => {
  test.each<[string, Array<[string, 'checked' | 'unchecked']>]>([
    [
      '■全社会 □特定群众',
      [
        ['全社会', 'checked'],
        ['特定群众', 'unchecked'],
      ],
    ],
    [
      '<input checked="" type="checkbox"/> 全社会 <input type="checkbox"/> 特定群众',
      [
        ['全社会', 'checked'],
        ['特定群众', 'unchecked'],
      ],
    ],
    [
      '□公开查阅点□政务服务中心',
      [
        ['公开查阅点', 'unchecked'],
        ['政务服务中心', 'unchecked'],
      ],
    ],
    [
      '口全社会 ■特定群体',
      [
        ['全社会', 'unchecked'],
        ['特定群体', 'checked'],
      ],
    ], // 口 typed for □
    [
      'R政府网站 £政府公报',
      [
        ['政府网站', 'checked'],
        ['政府公报', 'unchecked'],
      ],
    ], // Wingdings 2 letters
    [
      't政府网站 £政府公报',
      [
        ['政府网站', 'checked'],
        ['政府公报', 'unchecked'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parseMarkedList(text).items.map((i) => [i.label, i.state])).toEqual(expected);
  });

  test.each(['口岸管理', '出口退税', 'Results', '£100'])('a lone stand-in letter is text, not a mark: %j', (text) => {
    expect(parseMarkedList(text).items).toEqual([]);
  });
});
