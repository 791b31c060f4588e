// The one list of diagnostic codes, each with the sentence the README prints, and the helper
// every stage uses to make a diagnostic. A test checks that every code emitted is listed here.
import type { Diagnostic, Place } from './model/catalogue.generated.js';

export type { Diagnostic, Place };
export type Severity = Diagnostic['severity'];

export const diagnosticCodes = {
  'encoding-guessed': 'The bytes were not valid UTF-8 and had no BOM, so they were decoded as GB18030.',
  'no-header': 'No row looks like a catalogue header (序号, 公开内容, 公开依据 …), so no items could be read.',
  'no-rows': 'A header was found but no data rows follow it.',
  'unknown-header': 'A header cell is not in the vocabulary; its column is kept and its cells go to `extra`.',
  'column-drift':
    "A row's cells did not line up with the header; they were realigned by what they contain, in order, and the message says what moved where.",
  'column-reread':
    "A column's cells fit another field clearly better than the one its header names (a 公开方式 column of 全文发布, an unknown header over office names); it was read as that field, and the message says which.",
  'extra-cell': "A non-empty cell fits no column; its text is kept in the item's `extra`.",
  'merged-cell-unresolved':
    'A blank (merged) cell opens a new table part, so there is no row above to take its value from; the field is left empty.',
  'row-folded':
    'Rows whose name and content are merged cells of the item above continue that item: they were folded into it, their own cells joined to its fields.',
  'no-marks': 'A row has no audience or mode marks at all; those values are null (unknown), not false.',
  'artefact-removed':
    'Export debris ([bookmark: …], **bold**, <http://…>) was removed from a cell; the message quotes it.',
  'duplicate-seq': 'Two rows print the same 序号; the later item gets a suffixed id.',
  'seq-gap': '序号 skips numbers; the message names the missing ones.',
  'unknown-channel': 'A channel label is not in the channel vocabulary; it is kept with `known: false`.',
  'symbol-font-mark': 'A Private-Use or symbol-font character was read as a check mark.',
  'tables-skipped': 'Tables without a catalogue header (navigation, layout) were left out of the page.',
  'sheet-empty': 'A sheet of the workbook holds no text.',
  'sheet-format':
    'The workbook reader could not follow a number format exactly; the message quotes it, and the cells concerned may print otherwise than in the sheet.',
  'hidden-cells': 'A sheet has hidden rows or columns; they were read like the others, and the message counts them.',
  'page-furniture':
    "Page headers, footers and page numbers in a PDF's top or bottom margin (text that comes back page after page, -3-, 第3页) were left out; the message quotes them and counts the pages.",
  'span-clipped':
    "A table's row and column spans would make more grid slots than a document of its size can hold (damaged or hostile input): those cells were read without their spans, and columns without text were left out.",
  'span-overlap':
    "An HTML cell's rowspan or colspan covers a slot that another cell already holds; the first cell is kept.",
  'stray-quote':
    'A field opens with a quote mark that does not close it (`"双随机、一公开"监管结果`); it was read as plain text, quote marks kept.',
  'table-missing': "An annual report's statistics table was not found; its numbers are null.",
  'table-empty': 'A statistics table is there but holds no numbers (a blank form); its values are null.',
  'blank-as-zero':
    'Blank cells of a statistics table were read as 0 (reports write blanks for zeros); one diagnostic per table gives the count.',
  'total-blank':
    'A table-3 row leaves 总计 blank beside non-zero numbers; the total is null, not 0, and R3 is not checked for that row.',
  'label-fuzzy':
    "A table-3 row label differs from the template's (a typo, a dropped character); it was matched to the nearest label, which the message names.",
  'row-unreadable': "A table-3 row's numbers could not be placed under its columns; the row is null.",
  'row-duplicate': 'A table-3 row label appears twice; the later row is kept.',
  'row-unknown':
    'A table-3 row with numbers has a label that is no row of the template; the message quotes it and its numbers.',
  'row-absent':
    'A row of the template is missing from table 3; its numbers are null (四、结转下年度 counts as 0 in R1).',
  'value-unreadable':
    'A table cell that should hold a number holds text, or a number no such table can hold (negative, over 10^12, a fraction where a count is wanted); the value is null and the message quotes the cell.',
  'unit-converted': "An amount printed in 元 was converted to 万元, the template's unit.",
  'heading-fuzzy':
    "A section heading differs from the template's (a typo, another conjunction); it was read as the nearest section, which the message names.",
  'section-missing': 'One of the six sections (一、总体情况 … 六、其他需要报告的事项) was not found.',
  'section-order': 'A section heading is numbered out of order or twice.',
  'check-failed': 'A consistency rule (R1–R6) does not hold; the message gives the rule, where, and both sides.',
  'place-ambiguous':
    "The agency's name starts with a place name that several provinces or cities share (朝阳区); none was chosen, and the message lists them.",
  'province-unknown':
    'No province could be inferred from the title, the agency name or the cited provincial documents.',
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  place?: Place,
  item?: string,
): Diagnostic {
  const d: Diagnostic = { code, severity, message };
  if (place && Object.keys(place).length > 0) d.place = place;
  if (item !== undefined) d.item = item;
  return d;
}

/** Every stage returns its value with the diagnostics it raised (a value and what making it raised). */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** How many diagnostics of one code about the items of one table are listed before the rest are counted. */
const LISTED = 100;

/**
 * Diagnostics that repeat row after row (a cell in extra on each of 50,000 rows) are listed up to
 * a hundred per code and table; the rest become one diagnostic that counts them and names their
 * first items. Only diagnostics about an item are summed up: the item holds the cells they speak
 * of. Those that are the only record of a text (prose before a table) are all kept.
 */
export function summariseRepeated(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.item === undefined) {
      out.push(d);
      continue;
    }
    const key = `${d.code} ${d.place?.sheet ?? ''} ${d.place?.table ?? ''}`;
    const group = seen.get(key) ?? [];
    if (group.length === 0) seen.set(key, group);
    group.push(d);
    if (group.length <= LISTED) out.push(d);
  }
  for (const group of seen.values()) {
    if (group.length <= LISTED) continue;
    const rest = group.slice(LISTED);
    const first = rest[0]!;
    const items = rest.slice(0, 10).map((d) => d.item);
    const worst = rest.some((d) => d.severity === 'error')
      ? 'error'
      : rest.some((d) => d.severity === 'warning')
        ? 'warning'
        : 'info';
    const message = `${rest.length} more ${first.code} diagnostics like the ones above, about items ${items.join(', ')}${rest.length > 10 ? ' …' : ''}; they are counted, not listed.`;
    out.push(diagnostic(first.code as DiagnosticCode, worst, message, first.place, first.item));
  }
  return out;
}
