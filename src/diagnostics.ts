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
  'column-drift': 'A row\'s cells did not line up with the header; they were realigned by what they contain, in order, and the message says what moved where.',
  'extra-cell': 'A non-empty cell fits no column; its text is kept in the item\'s `extra`.',
  'merged-cell-unresolved': 'A blank (merged) cell opens a new table part, so there is no row above to take its value from; the field is left empty.',
  'no-marks': 'A row has no audience or mode marks at all; those values are null (unknown), not false.',
  'artefact-removed': 'Export debris ([bookmark: …], **bold**, <http://…>) was removed from a cell; the message quotes it.',
  'duplicate-seq': 'Two rows print the same 序号; the later item gets a suffixed id.',
  'seq-gap': '序号 skips numbers; the message names the missing ones.',
  'unknown-channel': 'A channel label is not in the channel vocabulary; it is kept with `known: false`.',
  'symbol-font-mark': 'A Private-Use or symbol-font character was read as a check mark.',
  'unsupported-kind': 'The input is a kind of document this version does not convert yet.',
  'tables-skipped': 'Tables without a catalogue header (navigation, layout) were left out of the page.',
  'span-overlap': 'An HTML cell\'s rowspan or colspan covers a slot that another cell already holds; the first cell is kept.',
  'stray-quote': 'A field opens with a quote mark that does not close it (`"双随机、一公开"监管结果`); it was read as plain text, quote marks kept.',
  'docx-merge-lost': 'mammoth could not follow a Word table\'s merged cells (a bookmark or other element between rows); they read as blanks and fill down where they can.',
  'province-unknown': 'No province could be inferred from the title, the agency name or the cited provincial documents.',
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

/** Every stage returns its value with the diagnostics it raised (mammoth's Result shape). */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}
