// `gongkai check REPORT…`: each annual report's consistency checks as a readable table; for two
// years of one agency, also R5 across the years and how much prose repeats. Exit 0 when every
// check holds, 1 when one fails.
import { parseArgs } from 'node:util';
import type { AnnualReport } from '../model/annual-report.generated.js';
import { checkAcrossYears } from '../check/checks.js';
import { repetitionRatio } from '../check/repetition.js';
import { checksTable, reportName } from '../render/checksTable.js';
import { printable, UsageError, type Io } from './io.js';
import { inputPaths, loadDocument } from './documents.js';

export const checkUsage = `Usage: gongkai check REPORT… [--all] [--json]

Prints each annual report's consistency checks (R1–R4, R6); REPORT is a file, a folder, a pattern
or JSON written by normalise (catalogues among them are skipped). Given reports of one agency for
consecutive years, also checks R5 across them and the share of prose repeated from last year.
--all lists every check, not only the failures; --json prints them all as JSON.
`;

export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(checkUsage);
    return 0;
  }
  const { json, all } = values;
  if (positionals.length === 0) throw new UsageError('check needs at least one annual report.');
  const reports: AnnualReport[] = [];
  let bad = 0;
  for (const file of await inputPaths(positionals)) {
    const loaded = await loadDocument(file);
    if (loaded.kind === 'annual-report') reports.push(loaded.document);
    else if (loaded.kind === 'catalogue') io.stderr(`${printable(file)}: a catalogue, not an annual report; skipped\n`);
    else {
      io.stderr(`${printable(file)}: ${loaded.code}: ${loaded.message}\n`);
      bad++;
    }
  }
  if (reports.length === 0 && bad === 0) throw new UsageError('check found no annual report among its inputs.');
  const across = pairs(reports).map(([last, current]) => ({
    agency: current.agency.name,
    years: [last.year, current.year],
    checks: checkAcrossYears(last, current),
    repetition: repetitionRatio(prose(last), prose(current)),
  }));
  if (json) {
    io.stdout(
      JSON.stringify(
        {
          reports: reports.map((r) => ({
            source: r.source.name,
            agency: r.agency.name,
            year: r.year,
            checks: r.checks,
          })),
          across,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const r of reports) io.stdout(checksTable(reportName(r), r.checks, all) + '\n');
    for (const a of across) {
      io.stdout(checksTable(`${a.agency} ${a.years[0]} → ${a.years[1]}`, a.checks, all));
      io.stdout(
        `repeated prose: ${(a.repetition.ratio * 100).toFixed(1)}% (${a.repetition.repeated} of ${a.repetition.sentences} sentences also in ${a.years[0]})${a.repetition.ratio > 0.5 ? ' — over half' : ''}\n\n`,
      );
    }
  }
  const failed = reports.some((r) => r.checks.some((c) => !c.ok)) || across.some((a) => a.checks.some((c) => !c.ok));
  return bad > 0 || failed ? 1 : 0;
}

/** Reports of one agency in consecutive years, each with the year before it. */
function pairs(reports: readonly AnnualReport[]): Array<[AnnualReport, AnnualReport]> {
  const out: Array<[AnnualReport, AnnualReport]> = [];
  for (const current of reports) {
    const last = reports.find(
      (r) =>
        r.agency.name === current.agency.name &&
        r.year !== null &&
        current.year !== null &&
        r.year === current.year - 1,
    );
    if (last) out.push([last, current]);
  }
  return out;
}

const prose = (r: AnnualReport): string => r.sections.map((s) => s.text).join('\n');
