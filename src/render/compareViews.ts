// A catalogue comparison for people: the coverage matrix as CSV, and a self-contained HTML report
// in Chinese (inline CSS, every cell escaped, sortable and filterable by one small inline script,
// and readable without it): the topic × agency heatmap with counts and a colour scale, agencies
// grouped under their province, each count linking to the items behind it with their source rows;
// the agency × agency similarity.
import Papa from 'papaparse';
import type { CatalogueComparison } from '../model/compare.generated.js';
import { maxOf } from '../collections.js';
import { spreadsheetSafe } from './spreadsheetSafe.js';
import { PAGE_SCRIPT } from './pageScript.js';
import { escapeHtml as escape } from './escapeHtml.js';

/**
 * The comparison as CSV: three header rows (province, city, agency: one column per agency), a
 * row per topic with each agency's count, then, after an empty row, the agency × agency
 * similarity with the agencies' names as its header.
 */
export function comparisonCsv(c: CatalogueComparison): string {
  const name = (a: CatalogueComparison['agencies'][number]): string => a.name ?? a.source;
  const rows = [
    ['province', ...c.agencies.map((a) => a.province ?? '')],
    ['city', ...c.agencies.map((a) => a.city ?? '')],
    ['agency', ...c.agencies.map(name)],
    ...c.topics.map((t, k) => [t.name, ...c.coverage[k]!.map(String)]),
    [],
    ['similarity', ...c.agencies.map(name)],
    ...c.agencies.map((a, i) => [name(a), ...c.similarity[i]!.map(String)]),
  ];
  return (
    Papa.unparse(
      rows.map((r) => r.map(spreadsheetSafe)),
      { newline: '\n' },
    ) + '\n'
  );
}

export function comparisonHtml(c: CatalogueComparison): string {
  const max = maxOf(c.coverage.flat(), 1);
  const shade = (n: number): string => (n === 0 ? '#fff' : `hsl(212, 70%, ${Math.round(92 - (n / max) * 52)}%)`);
  const ink = (n: number): string => (n / max > 0.55 ? '#fff' : '#123');
  // Column groups: consecutive agencies of one province (or one agency each).
  const groups: Array<{ label: string; span: number }> = [];
  for (const a of c.agencies) {
    const province = a.province ?? '（省份不明）';
    const label =
      c.groupBy === 'province'
        ? province
        : c.groupBy === 'city'
          ? `${province} ${a.city ?? '（市不明）'}`
          : (a.name ?? a.source);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.span++;
    else groups.push({ label, span: 1 });
  }
  const agencyName = (a: CatalogueComparison['agencies'][number]): string => escape(a.name ?? a.source);
  const heat = c.topics
    .map(
      (t, k) =>
        `<tr><th class="topic"><a href="#t-${escape(t.id)}">${escape(t.name)}</a></th>${c.coverage[k]!.map((n, i) => `<td class="num" style="background:${shade(n)};color:${ink(n)}" data-sort="${n}">${n ? `<a href="#c-${escape(t.id)}-${i}" style="color:inherit">${n}</a>` : ''}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const similar = c.agencies
    .map(
      (a, i) =>
        `<tr><th>${agencyName(a)}</th>${c.similarity[i]!.map((s) => `<td class="num" style="background:${s === 1 ? '#eee' : `hsl(140, 50%, ${Math.round(95 - s * 50)}%)`}">${s.toFixed(2)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const byTopic = c.topics
    .map((t) => {
      const rows = c.agencies
        .map((a, i) => {
          const items = c.assignments.filter((x) => x.topic === t.id && x.agency === a.key);
          return items.length === 0
            ? ''
            : `<li id="c-${escape(t.id)}-${i}"><b>${agencyName(a)}</b>：${items.map((x) => `${escape(x.item)} ${escape(x.label ?? '')} <span class="rows">(${escape(a.source)} ${(x.rows ?? []).map((r) => `#${r}`).join(' ')})</span>`).join('；')}</li>`;
        })
        .join('');
      return rows ? `<section id="t-${escape(t.id)}"><h3>${escape(t.name)}</h3><ul>${rows}</ul></section>` : '';
    })
    .join('\n');
  const unassigned = c.assignments.filter((x) => x.topic === null);
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>政务公开目录比较：${c.agencies.length} 个机构</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:2em;color:#123;max-width:1200px}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #dde;padding:3px 8px}th{background:#f5f7fa;font-weight:600}
th.topic{text-align:left;white-space:nowrap}.num{text-align:center;font-variant-numeric:tabular-nums;min-width:3em}
.rows{color:#789;font-size:12px}section{margin:.5em 0}h3{margin:.8em 0 .2em;font-size:15px}ul{margin:.2em 0}
.legend{color:#567}.scale{display:inline-block;width:160px;height:12px;vertical-align:middle;background:linear-gradient(to right,${shade(1)},${shade(max)})}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}thead th{cursor:pointer}input.filter{padding:4px;width:16em}
li:target{background:#fff3c4}
</style></head><body>
<h1>政务公开目录比较</h1>
<p class="legend">${c.agencies.length} 个机构，${c.agencies.reduce((n, a) => n + a.items, 0)} 个事项；按主题统计每个机构的事项数，点击数字查看对应事项及其在原文件中的行。${unassigned.length} 个事项未归入主题。</p>
<p class="legend">事项数：1 <span class="scale"></span> ${max}</p>
<h2>主题覆盖</h2>
<input class="filter" type="search" placeholder="筛选主题" data-table="coverage" hidden>
<table id="coverage" class="sortable"><thead>
<tr><th rowspan="2">主题</th>${groups.map((g) => `<th colspan="${g.span}">${escape(g.label)}</th>`).join('')}</tr>
<tr>${c.agencies.map((a) => `<th>${agencyName(a)}</th>`).join('')}</tr>
</thead><tbody>
${heat}
<tr class="fixed"><th class="topic">未归类</th>${c.agencies.map((a) => `<td class="num">${a.items - a.assigned || ''}</td>`).join('')}</tr>
</tbody></table>
<h2>机构相似度（覆盖主题的 Jaccard 系数）</h2>
<table id="similarity" class="sortable"><thead><tr><th>机构</th>${c.agencies.map((a) => `<th>${agencyName(a)}</th>`).join('')}</tr></thead><tbody>
${similar}
</tbody></table>
<h2>各主题的事项</h2>
${byTopic}
${unassigned.length ? `<section><h3>未归入主题</h3><ul>${unassigned.map((x) => `<li>${escape(x.agency.split('｜')[0] ?? '')}：${escape(x.item)} ${escape(x.label ?? '')}</li>`).join('')}</ul></section>` : ''}
${PAGE_SCRIPT}
</body></html>
`;
}
