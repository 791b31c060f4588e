// The three statistics tables of an annual report, read by their labels, never by position
// alone: table 2 (第二十条 items) as a stream of cells — article, 信息内容 and its column names,
// then each item label with as many values as there are columns; table 3 (requests) row by row —
// the row's label names it, and its seven numbers are read under the header's columns when the
// row lines up, else as the seven numbers that follow the label (exporters shift rows by the
// label cells they print); table 4 as the fifteen numbers of its last row.
import levenshtein from 'fast-levenshtein';
import type { Block } from '../layout/blocks.js';
import { ownCells } from '../layout/blocks.js';
import type { Cell } from '../layout/grid.js';
import { isBlank } from '../layout/grid.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import type { AnnualReport, ProactiveRow, Reviews } from '../model/annual-report.generated.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

const compact = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** A number as printed: `12`, `1,200`, `3350.5`, `251000元` (then in 元), blank (null). */
export function readNumber(text: string): { value: number | null; yuan: boolean; readable: boolean } {
  const t = compact(text).replace(/,/g, '');
  if (t === '' || t === '-' || t === '—' || t === '/') return { value: null, yuan: false, readable: true };
  const m = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(t);
  if (!m) return { value: null, yuan: false, readable: false };
  return { value: Number(m[1]), yuan: m[2] === '元', readable: true };
}
const isNumeric = (text: string): boolean => readNumber(text).value !== null;

// ---------------------------------------------------------------- table 2

const ITEMS = [
  '规章',
  '规范性文件',
  '行政规范性文件',
  '行政许可',
  '其他对外管理服务事项',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
  '政府集中采购',
];
const VALUE_KEYS: Array<[RegExp, string]> = [
  [/^本年新制作数量/, 'made'],
  [/^本年新公开数量/, 'published'],
  [/^对外公开总数量/, 'total'],
  [/^本年制发件数/, 'issued'],
  [/^本年废止件数/, 'repealed'],
  [/^现行有效件数/, 'inForce'],
  [/^上一年项目数量/, 'previous'],
  [/^本年增\/?减/, 'change'],
  [/^(本年)?处理决定数量/, 'decisions'],
  [/^(本年)?收费金额/, 'amount'],
  [/^采购项目数量/, 'projects'],
  [/^采购总金额/, 'amount'],
];
const ARTICLE = /第二十条第[（(]([一二三四五六七八九十]+)[）)]项/;

export function readProactive(blocks: readonly Block[]): Result<ProactiveRow[]> {
  const diagnostics: Diagnostic[] = [];
  const rows: ProactiveRow[] = [];
  const cells = tablesWith(blocks, (t) => ARTICLE.test(t)).flatMap((t) => ownCells(t.rows));
  let article = '';
  let columns: string[] = [];
  let blanks = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = compact(cells[i]!.text);
    const a = ARTICLE.exec(text);
    if (a) {
      article = `第二十条第（${a[1]}）项`;
      columns = [];
      continue;
    }
    if (text === '信息内容') {
      columns = [];
      for (
        let j = i + 1;
        j < cells.length && !ITEMS.includes(compact(cells[j]!.text)) && !ARTICLE.test(cells[j]!.text);
        j++
      ) {
        if (!isBlank(cells[j]!.text)) columns.push(compact(cells[j]!.text));
        i = j;
      }
      continue;
    }
    if (!ITEMS.includes(text) || article === '') continue;
    const values: Record<string, number | null> = {};
    columns.forEach((name, k) => {
      const cell = cells[i + 1 + k];
      const key = VALUE_KEYS.find(([re]) => re.test(name))?.[1] ?? name;
      const n = readNumber(cell?.text ?? '');
      if (!n.readable)
        diagnostics.push(
          diagnostic(
            'value-unreadable',
            'warning',
            `${text} / ${name}: ${JSON.stringify(cell!.text)} is not a number.`,
            { line: cell!.line },
          ),
        );
      if (n.value === null && n.readable) blanks++;
      let value = n.value ?? (n.readable ? 0 : null);
      if (n.yuan && value !== null && key === 'amount') {
        diagnostics.push(
          diagnostic('unit-converted', 'info', `${text}: ${compact(cell!.text)} converted to ${value / 10000} 万元.`, {
            line: cell!.line,
          }),
        );
        value = value / 10000;
      }
      values[key] = value;
    });
    i += columns.length;
    rows.push({ article, item: text, values });
  }
  // A table with no number at all is a blank form: its values are unknown, not zero.
  if (
    rows.length > 0 &&
    rows.every((r) => Object.values(r.values).every((v) => v === 0)) &&
    blanks > 0 &&
    blanks === rows.reduce((n, r) => n + Object.keys(r.values).length, 0)
  ) {
    for (const r of rows) for (const k of Object.keys(r.values)) r.values[k] = null;
    diagnostics.push(
      diagnostic('table-empty', 'warning', 'Table 2 holds no numbers (a blank form); its values are null.'),
    );
  } else if (blanks > 0)
    diagnostics.push(diagnostic('blank-as-zero', 'info', `Table 2: ${blanks} blank cell(s) read as 0.`));
  return { value: rows, diagnostics };
}

