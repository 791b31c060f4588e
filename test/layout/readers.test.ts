// The grid readers on small synthetic inputs (each written here, as text).
import { fromTsv } from '../../src/layout/fromTsv.js';
import { fromCells } from '../../src/layout/fromCells.js';

const texts = (rows: { cells: { text: string }[] }[]): string[][] => rows.map((r) => r.cells.map((c) => c.text));

describe('fromTsv', () => {
  test('a blank line starts the next table part; cells keep their line and column', () => {
    const grid = fromTsv('a\tb\r\nc\td\n\n\ne\tf\n').value;
    expect(grid.rows.map((r) => [r.line, r.block])).toEqual([
      [1, 1],
      [2, 1],
      [5, 2],
    ]);
    expect(grid.rows[2]!.cells[1]).toEqual({ text: 'f', line: 5, column: 2 });
  });

  test('a line of empty cells is skipped but does not split the part', () => {
    expect(fromTsv('a\tb\n\t\t\nc\td').value.rows.map((r) => r.block)).toEqual([1, 1]);
  });
});

describe('fromCells', () => {
  const row = (...cells: string[]): string => cells.map((c) => `\t${c}`).join('\n');

  test('a line without a tab continues the cell before it', () => {
    const grid = fromCells([row('1', '一级'), '目录', row('x')].join('\n')).value;
    expect(texts(grid.rows)).toEqual([['1', '一级\n目录', 'x']]);
  });

  test('an empty paragraph inside a cell does not end an incomplete row', () => {
    const full = row('1', 'a', 'b', 'c');
    const split = [row('2', 'a'), '', row('b', 'c')].join('\n');
    const grid = fromCells([full, '', full, '', split, '', full].join('\n')).value;
    expect(texts(grid.rows)).toEqual([
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
    expect(texts(grid.rows).map((r) => r[0])).toEqual(['1', '1', '2', '3']);
  });

  test('a title paragraph before the table is a one-cell row', () => {
    expect(texts(fromCells(['某局目录', '', row('1', 'a', 'b')].join('\n')).value.rows)).toEqual([
      ['某局目录'],
      ['1', 'a', 'b'],
    ]);
  });
});
