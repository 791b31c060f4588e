// A catalogue diff for people: Markdown, a tab-separated highlighter table in the daff convention
// (`@@` header, `->` changed row with `old->new` cells, `=>` one item covering several, `---` only
// in A, `+++` only in B), and a self-contained HTML page in Chinese (inline CSS, every cell
// escaped, sortable and filterable by one small inline script, and readable without it).
import type { Catalogue, Item } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Change, Cover } from '../model/diff.generated.js';
import { spreadsheetSafe } from './spreadsheetSafe.js';
import { PAGE_SCRIPT } from './pageScript.js';
import { escapeHtml as escape } from './escapeHtml.js';

const name = (it: Item): string => it.path.join(' / ') || (it.content ?? '').slice(0, 30);
const value = (v: Change['a']): string => {
  const text = v === null ? '∅' : Array.isArray(v) ? v.join('、') : String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const changeText = (c: Change): string =>
  c.field.endsWith('.added')
    ? `${c.field.replace(/\.added$/, '')} +${value(c.b)}`
    : c.field.endsWith('.removed')
      ? `${c.field.replace(/\.removed$/, '')} −${value(c.a)}`
      : `${c.field}: ${value(c.a)} → ${value(c.b)}`;
const side = (d: CatalogueDiff['a']): string =>
  `${d.agency.name ?? d.source.name}${d.agency.province ? `（${d.agency.province}）` : ''}`;

const summaryLine = (d: CatalogueDiff): string =>
  `${d.summary.matched} matched (${d.summary.changed} with changes), ${d.summary.covers} covering several, ${d.summary.onlyA} only in A, ${d.summary.onlyB} only in B, ${d.summary.review} to review.`;

/** A cover's two sides as lists of ids (one side has one). */
const coverSides = (c: Cover): [string[], string[]] => [[c.a].flat(), [c.b].flat()];

export function diffMarkdown(d: CatalogueDiff, a: Catalogue, b: Catalogue): string {
  const A = new Map(a.items.map((i) => [i.id, i]));
  const B = new Map(b.items.map((i) => [i.id, i]));
  // Document text is text: on one line (a line break would start a heading or a paragraph), with
  // the marks that would make code, emphasis, a link, HTML, an entity, a strikethrough or a cell
  // break backslash-escaped, as CommonMark and GFM tables allow.
  const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|&~]/g, '\\$&');
  const out = [
    `# ${cell(side(d.a))} ↔ ${cell(side(d.b))}`,
    '',
    summaryLine(d),
    '',
    '| A | B | score | changes |',
    '|---|---|---|---|',
    ...d.pairs.map(
      (p) =>
        `| ${cell(`${p.a} ${name(A.get(p.a)!)}`)} | ${cell(`${p.b} ${name(B.get(p.b)!)}`)} | ${p.score.toFixed(2)} | ${cell(p.changes.map(changeText).join('; ') || '—')} |`,
    ),
  ];
  const list = (title: string, ids: string[], items: Map<string, Item>): void => {
    if (ids.length === 0) return;
    out.push('', `## ${cell(title)}`, '', ...ids.map((id) => `- ${cell(`${id} ${name(items.get(id)!)}`)}`));
  };
  if (d.covers.length > 0)
    out.push(
      '',
      '## One item covering several',
      '',
      ...d.covers.map((c) => {
        const [x, y] = coverSides(c);
        const names = (ids: string[], items: Map<string, Item>): string =>
          ids.map((id) => cell(`${id} ${name(items.get(id)!)}`)).join(' + ');
        return `- ${names(x, A)} ↔ ${names(y, B)} (score ${c.score.toFixed(2)})`;
      }),
    );
  list(`Only in A (${side(d.a)})`, d.onlyA, A);
  list(`Only in B (${side(d.b)})`, d.onlyB, B);
  if (d.review.length > 0) {
    out.push(
      '',
      '## To review',
      '',
      ...d.review.map(
        (p) =>
          `- ${cell(`${p.a} ${name(A.get(p.a)!)}`)} ↔ ${cell(`${p.b} ${name(B.get(p.b)!)}`)} (score ${p.score.toFixed(2)})`,
      ),
    );
  }
  return out.join('\n') + '\n';
}

const COLUMNS = ['id', 'path', 'content', 'timeLimit', 'publisher', 'channels', 'audience', 'mode'] as const;

