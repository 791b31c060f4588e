// Inputs → documents, for every command that reads them: files, folders and patterns (as
// normalise takes them), each a source document read by normalise or, if it ends in .json, a
// document normalise wrote (checked against its schema). A missing input is a usage error; an
// input that cannot be read is a failure with its code, and the others are still read.
import { readFile } from 'node:fs/promises';
import { normalise } from '../normalise.js';
import { GongkaiError } from '../errors.js';
import { validate } from '../validate/validate.js';
import type { Catalogue } from '../model/catalogue.generated.js';
import type { AnnualReport } from '../model/annual-report.generated.js';
import { expandInputs } from './expandInputs.js';
import { UsageError } from './io.js';

export type Loaded =
  | { path: string; kind: 'catalogue'; document: Catalogue }
  | { path: string; kind: 'annual-report'; document: AnnualReport }
  | { path: string; kind: 'failed'; code: string; message: string };

export async function inputPaths(args: readonly string[]): Promise<string[]> {
  const { files, missing } = await expandInputs(args, { json: true });
  if (missing.length > 0) throw new UsageError(`No such input: ${missing.join(', ')}`);
  return files.map((f) => f.path);
}

export async function loadDocument(path: string): Promise<Loaded> {
  try {
    if (path.endsWith('.json')) {
      let document: unknown;
      try {
        document = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        return { path, kind: 'failed', code: 'NOT_JSON', message: `not readable JSON (${(error as Error).message})` };
      }
      const { valid, errors } = validate(document);
      const kind = (document as { kind?: unknown }).kind;
      if (!valid || (kind !== 'catalogue' && kind !== 'annual-report'))
        return {
          path,
          kind: 'failed',
          code: 'INVALID',
          message: `not a gongkai document: ${errors.slice(0, 3).join('; ')}`,
        };
      return kind === 'catalogue'
        ? { path, kind, document: document as Catalogue }
        : { path, kind, document: document as AnnualReport };
    }
    const result = await normalise(path);
    return result.kind === 'catalogue'
      ? { path, kind: 'catalogue', document: result.document }
      : { path, kind: 'annual-report', document: result.document };
  } catch (error) {
    if (error instanceof GongkaiError) return { path, kind: 'failed', code: error.code, message: error.message };
    throw error;
  }
}

/** One catalogue, or a GongkaiError-like failure thrown for the command to report. */
export async function loadCatalogue(path: string): Promise<Catalogue> {
  const loaded = await loadDocument(path);
  if (loaded.kind === 'catalogue') return loaded.document;
  if (loaded.kind === 'annual-report') throw new UsageError(`${path} reads as an annual report, not a catalogue.`);
  throw new InputError(path, loaded.code, loaded.message);
}

/** An input a command cannot do without could not be read: exit 1, with its code. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(`${path}: ${code}: ${message}`);
    this.name = 'InputError';
  }
}