// ---------------------------------------------------------------- table 3

export const REQUEST_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'other',
  'total',
] as const;

/** Row key → its label in the national templates, with printed variants. */
export const REQUEST_ROWS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['newReceived', ['本年新收政府信息公开申请数量']],
  ['carriedOver', ['上年结转政府信息公开申请数量']],
  ['granted', ['予以公开']],
  ['partiallyGranted', ['部分公开']],
  ['denied.stateSecret', ['属于国家秘密']],
  ['denied.prohibitedByLaw', ['其他法律行政法规禁止公开', '其他法律法规禁止公开']],
  ['denied.threeSecurities', ['危及三安全一稳定']],
  ['denied.thirdParty', ['保护第三方合法权益']],
  ['denied.internalAffairs', ['属于三类内部事务信息']],
  ['denied.processInfo', ['属于四类过程性信息']],
  ['denied.enforcementFile', ['属于行政执法案卷']],
  ['denied.queryMatter', ['属于行政查询事项']],
  ['unable.notHeld', ['本机关不掌握相关政府信息']],
  ['unable.needsCreation', ['没有现成信息需要另行制作']],
  ['unable.unclear', ['补正后申请内容仍不明确']],
  ['notProcessed.petition', ['信访举报投诉类申请']],
  ['notProcessed.duplicate', ['重复申请']],
  ['notProcessed.publication', ['要求提供公开出版物']],
  ['notProcessed.massive', ['无正当理由大量反复申请']],
  ['notProcessed.confirm', ['要求行政机关确认或重新出具已获取信息']],
  ['other', ['其他处理']],
  ['other.overdueCorrection', ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请']],
  ['other.unpaidFee', ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请']],
  ['other.other', ['其他']],
  ['total', ['总计']],
  ['carriedForward', ['结转下年度继续办理']],
];

/** A label as compared: no numbering (一、 （一） 1. 1、), no notes in brackets, no quotes or spaces. */
export function normaliseLabel(label: string): string {
  return compact(label)
    .replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])+/, '')
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[“”"'‘’「」、，,：:；;]/g, '');
}

const GROUP_LABELS = /^(本年度办理结果|不予公开|无法提供|不予处理|申请人情况|法人或其他组织)$/;

/** The row key a label names, and whether it took a fuzzy match to find it. */
export function matchRowLabel(label: string): { key: string; fuzzy: boolean } | null {
  const norm = normaliseLabel(label);
  if (norm === '' || GROUP_LABELS.test(norm)) return null;
  for (const [key, labels] of REQUEST_ROWS) if (labels.includes(norm)) return { key, fuzzy: false };
  let best: { key: string; distance: number; length: number } | null = null;
  for (const [key, labels] of REQUEST_ROWS) {
    for (const l of labels) {
      if (l.length < 4) continue; // 其他, 总计: too short to match fuzzily
      const distance = levenshtein.get(norm, l);
      if (!best || distance < best.distance) best = { key, distance, length: l.length };
    }
  }
  return best && best.distance <= Math.max(1, Math.floor(best.length * 0.25)) ? { key: best.key, fuzzy: true } : null;
}

/** The seven numbers of a table-3 row, in REQUEST_COLUMNS order. */
export type RequestRow = NonNullable<AnnualReport['requests']['rows'][string]>;

function seven(values: Array<number | null>): RequestRow {
  if (values.length !== 7) throw new Error(`internal: a table-3 row of ${values.length} numbers`);
  return values as RequestRow;
}

