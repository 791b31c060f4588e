// Annual reports published as PDF (corpus/reports/, copied from shared/data/reports/), read from the
// text layer and the drawn table rulings. Every number below was read off poppler's independent
// rendering (`pdftotext -layout`), not off gongkai's output; the checks hold or fail as the printed
// numbers do.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { normalise, GongkaiError, type AnnualReport } from '../src/index.js';
import { repo } from './paths.js';
import { reportOf } from './narrow.js';

const load = async (name: string): Promise<AnnualReport> =>
  reportOf(await normalise(join(repo, 'corpus', 'reports', name)));
const Z = [0, 0, 0, 0, 0, 0, 0];
const failed = (r: AnnualReport): string[] => r.checks.filter((c) => !c.ok).map((c) => `${c.rule}@${c.where}`);

describe('淮安市人民政府 2024 (2021 template, 6 pages, table 3 across a page break)', () => {
  let r: AnnualReport;
  beforeAll(async () => void (r = await load('huaian-gov-2024.pdf')));

  test('title over two lines, agency, province and city, the six sections', () => {
    expect(r).toMatchObject({
      title: '淮安市人民政府2024年政府信息公开工作年度报告',
      year: 2024,
      template: '2021',
      agency: { name: '淮安市人民政府', province: '江苏省', city: '淮安市' },
      source: { format: 'pdf' },
    });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.preface).toMatch(/^本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》/);
  });

  test('table 2', () => {
    expect(r.proactive.map((p) => [p.article, p.item, p.values])).toEqual([
      ['第二十条第（一）项', '规章', { issued: 1, repealed: 0, inForce: 11 }],
      ['第二十条第（一）项', '行政规范性文件', { issued: 8, repealed: 26, inForce: 66 }],
      ['第二十条第（五）项', '行政许可', { decisions: 447228 }],
      ['第二十条第（六）项', '行政处罚', { decisions: 3985758 }],
      ['第二十条第（六）项', '行政强制', { decisions: 88283 }],
      ['第二十条第（八）项', '行政事业性收费', { amount: 96171.6 }],
    ]);
  });

  test('table 3, continued on the next page; R1 holds: 3119 + 34 = 3050 + 103', () => {
    expect(Object.fromEntries(Object.entries(r.requests.rows).filter(([, v]) => v !== null))).toEqual({
      newReceived: [3001, 53, 0, 0, 61, 4, 3119],
      carriedOver: [34, 0, 0, 0, 0, 0, 34],
      granted: [1288, 21, 0, 0, 50, 3, 1362],
      partiallyGranted: [447, 7, 0, 0, 0, 0, 454],
      'denied.stateSecret': [2, 0, 0, 0, 0, 0, 2],
      'denied.prohibitedByLaw': [30, 1, 0, 0, 0, 0, 31],
      'denied.threeSecurities': [5, 0, 0, 0, 0, 0, 5],
      'denied.thirdParty': [6, 0, 0, 0, 0, 0, 6],
      'denied.internalAffairs': [7, 1, 0, 0, 0, 0, 8],
      'denied.processInfo': [12, 0, 0, 0, 0, 0, 12],
      'denied.enforcementFile': [9, 0, 0, 0, 0, 0, 9],
      'denied.queryMatter': [105, 0, 0, 0, 0, 0, 105],
      'unable.notHeld': [746, 12, 0, 0, 10, 1, 769],
      'unable.needsCreation': [11, 0, 0, 0, 0, 0, 11],
      'unable.unclear': [1, 0, 0, 0, 0, 0, 1],
      'notProcessed.petition': [56, 6, 0, 0, 0, 0, 62],
      'notProcessed.duplicate': [25, 0, 0, 0, 0, 0, 25],
      'notProcessed.publication': Z,
      'notProcessed.massive': Z,
      'notProcessed.confirm': [1, 0, 0, 0, 0, 0, 1],
      'other.overdueCorrection': [67, 3, 0, 0, 1, 0, 71],
      'other.unpaidFee': [6, 0, 0, 0, 0, 0, 6],
      'other.other': [108, 2, 0, 0, 0, 0, 110],
      total: [2932, 53, 0, 0, 61, 4, 3050],
      carriedForward: [103, 0, 0, 0, 0, 0, 103],
    });
    expect(r.checks.find((c) => c.rule === 'R1' && c.where === 'total')).toMatchObject({
      ok: true,
      expected: 3153,
      actual: 3153,
    });
  });

  test('table 4; every check holds; the page numbers are left out', () => {
    expect(r.reviews).toEqual({
      review: { maintained: 72, corrected: 64, other: 178, pending: 37, total: 351 },
      litigationDirect: { maintained: 13, corrected: 4, other: 8, pending: 1, total: 26 },
      litigationAfterReview: { maintained: 12, corrected: 1, other: 1, pending: 6, total: 20 },
    });
    expect(failed(r)).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'page-furniture' }));
    expect(r.sections.map((s) => s.text).join('\n')).not.toMatch(/-\s*\d+\s*-/);
  });
});

