// The consistency rules (勾稽关系) of DOMAIN.md, each a check with a result, never a silent fix.
// R1 and R2 per column of table 3, R3 per row, R4 per group of table 4; R6 compares numbers the
// prose of 一、总体情况 quotes with the tables (a warning: prose may count another scope). R5
// relates two years of one agency (checkAcrossYears).
import { MAX_FIGURE } from '../table/report/numbers.js';
import type { AnnualReport, Check } from '../model/annual-report.generated.js';
import { diagnostic } from '../diagnostics.js';
import { REQUEST_COLUMNS } from '../vocabulary/report.js';

const OUTCOMES = /^(granted|partiallyGranted|denied\.|unable\.|notProcessed\.|other)/;

export function checkReport(report: Pick<AnnualReport, 'requests' | 'reviews' | 'sections'>): Check[] {
  const checks: Check[] = [];
  const rows = report.requests.rows;
  const at = (key: string, c: number): number | null => rows[key]?.[c] ?? null;

  REQUEST_COLUMNS.forEach((column, c) => {
    // R1: 一 + 二 = 三（七）总计 + 四 (an absent 四 counts as 0; a diagnostic says it is absent).
    const received = at('newReceived', c);
    const carried = at('carriedOver', c);
    const total = at('total', c);
    if (received !== null && carried !== null && total !== null) {
      push(checks, 'R1', column, received + carried, total + (at('carriedForward', c) ?? 0));
    }
    // R2: （七）总计 = the sum of the outcome rows (一) … (六).
    const outcomes = Object.keys(rows).filter((k) => OUTCOMES.test(k) && rows[k] !== null);
    if (total !== null && outcomes.length > 0 && outcomes.every((k) => at(k, c) !== null)) {
      push(
        checks,
        'R2',
        column,
        total,
        outcomes.reduce((sum, k) => sum + at(k, c)!, 0),
      );
    }
  });

  // R3: each row's 总计 = 自然人 + the five kinds of 法人或其他组织.
  for (const [key, values] of Object.entries(rows)) {
    if (!values || values[6] === null || values.slice(0, 6).some((v) => v === null)) continue;
    push(
      checks,
      'R3',
      key,
      values[6]!,
      values.slice(0, 6).reduce<number>((s, v) => s + v!, 0),
    );
  }

  // R4: 维持 + 纠正 + 其他 + 尚未审结 = 总计, per group of table 4.
  for (const [group, g] of Object.entries(report.reviews)) {
    if ([g.maintained, g.corrected, g.other, g.pending, g.total].some((v) => v === null)) continue;
    push(checks, 'R4', group, g.total!, g.maintained! + g.corrected! + g.other! + g.pending!);
  }

  // R6: what the prose of 一、总体情况 says against the tables.
  const prose = report.sections.find((s) => s.no === 1)?.text ?? '';
  // A count no table could hold (a run of thirty digits) is no count the prose quotes.
  const quoted = (re: RegExp): number | null => {
    const m = re.exec(prose);
    return m && Number(m[1]) <= MAX_FIGURE ? Number(m[1]) : null;
  };
  const requests = quoted(/(?:收到|新收|受理)[^，。；]{0,16}?申请[^，。；\d]{0,4}(\d+)\s*(?:件|个|条|次)/);
  if (requests !== null && at('newReceived', 6) !== null)
    push(
      checks,
      'R6',
      'newReceived.total',
      at('newReceived', 6)!,
      requests,
      '一、总体情况 quotes the requests received',
    );
  const reviews = quoted(/行政复议[^，。；\d]{0,6}(\d+)\s*(?:件|起|次)/);
  if (reviews !== null && report.reviews.review.total !== null)
    push(
      checks,
      'R6',
      'review.total',
      report.reviews.review.total,
      reviews,
      '一、总体情况 quotes the administrative reviews',
    );
  return checks;
}

/** R5 across two years of one agency: last year's 结转下年度 is this year's 上年结转; 现行有效件数 carries on. */
export function checkAcrossYears(last: AnnualReport, current: AnnualReport): Check[] {
  const checks: Check[] = [];
  REQUEST_COLUMNS.forEach((column, c) => {
    const forward = last.requests.rows.carriedForward?.[c] ?? null;
    const over = current.requests.rows.carriedOver?.[c] ?? null;
    if (forward !== null && over !== null)
      push(checks, 'R5', `carriedOver.${column}`, forward, over, `${last.year} 结转下年度 = ${current.year} 上年结转`);
  });
  for (const row of current.proactive.filter((r) => r.values.inForce !== undefined)) {
    const before = last.proactive.find(
      (r) => r.item === row.item || (r.item.endsWith('规范性文件') && row.item.endsWith('规范性文件')),
    );
    const previous = before?.values.inForce ?? before?.values.total;
    const { inForce, issued, repealed } = row.values;
    if (previous == null || inForce == null || issued == null || repealed == null) continue;
    push(
      checks,
      'R5',
      `${row.item}.inForce`,
      previous + issued - repealed,
      inForce,
      `${last.year} 现行有效 + ${current.year} 制发 − 废止 = ${current.year} 现行有效`,
    );
  }
  return checks;
}

function push(
  checks: Check[],
  rule: Check['rule'],
  where: string,
  expected: number,
  actual: number,
  message?: string,
): void {
  checks.push({
    rule,
    where,
    ok: Math.abs(expected - actual) < 1e-6,
    expected,
    actual,
    ...(message !== undefined && { message }),
  });
}

/** The report with its checks filled in, and a diagnostic for each that fails. */
export function withChecks(report: AnnualReport): AnnualReport {
  const checks = checkReport(report);
  const failed = checks
    .filter((c) => !c.ok)
    .map((c) => ({
      ...diagnostic(
        'check-failed',
        c.rule === 'R6' ? 'warning' : 'error',
        `${c.rule} fails at ${c.where}: expected ${c.expected}, found ${c.actual}${c.message ? ` (${c.message})` : ''}.`,
      ),
      expected: c.expected,
      actual: c.actual,
    }));
  return { ...report, checks, diagnostics: [...report.diagnostics, ...failed] };
}