export interface RequestsRead {
  rows: Record<string, RequestRow | null>;
  /** Rows whose 总计 cell was left blank beside non-zero numbers: not read as 0. */
  blankTotals: string[];
}

export function readRequests(blocks: readonly Block[]): Result<RequestsRead> {
  const diagnostics: Diagnostic[] = [];
  const rows: Record<string, RequestRow | null> = Object.fromEntries(REQUEST_ROWS.map(([k]) => [k, null]));
  const blankTotals: string[] = [];
  const tables = tablesWith(blocks, (t) => /本年新收/.test(t));
  if (tables.length === 0)
    return {
      value: { rows, blankTotals },
      diagnostics: [diagnostic('table-missing', 'error', 'Table 3 (收到和处理政府信息公开申请情况) was not found.')],
    };
  const allRows = tables.flatMap((t) => t.rows);
  const positions = requestColumns(allRows);
  let blanks = 0;
  const blankRows: string[] = [];
  for (const row of allRows) {
    const labelAt = lastLabel(row.cells);
    if (labelAt < 0) continue;
    const label = row.cells[labelAt]!.text;
    const match = matchRowLabel(label);
    if (!match) {
      const numbers = row.cells
        .slice(labelAt + 1)
        .filter((c) => isNumeric(c.text))
        .map((c) => compact(c.text));
      if (numbers.length > 0)
        diagnostics.push(
          diagnostic(
            'row-unknown',
            'warning',
            `Row ${JSON.stringify(compact(label))} is not a row of the template; its numbers (${numbers.join(' ')}) are not read.`,
            { line: row.line },
          ),
        );
      continue;
    }
    if (match.fuzzy) {
      diagnostics.push(
        diagnostic(
          'label-fuzzy',
          'warning',
          `Row label ${JSON.stringify(compact(label))} read as ${match.key} (${REQUEST_ROWS.find(([k]) => k === match.key)![1][0]}).`,
          { line: row.line },
        ),
      );
    }
    const read = rowValues(row.cells, labelAt, positions);
    if (read === 'none') continue; // a group label with no numbers of its own
    if (read === null) {
      diagnostics.push(
        diagnostic(
          'row-unreadable',
          'warning',
          `Row ${JSON.stringify(compact(label))}: its numbers could not be told apart; left null.`,
          { line: row.line },
        ),
      );
      continue;
    }
    if (rows[match.key])
      diagnostics.push(
        diagnostic('row-duplicate', 'warning', `Row ${match.key} appears twice; the later one is kept.`, {
          line: row.line,
        }),
      );
    if (read.values.every((v) => v === null)) blankRows.push(match.key);
    else {
      blanks += read.blanks;
      if (read.blankTotal) blankTotals.push(match.key);
    }
    rows[match.key] = read.values;
  }
  // Rows printed all blank are rows of zeros — unless no row has a number, and the table is a blank form.
  const filled = Object.values(rows).some((r) => r?.some((v) => v !== null));
  for (const key of blankRows) {
    if (filled) blanks += 7;
    rows[key] = filled ? seven([0, 0, 0, 0, 0, 0, 0]) : null;
  }
  if (blanks > 0) diagnostics.push(diagnostic('blank-as-zero', 'info', `Table 3: ${blanks} blank cell(s) read as 0.`));
  if (blankTotals.length > 0) {
    diagnostics.push(
      diagnostic(
        'total-blank',
        'warning',
        `Table 3: the 总计 cell is blank beside non-zero numbers in ${blankTotals.length} row(s) (${blankTotals.join(', ')}); left null, and R3 is not checked there.`,
      ),
    );
  }
  return { value: { rows, blankTotals }, diagnostics };
}

/** Where the header puts 自然人, the five kinds of 法人或其他组织, and 总计. */
function requestColumns(rows: ReadonlyArray<{ cells: Cell[] }>): number[] | null {
  const header = rows.find((r) => r.cells.some((c) => compact(c.text) === '商业企业'));
  if (!header) return null;
  const at = (name: string): number => {
    for (const r of rows) {
      const i = r.cells.findIndex((c) => compact(c.text) === name);
      if (i >= 0) return i;
      if (r === header) break;
    }
    return -1;
  };
  const legal = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((n) =>
    header.cells.findIndex((c) => compact(c.text) === n),
  );
  const positions = [at('自然人'), ...legal, at('总计')];
  return positions.every((p) => p >= 0) && new Set(positions).size === 7 ? positions : null;
}

