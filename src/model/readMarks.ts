// The audience, mode and 公开层级 of an item from its tick columns (√ / blank), or from one column
// that names the options itself (■全社会 □特定群众, 主动公开).
import type { Audience, Mode } from './catalogue.generated.js';
import type { TableRecord } from '../table/buildTable.js';
import { parseMarkCell, parseMarkedList } from '../fields/marks.js';
import { childField, levelOf, type Field, type FieldKind } from '../vocabulary/headers.js';

export interface Marks {
  audience: Audience;
  mode: Mode;
  level: string[];
  symbolFont: boolean;
}

/** Mark columns (√ / blank) or a single column naming the options (■全社会 □特定群众, 主动公开). */
export function readMarks(
  rec: TableRecord,
  get: (f: Field) => string | null,
  rowHasMarks: boolean,
  has: (f: Field) => boolean,
): Marks {
  let symbolFont = false;
  // A blank tick is "not ticked" where the row ticks something — in a column the table has.
  const tick = (field: Field): { value: boolean | null; note: string | null } => {
    if (!has(field)) return { value: null, note: null };
    const cell = parseMarkCell(get(field) ?? '');
    symbolFont ||= cell.symbolFont;
    return { value: cell.value ?? (rowHasMarks ? false : null), note: cell.note };
  };
  const notes = (...n: Array<string | null>): string | null => n.filter((x) => x !== null).join('；') || null;

  const audience = listedOptions(get('audience'));
  const mode = listedOptions(get('mode'));
  const pub = tick('audience.public');
  const spec = tick('audience.specific');
  const pro = tick('mode.proactive');
  const req = tick('mode.onRequest');
  const level = [...rec.values.keys()]
    .filter((k) => levelOf(k) !== null && parseMarkCell(get(k) ?? '').value === true)
    .map((k) => levelOf(k)!);
  return {
    audience: audience
      ? !audience.named && audience.note !== null
        ? // A group named in words (法人（自然人）, 项目所在地村民): a specific audience, its name kept.
          { public: false, specific: true, note: audience.note }
        : {
            public: audience.value('audience.public'),
            specific: audience.value('audience.specific'),
            note: audience.note,
          }
      : { public: pub.value, specific: spec.value, note: notes(pub.note, spec.note) },
    mode: mode
      ? { proactive: mode.value('mode.proactive'), onRequest: mode.value('mode.onRequest'), note: mode.note }
      : { proactive: pro.value, onRequest: req.value, note: notes(pro.note, req.note) },
    level,
    symbolFont,
  };
}

/**
 * One cell that names the options itself: `■全社会 □特定群众`, `主动公开`, `主动公开、依申请公开`.
 * An option listed without a box counts as ticked; one not listed at all, as not ticked.
 */
function listedOptions(
  text: string | null,
): { value: (kind: FieldKind) => boolean | null; note: string | null; named: boolean } | null {
  if (text === null) return null;
  const { lead, items } = parseMarkedList(text);
  const options =
    items.length > 0
      ? items.map((i) => ({
          kind: childField(i.label),
          on: i.state === 'checked',
          // An option the vocabulary does not know keeps its box in the note: ☑ ticked, ☐ not.
          label: `${i.state === 'checked' ? '☑' : '☐'}${i.label}`,
        }))
      : lead.split(/[、，,；;\s]+/).map((w) => ({ kind: childField(w), on: true, label: w }));
  const named = options.some((o) => o.kind !== null);
  return {
    named,
    value: (kind) => (named ? options.some((o) => o.kind === kind && o.on) : null),
    // Labels that name no option (with their box), and text before the first box (kept: it is
    // the cell's too).
    note:
      [items.length > 0 ? lead : '', ...options.filter((o) => o.kind === null).map((o) => o.label)]
        .filter((t) => t !== '')
        .join(' ') || null,
  };
}
