// The pipeline: bytes → read (decode, sniff) → grid → table → model → validate. Each stage is a
// pure function returning its value and diagnostics; this file only wires them together.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Catalogue, Source } from './model/catalogue.generated.js';
import { diagnostic, type Diagnostic, type Result } from './diagnostics.js';
import { GongkaiError } from './errors.js';
import { decode, type Decoded } from './read/decode.js';
import { docxToHtml } from './read/docxToHtml.js';
import { sniffFormat, type TextFormat } from './read/sniffFormat.js';
import { sniffKind, type DocumentKind } from './read/sniffKind.js';
import { fromTsv } from './grid/fromTsv.js';
import { fromCells } from './grid/fromCells.js';
import { fromHtml } from './grid/fromHtml.js';
import { fromDelimited } from './grid/fromDelimited.js';
import type { Grid } from './grid/grid.js';
import { buildTable } from './table/buildTable.js';
import { buildCatalogue, type CatalogueOptions } from './model/buildCatalogue.js';
import { validate } from './validate/validate.js';

export interface NormaliseOptions extends CatalogueOptions {
  /** The source's file name, recorded in `source.name` (default: the path's base name). */
  name?: string;
  /** Skip format sniffing. */
  format?: 'tsv' | 'cells' | 'csv' | 'html';
  /** Skip kind sniffing. */
  kind?: DocumentKind;
  /** Inputs larger than this are refused with TOO_LARGE (default 20 MiB). */
  maxBytes?: number;
}

export interface Normalised {
  kind: DocumentKind;
  /** The document, or null when its kind is not converted yet. */
  document: Catalogue | null;
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const readers: Partial<Record<TextFormat, (text: string) => Result<Grid>>> = {
  // Word and WPS export unquoted TSV; a quoted field spanning lines means Excel wrote it.
  tsv: (text) => (/(^|\t)"[^"\t\n]*\r?\n/m.test(text) ? fromDelimited(text, '\t') : fromTsv(text)),
  cells: fromCells,
  csv: (text) => fromDelimited(text),
  html: fromHtml,
};

export async function normalise(input: Uint8Array | string, options: NormaliseOptions = {}): Promise<Normalised> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let name = options.name;
  if (typeof input === 'string') {
    name ??= basename(input);
    bytes = await readSmallFile(input, maxBytes);
  } else {
    bytes = input;
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  }
  return normaliseBytes(bytes, { ...options, name: name ?? 'input' });
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

async function normaliseBytes(bytes: Uint8Array, options: NormaliseOptions & { name: string }): Promise<Normalised> {
  if (isOle(bytes)) throw new GongkaiError('LEGACY_DOC');
  if (isZip(bytes)) {
    const html = await docxToHtml(bytes);
    return fromText(bytes, { value: { text: html.value, encoding: 'utf-8' }, diagnostics: html.diagnostics }, 'docx', options);
  }
  return fromText(bytes, decode(bytes), null, options);
}

/** Text (decoded, or made from a .docx) → the document. */
function fromText(bytes: Uint8Array, decoded: Result<Decoded>, container: 'docx' | null, options: NormaliseOptions & { name: string }): Normalised {
  const { text } = decoded.value;
  const encoding = container ? null : decoded.value.encoding;
  const kind = options.kind ?? sniffKind(text);
  if (kind !== 'catalogue') {
    return {
      kind,
      document: null,
      diagnostics: [...decoded.diagnostics, diagnostic('unsupported-kind', 'warning', 'Annual reports are not converted yet.')],
    };
  }
  const sniffed = container ? 'html' : options.format ?? sniffFormat(text);
  if (sniffed === 'text') throw new GongkaiError('NO_TABLE');
  const reader = readers[sniffed];
  if (!reader) throw new GongkaiError('UNKNOWN_FORMAT', `The input looks like ${sniffed}, which this version does not read yet.`);
  const format = container ?? (sniffed as 'tsv' | 'cells' | 'csv' | 'html');
  const source: Source = {
    name: options.name,
    format,
    encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
  const grid = reader(text);
  const table = buildTable(grid.value);
  const model = buildCatalogue(table.value, source, options);
  const document = model.value;
  document.diagnostics = [...decoded.diagnostics, ...grid.diagnostics, ...table.diagnostics, ...model.diagnostics];
  const validation = validate(document);
  if (!validation.valid) {
    // A bug, not bad data: say so plainly rather than emit a document that breaks the contract.
    throw new Error(`internal: the catalogue does not match its schema: ${validation.errors.slice(0, 5).join('; ')}`);
  }
  return { kind, document, diagnostics: document.diagnostics };
}

async function readSmallFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new GongkaiError('UNREADABLE', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof GongkaiError) throw error;
    throw new GongkaiError('UNREADABLE', `${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, { cause: error });
  }
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  try {
    return await readFile(path);
  } catch (error) {
    throw new GongkaiError('UNREADABLE', `${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, { cause: error });
  }
}

function tooLarge(size: number, maxBytes: number): GongkaiError {
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new GongkaiError('TOO_LARGE', `The input is ${mib(size)}, over the ${mib(maxBytes)} limit (raise it with --max-bytes).`);
}
