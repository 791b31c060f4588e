// The text readers on small synthetic inputs (each written here, as text).
import { fromTsv } from '../../src/layout/fromTsv.js';
import { fromCells } from '../../src/layout/fromCells.js';
import { tables, type Layout } from '../../src/layout/layout.js';

/** Every table row's cell texts, tables one after the other. */
const texts = (layout: Layout): string[][] =>
  tables(layout).flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('fromTsv', () => {
  test('a blank line ends a table, and the next one follows it; cells keep their line and column', () => {
    const layout = fromTsv('a\tb\r\nc\td\n\n\ne\tf\n').value;
    expect(tables(layout).map((t) => [t.rows.map((r) => r.line), t.follows])).toEqual([
      [[1, 2], false],
      [[5], true],
    ]);
    expect(tables(layout)[1]!.rows[0]!.cells[1]).toEqual({ text: 'f', line: 5, column: 2 });
  });

  test('a line of empty cells is skipped but does not split the table', () => {
    expect(tables(fromTsv('a\tb\n\t\t\nc\td').value).map((t) => t.rows.length)).toEqual([2]);
  });

  test('lines of one field are paragraphs unless a table row stands beside them', () => {
    const layout = fromTsv('某局目录\n说明\n\n序号\t名称\n一、机构信息\n1\t机构').value;
    expect(layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.length))).toEqual([
      '某局目录',
      '说明',
      3,
    ]);
  });
});

describe('fromCells', () => {
  const row = (...cells: string[]): string => cells.map((c) => `\t${c}`).join('\n');

  test('a line without a tab continues the cell before it', () => {
    const grid = fromCells([row('1', '一级'), '目录', row('x')].join('\n')).value;
    expect(texts(grid)).toEqual([['1', '一级\n目录', 'x']]);
  });

  test('an empty paragraph inside a cell does not end an incomplete row', () => {
    const full = row('1', 'a', 'b', 'c');
    const split = [row('2', 'a'), '', row('b', 'c')].join('\n');
    const grid = fromCells([full, '', full, '', split, '', full].join('\n')).value;
    expect(texts(grid)).toEqual([
      ['1', 'a', 'b', 'c'],
      ['1', 'a', 'b', 'c'],
      ['2', 'a', 'b', 'c'],
      ['1', 'a', 'b', 'c'],
    ]);
  });

  test('a fragment that opens with a 序号 starts a row of its own', () => {
    const grid = fromCells(
      [row('1', 'a', 'b', 'c'), '', row('1', 'a', 'b', 'c'), '', row('2', 'a'), '', row('3', 'x')].join('\n'),
    ).value;
    expect(texts(grid).map((r) => r[0])).toEqual(['1', '1', '2', '3']);
  });

  test('a line without a tab outside any cell is a paragraph', () => {
    const layout = fromCells(['某局目录', '', row('1', 'a', 'b')].join('\n')).value;
    expect(layout.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(texts(layout)).toEqual([['1', 'a', 'b']]);
  });
});