function columns(it: Item): string[] {
  const flag = (x: boolean | null): string => (x === null ? '' : x ? '1' : '0');
  return [
    it.id,
    it.path.join('/'),
    (it.content ?? '').replace(/\s+/g, ' '),
    it.timeLimit?.text ?? '',
    it.publisher ?? '',
    it.channels
      .filter((c) => c.checked)
      .map((c) => c.name)
      .join('、'),
    `${flag(it.audience.public)}${flag(it.audience.specific)}`,
    `${flag(it.mode.proactive)}${flag(it.mode.onRequest)}`,
  ];
}

export function diffTsv(d: CatalogueDiff, a: Catalogue, b: Catalogue): string {
  const A = new Map(a.items.map((i) => [i.id, i]));
  const B = new Map(b.items.map((i) => [i.id, i]));
  const clean = (s: string): string => s.replace(/[\t\n\r]/g, ' ');
  const rows = [['@@', ...COLUMNS]];
  for (const p of d.pairs) {
    const x = columns(A.get(p.a)!);
    const y = columns(B.get(p.b)!);
    const changed = x.some((v, k) => k > 0 && v !== y[k]);
    rows.push([
      changed ? '->' : '',
      ...x.map((v, k) => (k === 0 ? `${p.a}->${p.b}` : v === y[k] ? v : `${v}->${y[k]}`)),
    ]);
  }
  // A cover: one row, marked =>, its ids and paths joined with + on each side.
  for (const c of d.covers) {
    const [x, y] = coverSides(c);
    const paths = (ids: string[], items: Map<string, Item>): string =>
      ids.map((id) => items.get(id)!.path.join('/')).join(' + ');
    rows.push(['=>', `${x.join('+')}->${y.join('+')}`, `${paths(x, A)}->${paths(y, B)}`, '', '', '', '', '', '']);
  }
  for (const id of d.onlyA) rows.push(['---', ...columns(A.get(id)!)]);
  for (const id of d.onlyB) rows.push(['+++', ...columns(B.get(id)!)]);
  // The first column holds the diff's markers (->, ---, +++) as they are; every other cell is made
  // spreadsheet-safe, and one that starts with a quote mark gets the same apostrophe: this TSV has
  // no quoting, but a spreadsheet importing it would take that mark for the start of a quoted field.
  const safe = (s: string): string => (s.startsWith('"') ? `'${s}` : spreadsheetSafe(s));
  return rows.map((r) => r.map((s, k) => (k === 0 ? clean(s) : safe(clean(s)))).join('\t')).join('\n') + '\n';
}

/** The fields a change names, in Chinese, each with its name in the JSON. */
const FIELD_LABELS: Record<string, string> = {
  content: '公开内容',
  publisher: '公开主体',
  'timeLimit.days': '公开时限（天）',
  'timeLimit.unit': '时限单位',
  'audience.public': '公开对象：社会公众',
  'audience.specific': '公开对象：特定对象',
  'mode.proactive': '主动公开',
  'mode.onRequest': '依申请公开',
  channels: '公开渠道',
  citations: '公开依据',
};
const changeHtml = (c: Change): string => {
  const field = c.field.replace(/\.(added|removed)$/, '');
  const label = `${FIELD_LABELS[field] ?? field} <code>${escape(field)}</code>`;
  const text = c.field.endsWith('.added')
    ? `增 ${value(c.b)}`
    : c.field.endsWith('.removed')
      ? `删 ${value(c.a)}`
      : `${value(c.a)} → ${value(c.b)}`;
  return `<div>${label}：${escape(text)}</div>`;
};

/** Text cut to `max` characters, the whole of it in the tooltip. */
const clipped = (text: string, max: number): string =>
  text.length > max ? `<span title="${escape(text)}">${escape(text.slice(0, max))}…</span>` : escape(text);

/** An item as a cell: its id, path and the start of its content, and where it was read. */
function itemCell(it: Item | undefined, withContent: boolean): string {
  if (!it) return '';
  const where = [
    it.source.sheet !== undefined ? `工作表 ${it.source.sheet}` : '',
    it.source.page !== undefined ? `第 ${it.source.page} 页` : '',
    `行 ${it.source.rows.join('、')}`,
  ].filter(Boolean);

  return (
    `<div><b>${escape(it.id)}</b> ${clipped(it.path.join(' / '), 100)}</div>` +
    (withContent && it.content ? `<div class="content">${clipped(it.content, 80)}</div>` : '') +
    `<div class="where">${escape(where.join(' '))}</div>`
  );
}

const KINDS = {
  same: ['相同', ''],
  changed: ['有变化', 'changed'],
  covers: ['一对多', 'covers'],
  review: ['待复核', 'review'],
  onlyA: ['仅 A 有', 'onlyA'],
  onlyB: ['仅 B 有', 'onlyB'],
} as const;

