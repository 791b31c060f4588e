// Label variants, templates and the consistency rules on small reports written here as
// tab-separated text, and on the 003 seed with numbers broken on purpose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, type AnnualReport } from '../src/index.js';
import { matchRowLabel } from '../src/table/report/requests.js';
import { repo, seeds } from './paths.js';
import { reportOf } from './narrow.js';
import { reportText, row } from './reportText.js';

describe('matchRowLabel', () => {
  test.each([
    ['一、本年新收政府信息公开申请数量', 'newReceived', false],
    ['1.属于国家秘密', 'denied.stateSecret', false],
    ['1、属于国家秘密', 'denied.stateSecret', false],
    ['2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw', false],
    ['2.其他法律法规禁止公开', 'denied.prohibitedByLaw', false], // an older wording
    ['2.其他法律行政止公开', 'denied.prohibitedByLaw', true], // corrupted: matched fuzzily, with a diagnostic
    ['3.危及“三安全一稳定”', 'denied.threeSecurities', false],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted', false],
    ['本\n年\n新\n收\n政府信息公开申请数量', 'newReceived', false], // vertical text, a character a line
    ['（六）其他处理', 'other', false],
    ['3.其他', 'other.other', false],
    ['（七）总计', 'total', false],
    ['四、结转下年度继续办理', 'carriedForward', false],
  ])('%j → %s', (label, key, fuzzy) => {
    expect(matchRowLabel(label)).toEqual({ key, fuzzy });
  });

  test.each(['三、本年度办理结果', '（三）不予公开', '申请人情况', '某个无关的说明文字'])(
    '%j names no row',
    (label) => {
      expect(matchRowLabel(label)).toBeNull();
    },
  );
});

const table2of2021 = [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t3',
  '行政规范性文件\t2\t1\t10',
];
const table2of2019 = [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t3',
  '规范性文件\t2\t2\t10',
];
const head3 = [
  row('一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3),
  row('二、上年结转政府信息公开申请数量', 0, 0, 0, 0, 0, 0, 0),
  row('（一）予以公开', 3, 0, 0, 0, 0, 0, 3),
];
const tail3 = [row('（七）总计', 3, 0, 0, 0, 0, 0, 3), row('四、结转下年度继续办理', 0, 0, 0, 0, 0, 0, 0)];
const read = async (text: string): Promise<AnnualReport> =>
  reportOf(await normalise(Buffer.from(text), { name: 'report.txt' }));

describe('templates', () => {
  test('2021: 制发 / 废止 / 现行有效 and （六） in three rows', async () => {
    const r = await read(
      reportText({
        table2: table2of2021,
        table3: [
          ...head3,
          row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 0, 0, 0, 0, 0, 0, 0),
          row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 0, 0, 0, 0, 0, 0, 0),
          row('3.其他', 0, 0, 0, 0, 0, 0, 0),
          ...tail3,
        ],
      }),
    );
    expect(r.template).toBe('2021');
    expect(r.proactive[1]).toEqual({
      article: '第二十条第（一）项',
      item: '行政规范性文件',
      values: { issued: 2, repealed: 1, inForce: 10 },
    });
    expect(r.requests.rows['other.other']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.requests.rows.other).toBeNull();
  });

  test('2019: 新制作 / 新公开 / 对外公开总数量 and one （六） row', async () => {
    const r = await read(
      reportText({ table2: table2of2019, table3: [...head3, row('（六）其他处理', 0, 0, 0, 0, 0, 0, 0), ...tail3] }),
    );
    expect(r.template).toBe('2019');
  });

  test('mixed: 2021 table 2 with a single （六） row (as Hongze 2023 prints it)', async () => {
    const r = await read(
      reportText({ table2: table2of2021, table3: [...head3, row('（六）其他处理', 0, 0, 0, 0, 0, 0, 0), ...tail3] }),
    );
    expect(r.template).toBe('mixed');
  });

  test('absent rows are null and listed; a corrupted label is read with a diagnostic', async () => {
    const r = await read(
      reportText({
        table2: table2of2021,
        table3: [...head3, row('2.其他法律行政止公开', 0, 0, 0, 0, 0, 0, 0), ...tail3],
      }),
    );
    expect(r.requests.rows['denied.prohibitedByLaw']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.requests.rows['denied.stateSecret']).toBeNull();
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'label-fuzzy', message: expect.stringContaining('denied.prohibitedByLaw') }),
    );
    expect(r.diagnostics.filter((d) => d.code === 'row-absent').map((d) => d.message)).toContainEqual(
      expect.stringContaining('denied.stateSecret'),
    );
    expect(r.checks.find((c) => c.rule === 'R6')).toMatchObject({ ok: true, expected: 3, actual: 3 });
  });
});

