// The annual-report seeds and the Shanghai report: every number of tables 2–4, as printed in the
// source (each was read off the source by hand), and the checks that must hold.
import { join } from 'node:path';
import { normalise, type AnnualReport } from '../src/index.js';
import { repo, seeds } from './paths.js';
import { reportOf } from './narrow.js';

const load = async (path: string): Promise<AnnualReport> => reportOf(await normalise(path));
const rows = (r: AnnualReport): Record<string, unknown> =>
  Object.fromEntries(Object.entries(r.requests.rows).filter(([, v]) => v !== null));
const Z = [0, 0, 0, 0, 0, 0, 0];
const failed = (r: AnnualReport): string[] => r.checks.filter((c) => !c.ok).map((c) => `${c.rule}@${c.where}`);

describe('003 河南省工业和信息化厅 2019 (tab-separated, drifted table 3)', () => {
  let r: AnnualReport;
  beforeAll(async () => void (r = await load(join(seeds, '003_35d34fbe0cac4381.txt'))));

  test('title, year, agency, template, six sections', () => {
    expect(r).toMatchObject({
      title: '河南省工业和信息化厅2019年政府信息公开工作年度报告',
      year: 2019,
      template: '2019',
    });
    expect(r.agency).toMatchObject({ name: '河南省工业和信息化厅', province: '河南省' });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.sections[4]!.title).toBe('存在的主要问题及改进情况');
  });

  test('table 2', () => {
    expect(r.proactive.map((p) => [p.article, p.item, p.values])).toEqual([
      ['第二十条第（一）项', '规章', { made: 0, published: 0, total: 0 }],
      ['第二十条第（一）项', '规范性文件', { made: 1, published: 1, total: 16 }],
      ['第二十条第（五）项', '行政许可', { previous: 12, change: 0, decisions: 0 }],
      ['第二十条第（五）项', '其他对外管理服务事项', { previous: 15, change: 0, decisions: 0 }],
      ['第二十条第（六）项', '行政处罚', { previous: 54, change: 0, decisions: 0 }],
      ['第二十条第（六）项', '行政强制', { previous: 1, change: 0, decisions: 0 }],
      ['第二十条第（八）项', '行政事业性收费', { previous: 0, change: 0 }],
      ['第二十条第（九）项', '政府集中采购', { projects: 6, amount: 3350 }],
    ]);
  });

  test('table 3, its rows shifted by the label cells the exporter printed', () => {
    expect(rows(r)).toEqual({
      newReceived: [9, 0, 0, 0, 0, 0, 9],
      carriedOver: Z,
      granted: [6, 0, 0, 0, 0, 0, 6],
      partiallyGranted: Z,
      'denied.stateSecret': Z,
      'denied.prohibitedByLaw': Z,
      'denied.threeSecurities': Z,
      'denied.thirdParty': [2, 0, 0, 0, 0, 0, 2],
      'denied.internalAffairs': Z,
      'denied.processInfo': Z,
      'denied.enforcementFile': Z,
      'denied.queryMatter': Z,
      'unable.notHeld': [1, 0, 0, 0, 0, 0, 1],
      'unable.needsCreation': Z,
      'unable.unclear': Z,
      'notProcessed.petition': Z,
      'notProcessed.duplicate': Z,
      'notProcessed.publication': Z,
      'notProcessed.massive': Z,
      'notProcessed.confirm': Z,
      other: Z,
      total: [9, 0, 0, 0, 0, 0, 9],
    });
  });

  test('table 4', () => {
    const g = { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(r.reviews).toEqual({ review: g, litigationDirect: g, litigationAfterReview: g });
  });

  test('R1 holds (9 + 0 = 9 + an absent 四、结转, which a diagnostic says); every check holds', () => {
    expect(r.checks.find((c) => c.rule === 'R1' && c.where === 'total')).toMatchObject({
      ok: true,
      expected: 9,
      actual: 9,
    });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-absent', message: expect.stringContaining('carriedForward') }),
    );
    expect(failed(r)).toEqual([]);
    expect(r.checks.find((c) => c.rule === 'R6')).toMatchObject({ where: 'newReceived.total', ok: true, actual: 9 });
  });
});

