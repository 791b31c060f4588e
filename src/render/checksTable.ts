// `gongkai check`'s output: per report, how many checks of each rule hold, then every failure
// with both sides (or every check, with --all).
import type { AnnualReport, Check } from '../model/annual-report.generated.js';
import { displayWidth, padTo } from './textWidth.js';
import { maxOf } from '../collections.js';

const RULES: Record<Check['rule'], string> = {
  R1: '一 + 二 = 三（七）总计 + 四, per column',
  R2: '（七）总计 = （一）…（六）, per column',
  R3: '总计 = 自然人 + 法人或其他组织, per row',
  R4: '维持 + 纠正 + 其他 + 尚未审结 = 总计, per group',
  R5: 'across years: 结转 and 现行有效件数 carry over',
  R6: 'numbers quoted in 一、总体情况 = the tables (a warning)',
};

export function checksTable(title: string, checks: readonly Check[], all = false): string {
  const failed = checks.filter((c) => !c.ok);
  const lines = [`${title}: ${checks.length - failed.length} of ${checks.length} checks hold`];
  for (const rule of Object.keys(RULES) as Check['rule'][]) {
    const of = checks.filter((c) => c.rule === rule);
    if (of.length > 0)
      lines.push(`  ${rule}  ${`${of.filter((c) => c.ok).length}/${of.length}`.padStart(5)}  ${RULES[rule]}`);
  }
  const shown = all ? checks : failed;
  if (shown.length > 0) {
    const rows = shown.map((c) => [
      c.ok ? 'ok' : 'FAIL',
      c.rule,
      c.where,
      String(c.expected ?? '-'),
      String(c.actual ?? '-'),
      c.message ?? '',
    ]);
    const widths = [4, 4, 5, 8, 6].map((w, i) =>
      maxOf(
        rows.map((r) => displayWidth(r[i]!)),
        w,
      ),
    );
    const line = (r: string[]): string =>
      '  ' +
      r
        .map((s, i) => (i < widths.length ? padTo(s, widths[i]!) : s))
        .join('  ')
        .trimEnd();
    lines.push(line(['', 'rule', 'where', 'expected', 'actual', '']), ...rows.map(line));
  }
  return lines.join('\n') + '\n';
}

export function reportName(r: AnnualReport): string {
  return `${r.agency.name ?? r.source.name} ${r.year ?? ''}`.trim();
}
