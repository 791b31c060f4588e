// Thrown only for misuse or an input that is not a document at all; data problems are diagnostics.
export const errorCodes = {
  EMPTY_INPUT: 'The input is empty.',
  NOT_TEXT: 'The input is binary, not text in a known encoding.',
  TOO_LARGE: 'The input is larger than the size limit.',
  UNREADABLE: 'The input could not be read.',
  LEGACY_DOC:
    'The file is an Office compound file that holds neither a Word document nor a workbook (a .ppt, a .msg …).',
  CORRUPT_FILE: 'The file is a damaged Office file: its format was recognised, but it cannot be read.',
  CORRUPT_ZIP: 'The file is a damaged zip archive.',
  ENCRYPTED: 'The file is encrypted (a password-protected archive, workbook or document).',
  NOT_DOCX: 'The zip archive is neither a Word document (.docx) nor a workbook (.xlsx, .ods).',
  NO_TEXT_LAYER: 'The PDF has no text layer (a scanned document): its text cannot be read without OCR.',
  NO_TABLE: 'The input holds no table, and a catalogue is one: only prose, no table rows.',
  TIMEOUT: 'Reading the input took longer than the time limit of a bulk run (--timeout); it was stopped.',
  TOO_COMPLEX:
    'The input is beyond the bounds one input is read within: more table rows, markup elements or pages than the limits (README, "Limits"), or more memory than a bulk run allows one input (--max-memory).',
  UNWRITABLE: "The input's output file could not be written (a bulk run goes on with the other inputs).",
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class GongkaiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string = errorCodes[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GongkaiError';
    this.code = code;
  }
}