describe('a broken number fails exactly the rule it breaks', () => {
  const seed = readFileSync(join(seeds, '003_35d34fbe0cac4381.txt'), 'utf8');
  const broken = async (from: string, to: string): Promise<string[]> => {
    expect(seed).toContain(from);
    const r = await read(seed.replace(from, to));
    const failures = r.checks.filter((c) => !c.ok);
    for (const c of failures) {
      const severity = c.rule === 'R6' ? 'warning' : 'error'; // prose may count another scope
      expect(r.diagnostics).toContainEqual(
        expect.objectContaining({
          code: 'check-failed',
          severity,
          message: expect.stringContaining(`${c.rule} fails at ${c.where}`),
        }),
      );
    }
    return failures.map((c) => `${c.rule}@${c.where}`);
  };

  test('the seed itself fails nothing', async () => {
    expect(await broken('一、本年新收', '一、本年新收')).toEqual([]);
  });

  test('R1: more requests received than handled and carried forward (and the prose, which says 9, now disagrees: R6)', async () => {
    expect(
      await broken(
        '一、本年新收政府信息公开申请数量\t\t9\t0\t0\t0\t0\t0\t9',
        '一、本年新收政府信息公开申请数量\t\t10\t0\t0\t0\t0\t0\t10',
      ),
    ).toEqual(['R1@naturalPerson', 'R1@total', 'R6@newReceived.total']);
  });

  test('R2: an outcome row that the 总计 row does not add up', async () => {
    expect(await broken('(一)予以公开\t\t6\t0\t0\t0\t0\t0\t6', '(一)予以公开\t\t7\t0\t0\t0\t0\t0\t7')).toEqual([
      'R2@naturalPerson',
      'R2@total',
    ]);
  });

  test("R3: a row whose 总计 is not the sum of its applicants (that 总计 is in the 总计 column's sum too: R2)", async () => {
    expect(
      await broken('4.保护第三方合法权益\t\t2\t0\t0\t0\t0\t0\t2', '4.保护第三方合法权益\t\t2\t0\t0\t0\t0\t0\t3'),
    ).toEqual(['R2@total', 'R3@denied.thirdParty']);
  });

  test('R4: a review group whose 总计 is not the sum of its results', async () => {
    const line = seed.split('\n').find((l) => /^0(\t0){14}$/.test(l))!;
    expect(await broken(line, ['0', '0', '0', '0', '1', ...Array(10).fill('0')].join('\t'))).toEqual(['R4@review']);
  });
});

test('a heading numbered wrong is still its section, and the glitch is a diagnostic', async () => {
  const text = reportText({
    table2: table2of2021,
    table3: [...head3, row('（六）其他处理', 0, 0, 0, 0, 0, 0, 0), ...tail3],
  }).replace('五、存在的主要问题及改进情况', '四、政府信息公开工作存在的主要问题及改进情况');
  const r = await read(text);
  expect(r.sections.map((s) => [s.no, s.title])).toContainEqual([5, '政府信息公开工作存在的主要问题及改进情况']);
  expect(r.diagnostics).toContainEqual(
    expect.objectContaining({
      code: 'section-order',
      message: expect.stringContaining('numbered 四 but is section 五'),
    }),
  );
});