describe('004 信阳市浉河区工信局 2021 (one cell per line)', () => {
  let r: AnnualReport;
  beforeAll(async () => void (r = await load(join(seeds, '004_bc477244ecc46112.txt'))));

  test('a title over two lines; a 2021 report on the 2019 forms', () => {
    expect(r).toMatchObject({
      title: '信阳市浉河区工信局2021年政府信息公开工作年度报告',
      year: 2021,
      template: '2019',
    });
    expect(r.agency.name).toBe('信阳市浉河区工信局');
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('every number of tables 2–4 is 0, the 四、结转 row included', () => {
    expect(r.proactive.flatMap((p) => Object.values(p.values))).toEqual(Array(22).fill(0)); // 6 items × 3 columns + 2 × 2
    expect(r.proactive.map((p) => p.item)).toEqual([
      '规章',
      '规范性文件',
      '行政许可',
      '其他对外管理服务事项',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
      '政府集中采购',
    ]);
    const present = Object.entries(r.requests.rows).filter(([, v]) => v !== null);
    expect(present.map(([k]) => k)).toEqual(
      expect.arrayContaining(['newReceived', 'other', 'total', 'carriedForward']),
    );
    expect(present).toHaveLength(23);
    expect(present.every(([, v]) => v!.every((n) => n === 0))).toBe(true);
    expect(Object.values(r.reviews).flatMap((g) => Object.values(g))).toEqual(Array(15).fill(0));
    expect(failed(r)).toEqual([]);
  });
});

// The page, and the same page opened in LibreOffice Calc and saved as CSV and as Excel-quoted TSV
// (corpus/README.md): merged cells become blanks, values may stand anywhere under a merged header.
describe.each([
  ['HTML', 'shanghai-gov-office-2019.html', 'html'],
  ['CSV from a spreadsheet', 'shanghai-gov-office-2019.csv', 'csv'],
  ['Excel-quoted TSV from a spreadsheet', 'shanghai-gov-office-2019.excel.tsv', 'tsv'],
])('上海市人民政府办公厅 2019 as %s (blanks for zeros, empty 总计 column)', (_name, file, format) => {
  let r: AnnualReport;
  beforeAll(async () => void (r = await load(join(repo, 'corpus', 'reports', file))));

  test('title with the year first; the six sections', () => {
    expect(r).toMatchObject({
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      year: 2019,
      template: '2019',
      agency: { name: '上海市人民政府办公厅', province: '上海市' },
      source: { format },
    });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.sections[4]!.text).toMatch(/^（一）主要问题\n一是新《条例》实施后/);
  });

  test('table 2, an amount in 元 converted to 万元', () => {
    expect(r.proactive.map((p) => [p.item, p.values])).toEqual([
      ['规章', { made: 13, published: 13, total: 524 }],
      ['规范性文件', { made: 60, published: 60, total: 368 }],
      ['行政许可', { previous: 0, change: 0, decisions: 0 }],
      ['其他对外管理服务事项', { previous: 0, change: 0, decisions: 0 }],
      ['行政处罚', { previous: 0, change: 0, decisions: 0 }],
      ['行政强制', { previous: 0, change: 0, decisions: 0 }],
      ['行政事业性收费', { previous: 0, change: 0 }],
      ['政府集中采购', { projects: 6, amount: 25.1 }],
    ]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'unit-converted' }));
  });

  test('table 3: blanks are zeros, a blank 总计 beside numbers is null', () => {
    const n = null;
    expect(rows(r)).toEqual({
      newReceived: [821, 35, 0, 0, 2, 1, 859],
      carriedOver: [18, 0, 0, 0, 0, 0, 18],
      granted: [258, 12, 0, 0, 1, 1, n],
      partiallyGranted: [3, 0, 0, 0, 0, 0, n],
      'denied.stateSecret': [14, 0, 0, 0, 0, 0, n],
      'denied.prohibitedByLaw': Z,
      'denied.threeSecurities': Z,
      'denied.thirdParty': Z,
      'denied.internalAffairs': [5, 0, 0, 0, 0, 0, n],
      'denied.processInfo': [3, 1, 0, 0, 0, 0, n],
      'denied.enforcementFile': Z,
      'denied.queryMatter': [10, 2, 0, 0, 0, 0, n],
      'unable.notHeld': [252, 12, 0, 0, 1, 0, n],
      'unable.needsCreation': [44, 3, 0, 0, 0, 0, n],
      'unable.unclear': [25, 0, 0, 0, 0, 0, n],
      'notProcessed.petition': [148, 1, 0, 0, 0, 0, n],
      'notProcessed.duplicate': [5, 4, 0, 0, 0, 0, n],
      'notProcessed.publication': Z,
      'notProcessed.massive': Z,
      'notProcessed.confirm': Z,
      other: Z,
      total: [767, 35, 0, 0, 2, 1, 805],
      carriedForward: [72, 0, 0, 0, 0, 0, 72],
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['blank-as-zero', 'total-blank']));
  });

  test('table 4', () => {
    expect(r.reviews).toEqual({
      review: { maintained: 5, corrected: 0, other: 0, pending: 2, total: 7 },
      litigationDirect: { maintained: 8, corrected: 0, other: 0, pending: 1, total: 9 },
      litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  test('R1 holds: 859 + 18 = 805 + 72; so does every other check', () => {
    expect(r.checks.find((c) => c.rule === 'R1' && c.where === 'total')).toMatchObject({
      ok: true,
      expected: 877,
      actual: 877,
    });
    expect(r.checks.find((c) => c.rule === 'R2' && c.where === 'naturalPerson')).toMatchObject({
      ok: true,
      expected: 767,
      actual: 767,
    });
    expect(failed(r)).toEqual([]);
  });
});

test('the blank 2021 template: every number null, each table saying it is a blank form', async () => {
  const r = await load(join(repo, 'corpus', 'reports', 'annual-report-template-2021.docx'));
  expect(r.template).toBe('2021');
  expect(r.proactive.flatMap((p) => Object.values(p.values)).every((v) => v === null)).toBe(true);
  expect(Object.values(r.requests.rows).every((v) => v === null)).toBe(true);
  expect(
    Object.values(r.reviews)
      .flatMap((g) => Object.values(g))
      .every((v) => v === null),
  ).toBe(true);
  expect(r.diagnostics.filter((d) => d.code === 'table-empty')).toHaveLength(3);
  expect(r.checks).toEqual([]);
});

test.each(['doc', 'xlsx', 'xls', 'ods'])(
  'the blank 2021 template as .%s (LibreOffice) reads as the .docx does: every label, every number null',
  async (extension) => {
    const docx = await load(join(repo, 'corpus', 'reports', 'annual-report-template-2021.docx'));
    const other = await load(join(repo, 'corpus', 'reports', `annual-report-template-2021.${extension}`));
    expect(other.source.format).toBe(extension);
    expect(other.template).toBe('2021');
    expect(other.proactive).toEqual(docx.proactive);
    expect(other.requests).toEqual(docx.requests);
    expect(other.reviews).toEqual(docx.reviews);
    expect(other.sections.map((s) => [s.no, s.title])).toEqual(docx.sections.map((s) => [s.no, s.title]));
    const codes = (r: AnnualReport): string[] => r.diagnostics.map((d) => d.code).sort();
    expect(codes(other)).toEqual(codes(docx));
  },
);

test('a real .docx report (the 2021 template filled with the Shanghai numbers) reads as the page does', async () => {
  const docx = await load(join(repo, 'corpus', 'reports', 'filled-2021-template-shanghai-2019.docx'));
  const page = await load(join(repo, 'corpus', 'reports', 'shanghai-gov-office-2019.html'));
  expect(docx).toMatchObject({
    title: '上海市人民政府办公厅2019年政府信息公开工作年度报告',
    year: 2019,
    template: '2021',
    source: { format: 'docx' },
  });
  expect(docx.reviews).toEqual(page.reviews);
  // The page leaves 总计 blank in result rows and prints a single （六）; the filled form has them all.
  for (const [key, values] of Object.entries(page.requests.rows)) {
    if (values === null || key === 'other') continue;
    expect([key, docx.requests.rows[key]!.slice(0, 6)]).toEqual([key, values.slice(0, 6)]);
  }
  expect(docx.requests.rows['other.other']).toEqual([0, 0, 0, 0, 0, 0, 0]);
  expect(docx.proactive[1]).toEqual({
    article: '第二十条第（一）项',
    item: '行政规范性文件',
    values: { issued: 60, repealed: 0, inForce: 368 },
  });
  expect(docx.checks.every((c) => c.ok)).toBe(true);
  expect(docx.checks.filter((c) => c.rule === 'R3')).toHaveLength(25);
});

test('a .docx report whose table-3 rows start some grid columns in (w:gridBefore) and print zeros as blanks', async () => {
  // corpus/tools/make_gridbefore_report.py: the filled 2021 form with the leading merged cells of
  // table 3's rows removed, as Word writes them. An HTML export shifts such rows left; read from
  // the WordprocessingML, every number stands under its column.
  const r = await load(join(repo, 'corpus', 'reports', 'gridbefore-2021-template-shanghai-2019.docx'));
  expect(r).toMatchObject({ year: 2019, template: '2021', source: { format: 'docx' } });
  expect(r.proactive.map((p) => [p.article, p.item, p.values])).toEqual([
    ['第二十条第（一）项', '规章', { issued: 13, repealed: 0, inForce: 524 }],
    ['第二十条第（一）项', '行政规范性文件', { issued: 60, repealed: 0, inForce: 368 }],
    ['第二十条第（五）项', '行政许可', { decisions: 0 }],
    ['第二十条第（六）项', '行政处罚', { decisions: 0 }],
    ['第二十条第（六）项', '行政强制', { decisions: 0 }],
    ['第二十条第（八）项', '行政事业性收费', { amount: 0 }],
  ]);
  expect(rows(r)).toEqual({
    newReceived: [821, 35, 0, 0, 2, 1, 859],
    carriedOver: [18, 0, 0, 0, 0, 0, 18],
    granted: [258, 12, 0, 0, 1, 1, 272],
    partiallyGranted: [3, 0, 0, 0, 0, 0, 3],
    'denied.stateSecret': [14, 0, 0, 0, 0, 0, 14],
    'denied.prohibitedByLaw': Z,
    'denied.threeSecurities': Z,
    'denied.thirdParty': Z,
    'denied.internalAffairs': [5, 0, 0, 0, 0, 0, 5],
    'denied.processInfo': [3, 1, 0, 0, 0, 0, 4],
    'denied.enforcementFile': Z,
    'denied.queryMatter': [10, 2, 0, 0, 0, 0, 12],
    'unable.notHeld': [252, 12, 0, 0, 1, 0, 265],
    'unable.needsCreation': [44, 3, 0, 0, 0, 0, 47],
    'unable.unclear': [25, 0, 0, 0, 0, 0, 25],
    'notProcessed.petition': [148, 1, 0, 0, 0, 0, 149],
    'notProcessed.duplicate': [5, 4, 0, 0, 0, 0, 9],
    'notProcessed.publication': Z,
    'notProcessed.massive': Z,
    'notProcessed.confirm': Z,
    'other.overdueCorrection': Z,
    'other.unpaidFee': Z,
    'other.other': Z,
    total: [767, 35, 0, 0, 2, 1, 805],
    carriedForward: [72, 0, 0, 0, 0, 0, 72],
  });
  expect(r.reviews).toEqual({
    review: { maintained: 5, corrected: 0, other: 0, pending: 2, total: 7 },
    litigationDirect: { maintained: 8, corrected: 0, other: 0, pending: 1, total: 9 },
    litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  });
  expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'blank-as-zero' }));
  expect(failed(r)).toEqual([]);
});
