// Blocks → annual report: the six sections with their text, title, year, agency, the three
// statistics tables, the template they follow, and the consistency checks (R1–R4, R6).
import type { AnnualReport, Source } from './annual-report.generated.js';
import type { Block } from '../layout/blocks.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { readProactive, readRequests, readReviews, REQUEST_COLUMNS, REQUEST_ROWS } from '../table/reportTables.js';
import { checkReport } from '../check/checks.js';
import { provinceOfName } from './province.js';

export interface ReportOptions {
  agency?: string;
  province?: string;
}

const SECTIONS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^总体情况$/],
  [2, /^主动公开政府信息情况$/],
  [3, /^收到和处理政府信息公开申请情况$/],
  [4, /^(政府信息公开)?行政复议[、和及]?行政诉讼情况$/],
  [5, /^(政府信息公开工作)?存在的主要问题及改进情况$/],
  [6, /^其他需要报告的事项$/],
];
const NUMERALS = '一二三四五六';
const HEADING = /^([一二三四五六])\s*[、.．]\s*(.{2,40}?)[。：:]?$/;

export function buildReport(
  blocks: readonly Block[],
  source: Source,
  options: ReportOptions = {},
): Result<AnnualReport> {
  const diagnostics: Diagnostic[] = [];
  const paragraphs = blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');

  // Sections: a heading of the template's (its number may be wrong; its words decide), then prose.
  const sections: AnnualReport['sections'] = [];
  let current: AnnualReport['sections'][number] | null = null;
  const before: string[] = [];
  for (const p of paragraphs) {
    const h = HEADING.exec(p.text.replace(/\s+/g, ''));
    const no = h ? SECTIONS.find(([, re]) => re.test(h[2]!))?.[0] : undefined;
    if (h && no !== undefined && !sections.some((s) => s.no === no)) {
      const printed = NUMERALS.indexOf(h[1]!) + 1;
      if (printed !== no || (sections.length > 0 && sections[sections.length - 1]!.no > no)) {
        diagnostics.push(
          diagnostic(
            'section-order',
            'warning',
            `Heading ${JSON.stringify(p.text)} is numbered ${h[1]} but is section ${NUMERALS[no - 1]} of the template.`,
            { line: p.line },
          ),
        );
      }
      current = { no, title: h[2]!, text: '', line: p.line };
      sections.push(current);
    } else if (current) current.text += (current.text ? '\n' : '') + p.text;
    else before.push(p.text);
  }
  for (const [no] of SECTIONS) {
    if (!sections.some((s) => s.no === no))
      diagnostics.push(diagnostic('section-missing', 'warning', `Section ${NUMERALS[no - 1]}、 was not found.`));
  }

  const title = titleOf(
    before,
    paragraphs.map((p) => p.text),
  );
  const year = Number(/((?:19|20)\d{2})\s*年度?/.exec(title ?? '')?.[1]) || null;
  const agency = agencyOf(title, options);

  const proactive = readProactive(blocks);
  const requests = readRequests(blocks);
  const reviews = readReviews(blocks);
  diagnostics.push(...proactive.diagnostics, ...requests.diagnostics, ...reviews.diagnostics);

  const rows = requests.value.rows;
  const template = templateOf(proactive.value, rows);
  const found = Object.values(rows).some((r) => r !== null);
  if (found) {
    const expected = REQUEST_ROWS.map(([k]) => k).filter((k) =>
      template === '2019'
        ? !k.startsWith('other.')
        : template === '2021'
          ? k !== 'other'
          : !(k === 'other' ? rows['other.other'] : k.startsWith('other.') ? rows.other : false),
    );
    for (const key of expected) {
      if (rows[key] === null)
        diagnostics.push(
          diagnostic(
            'row-absent',
            key === 'carriedForward' ? 'warning' : 'info',
            `Table 3 has no row ${key} (${REQUEST_ROWS.find(([k]) => k === key)![1][0]}); its numbers are null.`,
          ),
        );
    }
  } else if (!requests.diagnostics.some((d) => d.code === 'table-missing')) {
    diagnostics.push(
      diagnostic('table-empty', 'warning', 'Table 3 holds no numbers (a blank form); its rows are null.'),
    );
  }

  const report: AnnualReport = {
    kind: 'annual-report',
    schemaVersion: 1,
    title,
    agency,
    year,
    template,
    source,
    preface: before.filter((text) => title === null || !title.includes(text.replace(/\s+/g, ''))).join('\n'),
    sections,
    proactive: proactive.value,
    requests: { columns: [...REQUEST_COLUMNS], rows },
    reviews: reviews.value ?? emptyReviews(),
    checks: [],
    diagnostics,
  };
  report.checks = checkReport(report);
  for (const c of report.checks.filter((x) => !x.ok)) {
    diagnostics.push(
      diagnostic(
        'check-failed',
        c.rule === 'R6' ? 'warning' : 'error',
        `${c.rule} fails at ${c.where}: expected ${c.expected}, found ${c.actual}${c.message ? ` (${c.message})` : ''}.`,
      ),
    );
  }
  return { value: report, diagnostics };
}

