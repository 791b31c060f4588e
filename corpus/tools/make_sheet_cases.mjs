// Workbook edge cases for corpus/sheet-edge/, written as .xlsx with SheetJS (@e965/xlsx), then
// converted to .xls and .ods by LibreOffice (see corpus/README.md). One workbook holds every case a
// sheet reader must get right:
//  - sheet 1 "说明": a prose cover whose first line is the catalogue's title;
//  - sheet 2 "空白": an empty sheet;
//  - sheet 3 "目录": the catalogue, its header over two rows with 公开对象 merged across its two
//    children (全社会, 特定群体) and 序号 / 事项名称 merged down; 事项名称 merged down over two items;
//    a hidden column (内部编号); phone numbers stored as numbers with a format that prints the
//    leading zero; a date stored as a date.
// Run from the repository root: node corpus/tools/make_sheet_cases.mjs
import { writeFileSync } from 'node:fs';
import XLSX from '@e965/xlsx';

const cover = XLSX.utils.aoa_to_sheet([
  ['某县财政局政府信息主动公开基本目录'],
  ['本目录依据《中华人民共和国政府信息公开条例》编制，列明本局主动公开的事项。'],
]);
const rows = [
  ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开对象', '', '内部编号', '咨询电话', '更新日期'],
  ['', '', '', '', '', '全社会', '特定群体', '', '', ''],
  [1, '机构信息', '机构名称、职能。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '√', '', 'A-01', 8276230182, new Date(Date.UTC(2024, 2, 1))],
  [2, '', '领导分工。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '√', '', 'A-02', 8276230182, new Date(Date.UTC(2024, 2, 1))],
  [3, '财政预决算', '部门预算、部门决算。', '《中华人民共和国预算法》', '批复后20日内', '√', '√', 'B-01', 8276230183, new Date(Date.UTC(2024, 5, 30))],
];
const catalogue = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
for (let r = 2; r < rows.length; r++) {
  catalogue[XLSX.utils.encode_cell({ r, c: 8 })].z = '0000-0000000';
  catalogue[XLSX.utils.encode_cell({ r, c: 9 })].z = 'yyyy-mm-dd';
}
catalogue['!merges'] = [
  { s: { r: 0, c: 5 }, e: { r: 0, c: 6 } }, // 公开对象 over 全社会, 特定群体
  ...[0, 1, 2, 3, 4, 7, 8, 9].map((c) => ({ s: { r: 0, c }, e: { r: 1, c } })), // single headers down two rows
  { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } }, // 机构信息 over items 1 and 2
];
catalogue['!cols'] = Array.from({ length: 10 }, (_, c) => (c === 7 ? { hidden: true } : {}));

const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, cover, '说明');
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), '空白');
XLSX.utils.book_append_sheet(book, catalogue, '目录');
writeFileSync('corpus/sheet-edge/cover-empty-merged-hidden.xlsx', XLSX.write(book, { bookType: 'xlsx', type: 'buffer', cellDates: true }));
