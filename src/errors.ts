// Thrown only for misuse or an input that is not a document at all; data problems are diagnostics.
export const errorCodes = {
  EMPTY_INPUT: 'The input is empty.',
  NOT_TEXT: 'The input is binary, not text in a known encoding.',
  TOO_LARGE: 'The input is larger than the size limit.',
  UNREADABLE: 'The input could not be read.',
  UNKNOWN_FORMAT: 'The input is in a format this version does not read yet.',
  NO_TABLE: 'The input is text without a table: no tab-separated rows and no one-cell-per-line rows.',
  INVALID_OPTION: 'An option has a value outside its range.',
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