describe('headings and labels as real reports print them', () => {
  const base = (): string => reportText({ table2: table2of2021, table3: [...head3, ...tail3] });

  test.each([
    ['a typo: 行政法复议', '四、政府信息公开行政法复议、行政诉讼情况', true],
    ['another conjunction: 与', '四、行政复议与行政诉讼情况', false],
    ['the template’s words', '四、政府信息公开行政复议、行政诉讼情况', false],
  ])('section 四 with %s is found', async (_name, heading, fuzzy) => {
    const r = await read(base().replace('四、政府信息公开行政复议、行政诉讼情况', heading));
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.diagnostics.some((d) => d.code === 'heading-fuzzy')).toBe(fuzzy);
    expect(r.diagnostics.some((d) => d.code === 'section-missing')).toBe(false);
  });

  test('a heading far from every section stays prose', async () => {
    const r = await read(base().replace('四、政府信息公开行政复议、行政诉讼情况', '四、其他工作情况'));
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 5, 6]);
  });

  test('table 4 whose header cells break a word over two lines (结果维<br>持) is found', async () => {
    // The Shanghai page with every 结果维持 and 尚未审结 header printed over two lines.
    const page = readFileSync(join(repo, 'corpus', 'reports', 'shanghai-gov-office-2019.html'), 'utf8')
      .replaceAll('结果维持', '结果维<br>持')
      .replaceAll('尚未审结', '尚未<br>审结');
    const r = reportOf(await normalise(Buffer.from(page), { name: 'broken-labels.html' }));
    expect(r.reviews.review).toEqual({ maintained: 5, corrected: 0, other: 0, pending: 2, total: 7 });
    expect(r.reviews.litigationDirect).toEqual({ maintained: 8, corrected: 0, other: 0, pending: 1, total: 9 });
  });
});

describe('figures no table can hold are null with a note quoting them, and the report still validates', () => {
  const seed = readFileSync(join(seeds, '003_35d34fbe0cac4381.txt'), 'utf8');
  const huge = '9'.repeat(400);

  test('table 2: a 400-digit count, a negative one, and a full-width one (read)', async () => {
    const text = seed
      .replace('行政许可\t12\t0\t0', `行政许可\t${huge}\t-3\t０`)
      .replace('规范性文件\t1\t1\t16', '规范性文件\t１\t1\t16');
    const r = await read(text);
    const licence = r.proactive.find((p) => p.item === '行政许可')!;
    expect(Object.values(licence.values)).toEqual([null, null, 0]);
    expect(r.proactive.find((p) => p.item === '规范性文件')!.values).toMatchObject({ made: 1 }); // １
    const notes = r.diagnostics.filter((d) => d.code === 'value-unreadable').map((d) => d.message);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain(huge);
    expect(notes[1]).toContain('"-3"');
  });

  test('table 3: a row with a fraction and a 400-digit count is null, its numbers quoted', async () => {
    const r = await read(
      seed.replace(
        '一、本年新收政府信息公开申请数量\t\t9\t0\t0\t0\t0\t0\t9',
        `一、本年新收政府信息公开申请数量\t\t9.5\t${huge}\t0\t0\t0\t0\t9`,
      ),
    );
    expect(r.requests.rows.newReceived).toBeNull();
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-unreadable', message: expect.stringContaining(`"9.5", "${huge}"`) }),
    );
  });

  test('table 4: a negative count is null, the blanks 0', async () => {
    const line = seed.split('\n').find((l) => /^0(\t0){14}$/.test(l))!;
    const r = await read(seed.replace(line, ['-1', ...Array(14).fill('0')].join('\t')));
    expect(r.reviews.review).toEqual({ maintained: null, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'value-unreadable', message: expect.stringContaining('"-1" is not a count') }),
    );
  });
});
