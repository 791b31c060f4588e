// Layout → annual report: the six sections with their text, title, year, agency, the three
// statistics tables and the template they follow. The consistency checks are the check stage's.
import type { AnnualReport, Source } from './annual-report.generated.js';
import type { Layout } from '../layout/layout.js';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { readProactive } from '../table/report/proactive.js';
import { readRequests } from '../table/report/requests.js';
import { readReviews } from '../table/report/reviews.js';
import { splitProse } from '../table/report/prose.js';
import {
  isSentence,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  SECTION_NUMERALS,
  SECTIONS,
  sectionOf,
} from '../vocabulary/report.js';
import { isReportTitle, REPORT_TITLE_MAX } from '../vocabulary/titles.js';
import { placeAgency } from './placeAgency.js';
import { append } from '../collections.js';

export interface ReportOptions {
  agency?: string;
  province?: string;
}

export function buildReport(read: Layout, source: Source, options: ReportOptions = {}): Result<AnnualReport> {
  const diagnostics: Diagnostic[] = [];
  const layout = splitProse(read);
  const paragraphs = layout.blocks.filter((b) => b.kind === 'paragraph');

  // Sections: a heading of the template's (its number may be wrong; its words decide), then prose.
  const sections: AnnualReport['sections'] = [];
  let current: AnnualReport['sections'][number] | null = null;
  const before: string[] = [];
  for (const p of paragraphs) {
    const heading = sectionOf(p.text);
    if (heading && !sections.some((s) => s.no === heading.no)) {
      const { no, numeral, title } = heading;
      const printed = SECTION_NUMERALS.indexOf(numeral) + 1;
      if (printed !== no || (sections.length > 0 && sections[sections.length - 1]!.no > no)) {
        diagnostics.push(
          diagnostic(
            'section-order',
            'warning',
            `Heading ${JSON.stringify(p.text)} is numbered ${numeral} but is section ${SECTION_NUMERALS[no - 1]} of the template.`,
            p.place,
          ),
        );
      }
      if (heading.fuzzy)
        diagnostics.push(
          diagnostic(
            'heading-fuzzy',
            'info',
            `Heading ${JSON.stringify(p.text)} differs from the template's; read as section ${SECTION_NUMERALS[no - 1]}.`,
            p.place,
          ),
        );
      current = { no, title, text: '', line: p.line };
      sections.push(current);
    } else if (current) current.text += (current.text ? '\n' : '') + p.text;
    else before.push(p.text);
  }
  for (const [no] of SECTIONS) {
    if (!sections.some((s) => s.no === no))
      diagnostics.push(
        diagnostic('section-missing', 'warning', `Section ${SECTION_NUMERALS[no - 1]}、 was not found.`),
      );
  }

  const title = titleOf(
    before,
    paragraphs.map((p) => p.text),
  );
  const year = Number(/((?:19|20)\d{2})\s*年度?/.exec(title ?? '')?.[1]) || null;
  const placed = agencyOf(title, options);
  const agency = placed.value;
  append(diagnostics, placed.diagnostics);

  const proactive = readProactive(layout);
  const requests = readRequests(layout);
  const reviews = readReviews(layout);
  for (const part of [proactive, requests, reviews]) append(diagnostics, part.diagnostics);

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
    schemaVersion: 2,
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
  return { value: report, diagnostics };
}

/** The title: the fewest paragraphs right before 一、 (a title may wrap over two) that name a year and a 年度报告. */
function titleOf(before: string[], all: string[]): string | null {
  for (let n = 1; n <= Math.min(3, before.length); n++) {
    const joined = before.slice(-n).join('');
    if (isReportTitle(joined)) return joined.replace(/\s+/g, '');
  }
  // Else the first paragraphs from the top that together read as a title (an agency's name on a
  // line of its own above 2024年政府信息公开工作年度报告), then any paragraph naming a 年度报告.
  for (let start = 0; start < Math.min(before.length, 8); start++) {
    for (let n = 1; n <= 3 && start + n <= before.length; n++) {
      const joined = before.slice(start, start + n).join('');
      if (isReportTitle(joined) && !isSentence(before[start]!)) return joined.replace(/\s+/g, '');
    }
  }
  // Else any paragraph naming a 年度报告, year or not.
  return all.find((t) => /年度报告/.test(t) && t.length <= REPORT_TITLE_MAX)?.replace(/\s+/g, '') ?? null;
}

function agencyOf(title: string | null, options: ReportOptions): Result<AnnualReport['agency']> {
  const evidence: AnnualReport['agency']['evidence'] = [];
  // 某局2019年政府信息公开工作年度报告, or 2019年某局政府信息公开工作年度报告.
  const printed =
    /^(.+?)(?:19|20)\d{2}\s*年度?/.exec(title ?? '')?.[1] ??
    /^(?:19|20)\d{2}\s*年度?(.+?)(?:政府信息公开|政务公开|信息公开)/.exec(title ?? '')?.[1];
  let name = options.agency ?? printed ?? null;
  if (options.agency) evidence.push({ field: 'name', from: 'option', text: options.agency });
  else if (name && title) evidence.push({ field: 'name', from: 'title', text: title });
  if (name === '') name = null;
  const placed = placeAgency(name, options);
  return {
    value: { name, province: placed.province, city: placed.city, evidence: [...evidence, ...placed.evidence] },
    diagnostics: placed.diagnostics,
  };
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
