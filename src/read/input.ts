// Bytes → Input: the one place where a format is decided. The container comes from the magic
// bytes (a zip, an OLE compound file, or text). A zip is checked entry by entry before anything
// inflates it in full, and its parts say what it is: word/document.xml a .docx, xl/workbook.xml an
// .xlsx, an OpenDocument spreadsheet mimetype an .ods. An OLE file's streams say the same:
// WordDocument a Word 97 .doc, Workbook (or Book) an Excel .xls, EncryptedPackage an encrypted
// Office file. Text is decoded (BOM, strict UTF-8, else GB18030) and its shape sniffed from the
// content, never from the file name.
import { createHash } from 'node:crypto';
import type { Result } from '../diagnostics.js';
import type { Source } from '../model/catalogue.generated.js';
import { GongkaiError } from '../errors.js';
import { decode, type Decoded } from './decode.js';
import { readZip } from './readZip.js';
import { readCompoundFile } from './readCompoundFile.js';
import { sniffDelimiter } from './sniffDelimiter.js';
import { sniffFormat, type TextFormat } from './sniffFormat.js';

export type Format = TextFormat | 'docx' | 'doc' | 'xlsx' | 'xls' | 'ods' | 'pdf';

export interface Input {
  bytes: Uint8Array;
  container: 'zip' | 'ole' | 'pdf' | 'text';
  format: Format;
  encoding: Decoded['encoding'] | null;
  /** The decoded text; for a .docx, its word/document.xml; '' for the other binary formats. */
  text: string;
  /** Delimited text is parsed with quoting and this delimiter (an Excel-quoted TSV too); else null. */
  delimiter: string | null;
  /** A .docx's page headers (word/header*.xml), where a title may stand; else empty. */
  pageHeaders: string[];
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
  const found = CONTAINERS.find(({ magic }) => magic.every((b, i) => bytes[i] === b))?.container;
  if (found) return found;
  // A PDF's header may follow some junk bytes (the standard allows 1,024).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? 'pdf' : 'text';
}

/** Word and WPS write TSV unquoted; a quoted field that runs over a line break means Excel wrote it. */
export function excelQuoted(text: string): boolean {
  return /(^|\t)"[^"\t\n]*\r?\n/m.test(text);
}

export async function readInput(bytes: Uint8Array, options: InputOptions = {}): Promise<Result<Input>> {
  const container = containerOf(bytes);
  const binary = (format: Format, text = ''): Result<Input> => ({
    value: { bytes, container, format, encoding: null, text, delimiter: null, pageHeaders },
    diagnostics: [],
  });
  let pageHeaders: string[] = [];
  if (container === 'zip') {
    const entries = readZip(bytes, (name) => KEPT_PARTS.test(name));
    const document = entries.get('word/document.xml');
    const utf8 = new TextDecoder();
    pageHeaders = [...entries]
      .filter(([name, data]) => /^word\/header\d*\.xml$/.test(name) && data)
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([, data]) => utf8.decode(data!));
    if (document) return binary('docx', utf8.decode(document));
    if (entries.has('xl/workbook.xml')) return binary('xlsx');
    const mimetype = entries.get('mimetype');
    if (mimetype && new TextDecoder().decode(mimetype).trim() === ODS_MIMETYPE) return binary('ods');
    throw new GongkaiError('NOT_DOCX', 'The zip archive is neither a Word document nor a workbook.');
  }
  if (container === 'ole') return binary(await oleFormat(bytes));
  if (container === 'pdf') return binary('pdf');
  const decoded = decode(bytes);
  const { text, encoding } = decoded.value;
  const format = options.format ?? sniffFormat(text);
  const delimiter =
    format === 'csv' ? sniffDelimiter(text).delimiter : format === 'tsv' && excelQuoted(text) ? '\t' : null;
  return {
    value: { bytes, container, format, encoding, text, delimiter, pageHeaders: [] },
    diagnostics: decoded.diagnostics,
  };
}

/** The parts of a zip read in full: the Word body and its page headers, the ODS mimetype. */
const KEPT_PARTS = /^(word\/document\.xml|word\/header\d*\.xml|mimetype)$/;

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** The format an OLE compound file holds, by its streams. */
async function oleFormat(bytes: Uint8Array): Promise<Format> {
  const names = (await readCompoundFile(bytes)).FullPaths.map(
    (p: string) => p.replace(/\/$/, '').split('/').pop() ?? '',
  );
  if (names.includes('EncryptedPackage'))
    throw new GongkaiError('ENCRYPTED', 'The Office file is encrypted; save it without a password.');
  if (names.includes('WordDocument')) return 'doc';
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  throw new GongkaiError(
    'LEGACY_DOC',
    `The compound file holds neither a Word document nor a workbook (${names.filter(Boolean).join(', ')}).`,
  );
}

/** What a document records of its input. */
export function sourceOf(input: Input, name: string): Source {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return { name, format: input.format, encoding: input.encoding, sha256, bytes: input.bytes.length };
}