/** The title: the fewest paragraphs right before 一、 (a title may wrap over two) that name a year and a 年度报告. */
function titleOf(before: string[], all: string[]): string | null {
  for (let n = 1; n <= Math.min(3, before.length); n++) {
    const joined = before.slice(-n).join('');
    if (/年度报告/.test(joined) && /(?:19|20)\d{2}\s*年/.test(joined) && joined.length <= 80)
      return joined.replace(/\s+/g, '');
  }
  return all.find((t) => /年度报告/.test(t) && t.length <= 80)?.replace(/\s+/g, '') ?? null;
}

function agencyOf(title: string | null, options: ReportOptions): AnnualReport['agency'] {
  const evidence: AnnualReport['agency']['evidence'] = [];
  // 某局2019年政府信息公开工作年度报告, or 2019年某局政府信息公开工作年度报告.
  const printed =
    /^(.+?)(?:19|20)\d{2}\s*年度?/.exec(title ?? '')?.[1] ??
    /^(?:19|20)\d{2}\s*年度?(.+?)(?:政府信息公开|政务公开|信息公开)/.exec(title ?? '')?.[1];
  let name = options.agency ?? printed ?? null;
  if (options.agency) evidence.push({ field: 'name', from: 'option', text: options.agency });
  else if (name && title) evidence.push({ field: 'name', from: 'title', text: title });
  if (name === '') name = null;
  let province = options.province ?? (name ? provinceOfName(name) : null);
  if (options.province) evidence.push({ field: 'province', from: 'option', text: options.province });
  else if (province && name) evidence.push({ field: 'province', from: 'name', text: name });
  province ??= null;
  return { name, province, evidence };
}

/** 2019 or 2021 by table 2's 第（一）项 columns and table 3's （六） rows; both seen and different: mixed. */
function templateOf(
  proactive: AnnualReport['proactive'],
  rows: AnnualReport['requests']['rows'],
): AnnualReport['template'] {
  const first = proactive.find((r) => r.article.includes('（一）'));
  const byTable2 = first
    ? 'made' in first.values || 'published' in first.values
      ? '2019'
      : 'issued' in first.values || 'inForce' in first.values
        ? '2021'
        : null
    : null;
  const byTable3 = rows.other
    ? '2019'
    : rows['other.overdueCorrection'] || rows['other.unpaidFee'] || rows['other.other']
      ? '2021'
      : null;
  if (byTable2 && byTable3) return byTable2 === byTable3 ? byTable2 : 'mixed';
  return byTable2 ?? byTable3;
}

function emptyReviews(): AnnualReport['reviews'] {
  const group = { maintained: null, corrected: null, other: null, pending: null, total: null };
  return { review: { ...group }, litigationDirect: { ...group }, litigationAfterReview: { ...group } };
}