describe('洪泽区人民政府 2023 (a single （六） row, a misprinted label, table 4 that does not add up)', () => {
  let r: AnnualReport;
  beforeAll(async () => void (r = await load('hongze-gov-2023.pdf')));

  test('title, agency, a mixed template', () => {
    expect(r).toMatchObject({
      title: '洪泽区人民政府2023年政府信息公开工作年度报告',
      template: 'mixed',
      agency: { name: '洪泽区人民政府', province: '江苏省', city: '淮安市' },
    });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('tables 2 and 3, 2.其他法律行政止公开 read as its row with a note', () => {
    expect(r.proactive.map((p) => [p.item, p.values])).toEqual([
      ['规章', { issued: 0, repealed: 0, inForce: 0 }],
      ['行政规范性文件', { issued: 0, repealed: 5, inForce: 5 }],
      ['行政许可', { decisions: 550 }],
      ['行政处罚', { decisions: 4119 }],
      ['行政强制', { decisions: 195 }],
      ['行政事业性收费', { amount: 7730.28 }],
    ]);
    expect(Object.fromEntries(Object.entries(r.requests.rows).filter(([, v]) => v !== null))).toEqual({
      newReceived: [21, 0, 0, 0, 0, 0, 21],
      carriedOver: Z,
      granted: Z,
      partiallyGranted: [4, 0, 0, 0, 0, 0, 4],
      'denied.stateSecret': [1, 0, 0, 0, 0, 0, 1],
      'denied.prohibitedByLaw': Z,
      'denied.threeSecurities': Z,
      'denied.thirdParty': Z,
      'denied.internalAffairs': Z,
      'denied.processInfo': [1, 0, 0, 0, 0, 0, 1],
      'denied.enforcementFile': [1, 0, 0, 0, 0, 0, 1],
      'denied.queryMatter': Z,
      'unable.notHeld': [10, 0, 0, 0, 0, 0, 10],
      'unable.needsCreation': [3, 0, 0, 0, 0, 0, 3],
      'unable.unclear': Z,
      'notProcessed.petition': [1, 0, 0, 0, 0, 0, 1],
      'notProcessed.duplicate': Z,
      'notProcessed.publication': Z,
      'notProcessed.massive': Z,
      'notProcessed.confirm': Z,
      other: Z,
      total: [21, 0, 0, 0, 0, 0, 21],
      carriedForward: Z,
    });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'label-fuzzy', message: expect.stringContaining('2.其他法律行政止公开') }),
    );
  });

  test('table 4 as printed: its totals do not add up, and R4 says so', () => {
    expect(r.reviews).toEqual({
      review: { maintained: 10, corrected: 1, other: 0, pending: 0, total: 0 },
      litigationDirect: { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReview: { maintained: 5, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(failed(r)).toEqual(['R4@review', 'R4@litigationAfterReview']);
  });
});

test.each([
  ['scanned.pdf', 'NO_TEXT_LAYER'], // one page that is only an image
  ['truncated.pdf', 'CORRUPT_FILE'],
  ['encrypted.pdf', 'ENCRYPTED'], // LibreOffice's export with an open password
])('%s → GongkaiError %s', async (name, code) => {
  const error = await normalise(readFileSync(join(repo, 'corpus', 'broken', name)), { name }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GongkaiError);
  expect((error as GongkaiError).code).toBe(code);
});