/** Score from 0 to 1 as a shade of blue (the legend shows the scale). */
const scoreShade = (s: number): string => `hsl(212, 70%, ${Math.round(96 - Math.max(0, Math.min(1, s)) * 40)}%)`;

export function diffHtml(d: CatalogueDiff, a: Catalogue, b: Catalogue): string {
  const A = new Map(a.items.map((i) => [i.id, i]));
  const B = new Map(b.items.map((i) => [i.id, i]));
  const row = (kind: keyof typeof KINDS, left: string, right: string, score: number | null, changes = ''): string => {
    const [label, cls] = KINDS[kind];
    return (
      `<tr class="${cls}"><td>${label}</td><td>${left}</td><td>${right}</td>` +
      (score === null
        ? '<td class="num" data-sort="-1"></td>'
        : `<td class="num" style="background:${scoreShade(score)}">${score.toFixed(2)}</td>`) +
      `<td>${changes}</td></tr>`
    );
  };
  const list = (ids: string[], items: Map<string, Item>): string =>
    ids.map((id) => itemCell(items.get(id), false)).join('');
  const rows = [
    ...d.pairs.map((p) =>
      row(
        p.changes.length ? 'changed' : 'same',
        itemCell(A.get(p.a), false),
        itemCell(B.get(p.b), false),
        p.score,
        p.changes.map(changeHtml).join(''),
      ),
    ),
    ...d.covers.map((c) => {
      const [x, y] = coverSides(c);
      return row('covers', list(x, A), list(y, B), c.score);
    }),
    ...d.review.map((p) =>
      row(
        'review',
        itemCell(A.get(p.a), true),
        itemCell(B.get(p.b), true),
        p.score,
        p.changes.map(changeHtml).join(''),
      ),
    ),
    ...d.onlyA.map((id) => row('onlyA', itemCell(A.get(id), true), '', null)),
    ...d.onlyB.map((id) => row('onlyB', '', itemCell(B.get(id), true), null)),
  ];
  const title = `${escape(side(d.a))} ↔ ${escape(side(d.b))}`;
  const s = d.summary;
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>目录比对：${title}</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:2em;color:#123}
table{border-collapse:collapse;width:100%;table-layout:fixed}td{overflow-wrap:anywhere}td,th{border-bottom:1px solid #dde;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f5f7fa;cursor:pointer;white-space:nowrap}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.num{text-align:right;font-variant-numeric:tabular-nums}.content{color:#345}.where{color:#789;font-size:12px}code{color:#789;font-size:12px}
.changed td:first-child{background:#fff3c4}.covers td:first-child{background:#ecd8f3}.review td:first-child{background:#dde3ff}.onlyA td:first-child{background:#fbd9d5}.onlyB td:first-child{background:#d3efd6}
.legend span{display:inline-block;padding:0 8px;margin-right:6px}.scale{display:inline-block;width:160px;height:12px;vertical-align:middle;background:linear-gradient(to right,${scoreShade(0)},${scoreShade(1)})}
input.filter{margin:.5em 0;padding:4px;width:20em}
</style></head><body>
<h1>目录比对：${title}</h1>
<p>A：${escape(a.source.name)}（${a.items.length} 项）；B：${escape(b.source.name)}（${b.items.length} 项）。</p>
<p>相同或匹配 ${s.matched} 项（其中 ${s.changed} 项有变化），一对多 ${s.covers} 组，仅 A 有 ${s.onlyA} 项，仅 B 有 ${s.onlyB} 项，待复核 ${s.review} 项。</p>
<p class="legend">类型：<span style="background:#fff3c4">有变化</span><span style="background:#ecd8f3">一对多</span><span style="background:#dde3ff">待复核</span><span style="background:#fbd9d5">仅 A 有</span><span style="background:#d3efd6">仅 B 有</span>
相似度 <code>score</code>：0 <span class="scale"></span> 1</p>
<input class="filter" type="search" placeholder="筛选：输入事项名称、内容或编号" data-table="pairs" hidden>
<table id="pairs" class="sortable"><colgroup><col style="width:5em"><col style="width:27%"><col style="width:27%"><col style="width:7.5em"><col></colgroup><thead><tr><th>类型</th><th>A 的事项</th><th>B 的事项</th><th>相似度 <code>score</code></th><th>变化 <code>changes</code></th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${PAGE_SCRIPT}
</body></html>
`;
}
