// A catalogue diff for people: Markdown, a tab-separated highlighter table in the daff convention
// (`@@` header, `->` changed row with `old->new` cells, `=>` one item covering several, `---` only
// in A, `+++` only in B), and a
// self-contained HTML page (inline CSS, no script, every cell escaped).
import type { Catalogue, Item } from '../model/catalogue.generated.js';
import type { CatalogueDiff, Change, Cover, Pair } from '../model/diff.generated.js';
import { spreadsheetSafe } from './spreadsheetSafe.js';

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

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function diffHtml(d: CatalogueDiff, a: Catalogue, b: Catalogue): string {
  const A = new Map(a.items.map((i) => [i.id, i]));
  const B = new Map(b.items.map((i) => [i.id, i]));
  const row = (cls: string, left: Item | undefined, right: Item | undefined, p?: Pair): string =>
    `<tr class="${cls}"><td>${left ? `${escape(left.id)} ${escape(name(left))}` : ''}</td><td>${right ? `${escape(right.id)} ${escape(name(right))}` : ''}</td>` +
    `<td class="num">${p ? p.score.toFixed(2) : ''}</td><td>${p ? p.changes.map((c) => `<div>${escape(changeText(c))}</div>`).join('') : ''}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>${escape(side(d.a))} ↔ ${escape(side(d.b))}</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
.num{text-align:right;font-variant-numeric:tabular-nums}.changed{background:#fff8e1}.onlyA{background:#fdecea}.onlyB{background:#e8f5e9}.review{background:#eef}.covers{background:#f3e5f5}
.legend span{display:inline-block;padding:0 8px;margin-right:8px}
</style></head><body>
<h1>${escape(side(d.a))} ↔ ${escape(side(d.b))}</h1>
<p>${escape(summaryLine(d))}</p>
<p class="legend"><span class="changed">changed</span><span class="onlyA">only in A</span><span class="onlyB">only in B</span><span class="covers">covering several</span><span class="review">to review</span></p>
<table><thead><tr><th>A: ${escape(a.source.name)}</th><th>B: ${escape(b.source.name)}</th><th>score</th><th>changes</th></tr></thead><tbody>
${[
  ...d.pairs.map((p) => row(p.changes.length ? 'changed' : '', A.get(p.a), B.get(p.b), p)),
  ...d.covers.map((c) => {
    const [x, y] = coverSides(c);
    const list = (ids: string[], items: Map<string, Item>): string =>
      ids.map((id) => `<div>${escape(id)} ${escape(name(items.get(id)!))}</div>`).join('');
    return `<tr class="covers"><td>${list(x, A)}</td><td>${list(y, B)}</td><td class="num">${c.score.toFixed(2)}</td><td></td></tr>`;
  }),
  ...d.review.map((p) => row('review', A.get(p.a), B.get(p.b), p)),
  ...d.onlyA.map((id) => row('onlyA', A.get(id), undefined)),
  ...d.onlyB.map((id) => row('onlyB', undefined, B.get(id))),
].join('\n')}
</tbody></table></body></html>
`;
}
