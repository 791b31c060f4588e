// Bytes → Input: the one place where a format is decided. The container comes from the magic
// bytes (a zip, an OLE compound file, or text); a zip is checked entry by entry before anything
// inflates it in full and is a .docx when it holds word/document.xml; text is decoded (BOM, strict
// UTF-8, else GB18030) and its shape sniffed from the content, never from the file name.
import { createHash } from 'node:crypto';
import type { Result } from '../diagnostics.js';
import type { Source } from '../model/catalogue.generated.js';
import { GongkaiError } from '../errors.js';
import { decode, type Decoded } from './decode.js';
import { readZip } from './readZip.js';
import { sniffDelimiter } from './sniffDelimiter.js';
import { sniffFormat, type TextFormat } from './sniffFormat.js';

export type Format = TextFormat | 'docx';

export interface Input {
  bytes: Uint8Array;
  container: 'zip' | 'ole' | 'text';
  format: Format;
  encoding: Decoded['encoding'] | null;
  /** The decoded text; for a .docx, its word/document.xml. */
  text: string;
  /** Delimited text is parsed with quoting and this delimiter (an Excel-quoted TSV too); else null. */
  delimiter: string | null;
}

export interface InputOptions {
  /** Skip sniffing the shape of text. */
  format?: Exclude<TextFormat, 'text'>;
}

/** Magic bytes → container, in the order they are tried. */
export const CONTAINERS: ReadonlyArray<{ container: Input['container']; magic: readonly number[] }> = [
  { container: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { container: 'ole', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

export function containerOf(bytes: Uint8Array): Input['container'] {
  return CONTAINERS.find(({ magic }) => magic.every((b, i) => bytes[i] === b))?.container ?? 'text';
}

/** Word and WPS write TSV unquoted; a quoted field that runs over a line break means Excel wrote it. */
export function excelQuoted(text: string): boolean {
  return /(^|\t)"[^"\t\n]*\r?\n/m.test(text);
}

export function readInput(bytes: Uint8Array, options: InputOptions = {}): Result<Input> {
  const container = containerOf(bytes);
  if (container === 'ole') throw new GongkaiError('LEGACY_DOC');
  if (container === 'zip') {
    const entries = readZip(bytes, ['word/document.xml']);
    const document = entries.get('word/document.xml');
    if (!document) {
      if (entries.has('xl/workbook.xml'))
        throw new GongkaiError(
          'NOT_DOCX',
          'The file is an Excel workbook (.xlsx), which this version does not read: save the sheet as .csv.',
        );
      throw new GongkaiError('NOT_DOCX', 'The zip archive is not a Word document (no word/document.xml).');
    }
    const text = new TextDecoder().decode(document);
    return { value: { bytes, container, format: 'docx', encoding: null, text, delimiter: null }, diagnostics: [] };
  }
  const decoded = decode(bytes);
  const { text, encoding } = decoded.value;
  const format = options.format ?? sniffFormat(text);
  const delimiter =
    format === 'csv' ? sniffDelimiter(text).delimiter : format === 'tsv' && excelQuoted(text) ? '\t' : null;
  return { value: { bytes, container, format, encoding, text, delimiter }, diagnostics: decoded.diagnostics };
}

/** What a document records of its input. */
export function sourceOf(input: Input, name: string): Source {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return { name, format: input.format, encoding: input.encoding, sha256, bytes: input.bytes.length };
}
