// Column-drift repair on synthetic rows: each case is a row as an exporter might print it under
// the usual header, and where its cells must land.
import { alignRow, type ColumnField } from '../../src/table/alignRow.js';

const header: ColumnField[] = [
  'seq',
  'path',
  'path',
  'content',
  'basis',
  'publisher',
  'timeLimit',
  'channels',
  'audience.public',
  'audience.specific',
  'mode.proactive',
  'mode.onRequest',
];
const BASIS = '《中华人民共和国政府信息公开条例》（国务院令第711号）';
const TIME = '自该信息形成或者变更之日起20个工作日内';
const LIST = '■政府网站 □政府公报';

describe('alignRow', () => {
  test('a row that fits stays as printed', () => {
    const row = ['1', '机构信息', '基本信息', '机构名称、联系方式等。', BASIS, '办公室', TIME, LIST, '√', '', '√', ''];
    expect(alignRow(row, header)).toEqual(row.map((_, i) => i));
  });

  test('a missing cell: the rest move right by content', () => {
    const row = [
      '1',
      '机构信息',
      '机构名称、联系方式、办公地址、办公时间等。',
      BASIS,
      '办公室',
      TIME,
      LIST,
      '√',
      '',
      '√',
      '',
    ];
    expect(alignRow(row, header)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('an extra blank cell before the time limit: the time limit and the ticks move left', () => {
    const row = ['8', '', '其他人事事项', '其他人事管理信息', '', '办公室', '', '', '按规定时限进行公开', '√', '', '√'];
    const got = alignRow(row, header);
    expect(got[8]).toBe(6);
    expect([got[9], got[11]]).toEqual([8, 10]);
  });

  test('a channel list split over two cells joins one column', () => {
    const row = [
      '9',
      '法规',
      '目录',
      '内容，内容。',
      BASIS,
      '办公室',
      TIME,
      LIST,
      '□政务新媒体 □广播电视',
      '√',
      '',
      '√',
      '',
    ];
    const got = alignRow(row, [...header, null]);
    expect(got.slice(7, 10)).toEqual([7, 7, 8]);
  });

  test('a cell that fits nowhere is set aside (-1) rather than forced into a column', () => {
    const row = [
      '1',
      '机构信息',
      '基本信息',
      '机构名称。',
      BASIS,
      '办公室',
      TIME,
      LIST,
      '√',
      '',
      '√',
      '',
      '《另一个依据》',
    ];
    expect(alignRow(row, header)[12]).toBe(-1);
  });
});

test('a row wider than any catalogue layout is read as printed, cells past the header set aside', () => {
  const fields: ColumnField[] = Array.from({ length: 70 }, (_, j) => (j === 0 ? 'seq' : 'content'));
  const row = Array.from({ length: 72 }, (_, i) => (i % 2 ? '20个工作日' : '《条例》'));
  expect(alignRow(row, fields)).toEqual(row.map((_, i) => (i < 70 ? i : -1)));
});