function lastLabel(cells: readonly Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const t = cells[i]!.text;
    if (!isBlank(t) && !isNumeric(t) && !cells[i]!.spanned) return i;
  }
  return -1;
}

function rowValues(
  cells: readonly Cell[],
  labelAt: number,
  positions: number[] | null,
): { values: RequestRow; blanks: number; blankTotal: boolean } | null | 'none' {
  const after = cells.slice(labelAt + 1).filter((c) => !c.spanned);
  const numbers = after.filter((c) => isNumeric(c.text));
  if (numbers.length === 0 && after.every((c) => isBlank(c.text)) && positions === null) return 'none';
  // As printed under the header, when every number of the row stands under a column.
  if (
    positions &&
    positions.every((p) => p > labelAt) &&
    cells.every((c, i) => positions.includes(i) || i <= labelAt || !isNumeric(c.text))
  ) {
    const printed = positions.map((p) => readNumber(cells[p]?.text ?? ''));
    if (printed.some((n) => !n.readable)) return null;
    if (printed.every((n) => n.value === null))
      return { values: seven(printed.map(() => null)), blanks: 0, blankTotal: false };
    const blankTotal = printed[6]!.value === null && printed.slice(0, 6).some((n) => (n.value ?? 0) !== 0);
    const values = seven(printed.map((n, k) => (k === 6 && blankTotal ? null : (n.value ?? 0))));
    return {
      values,
      blanks: printed.filter((n, k) => n.value === null && !(k === 6 && blankTotal)).length,
      blankTotal,
    };
  }
  // Shifted: the seven numbers after the label.
  if (numbers.length === 7)
    return { values: seven(numbers.map((c) => readNumber(c.text).value)), blanks: 0, blankTotal: false };
  return numbers.length === 0 ? 'none' : null;
}

// ---------------------------------------------------------------- table 4

const GROUP_KEYS = ['maintained', 'corrected', 'other', 'pending', 'total'] as const;

export function readReviews(blocks: readonly Block[]): Result<Reviews | null> {
  const tables = tablesWith(blocks, (t) => /行政复议/.test(t)).filter((t) =>
    t.rows.some((r) => r.cells.some((c) => /结果维持/.test(c.text))),
  );
  const row = tables
    .flatMap((t) => t.rows)
    .reverse()
    .find((r) => r.cells.filter((c) => !c.spanned).length >= 15 && r.cells.every((c) => readNumber(c.text).readable));
  const nulls = (): Reviews['review'] => ({
    maintained: null,
    corrected: null,
    other: null,
    pending: null,
    total: null,
  });
  const empty = (
    code: 'table-missing' | 'table-empty',
    severity: 'error' | 'warning',
    message: string,
  ): Result<Reviews | null> => ({
    value: { review: nulls(), litigationDirect: nulls(), litigationAfterReview: nulls() },
    diagnostics: [diagnostic(code, severity, message)],
  });
  if (tables.length === 0) return empty('table-missing', 'error', 'Table 4 (行政复议、行政诉讼) was not found.');
  if (!row) return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  const printed = row.cells
    .filter((c) => !c.spanned)
    .slice(-15)
    .map((c) => readNumber(c.text).value);
  const blanks = printed.filter((v) => v === null).length;
  if (blanks === 15)
    return empty('table-empty', 'warning', 'Table 4 holds no numbers (a blank form); its values are null.');
  const group = (k: number): Reviews['review'] =>
    Object.fromEntries(GROUP_KEYS.map((key, j) => [key, printed[k * 5 + j] ?? 0])) as Reviews['review'];
  return {
    value: { review: group(0), litigationDirect: group(1), litigationAfterReview: group(2) },
    diagnostics:
      blanks > 0
        ? [diagnostic('blank-as-zero', 'info', `Table 4: ${blanks} blank cell(s) read as 0.`, { line: row.line })]
        : [],
  };
}

function tablesWith(blocks: readonly Block[], test: (text: string) => boolean): TableBlock[] {
  return blocks.filter(
    (b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => test(c.text))),
  );
}
