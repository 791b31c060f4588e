// One input through the library: its document written as a JSON file (through a temporary file and
// a rename, so that no output is ever half-written), and handed back: the document on one line for
// the NDJSON, its items as CSV rows, and the figures the summary needs. Runs in a worker thread or
// in this process, and hands back plain data only (a worker's answer is copied across). Files are
// read and written synchronously: a worker has nothing else to do meanwhile, and waiting on the
// thread pool for each small read and write left it idle a third of the time.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { makeDir } from '../makeDir.js';
import { basename, dirname } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../read/readFile.js';
import { normalise, type NormaliseOptions } from '../../normalise.js';
import { GongkaiError } from '../../errors.js';
import { itemsCsvRows } from '../../render/itemsCsv.js';
import { sha256, type Figures } from './manifest.js';

export type ConvertOptions = Pick<NormaliseOptions, 'maxBytes' | 'agency' | 'province' | 'format'> & {
  /** Also the document as one line (for --ndjson), and its items as CSV rows (for --items-csv). */
  ndjson: boolean;
  itemsCsv: boolean;
};

export interface Converted extends Figures {
  ok: true;
  /** The input's digest, as its document's source records it. */
  sha256: string;
  kind: 'catalogue' | 'annual-report';
  /** The document on one line, when asked for; else empty. */
  line: string;
  /** Its items as CSV rows, when asked for; else empty. */
  csvRows: string;
}
export interface Failed {
  ok: false;
  /** The input's digest where it was read, else what stands in for it (its size when too large). */
  sha256: string;
  /** A GongkaiError's code, TIMEOUT or TOO_COMPLEX from the pool, or INTERNAL for a bug. */
  code: string;
  message: string;
}
export type Outcome = Converted | Failed;

/** Where the document goes: its JSON file, and the temporary file it is written through. */
export interface Destination {
  output: string;
  tmp: string;
  /** The input's path below the folder given: its name in the items CSV. */
  name: string;
}

export async function convert(path: string, options: ConvertOptions, to: Destination): Promise<Outcome> {
  let input: Uint8Array | string = path;
  let digest = 'unreadable';
  const failed = (code: string, message: string): Failed => ({
    ok: false,
    sha256: typeof input === 'string' ? digest : sha256(input),
    code,
    message,
  });
  try {
    const { itemsCsv, ndjson, ...rest } = options;
    // The bytes, where they can be read and are within the limit; else the path, and normalise
    // says what is wrong with it (UNREADABLE, TOO_LARGE) without reading it.
    input = path;
    try {
      const info = statSync(path);
      if (info.isFile() && info.size <= (rest.maxBytes ?? DEFAULT_MAX_BYTES)) input = readFileSync(path);
      else digest = `too-large:${info.size}`;
    } catch {
      // left to normalise
    }
    const result = await normalise(input, { ...rest, name: basename(path) });
    const diagnostics = result.document.diagnostics;
    const error = diagnostics.find((d) => d.severity === 'error');
    write(to, JSON.stringify(result.document, null, 2) + '\n');
    return {
      ok: true,
      sha256: result.document.source.sha256,
      kind: result.kind,
      line: ndjson ? JSON.stringify(result.document) + '\n' : '',
      csvRows: itemsCsv && result.kind === 'catalogue' ? itemsCsvRows(result.document, to.name) : '',
      items: result.kind === 'catalogue' ? result.document.items.length : null,
      checksOk: result.kind === 'annual-report' ? result.document.checks.filter((c) => c.ok).length : null,
      checksTotal: result.kind === 'annual-report' ? result.document.checks.length : null,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      firstError: error ? `${error.code}: ${error.message}` : null,
    };
  } catch (error) {
    if (error instanceof GongkaiError) return failed(error.code, error.message);
    if (error instanceof OutputError) return failed('UNWRITABLE', error.message);
    const e = error as Error;
    return failed('INTERNAL', `${e.message}${process.env.GONGKAI_DEBUG ? `\n${e.stack}` : ''}`);
  }
}

class OutputError extends Error {}

/** Folders this thread has made already. */
const made = new Set<string>();

function write(to: Destination, json: string): void {
  try {
    const folder = dirname(to.output);
    if (!made.has(folder)) {
      makeDir(folder);
      made.add(folder);
    }
    writeFileSync(to.tmp, json);
    renameSync(to.tmp, to.output);
  } catch (error) {
    rmSync(to.tmp, { force: true });
    throw new OutputError(`Cannot write ${to.output}: ${(error as Error).message}`);
  }
}
