// The manifest beside a bulk run's outputs: one line per input converted, saying from which bytes
// (sha256), by which version and with which options its output was made. A re-run skips an input
// whose line still holds; a killed run leaves every line it wrote whole or not at all.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const MANIFEST = '.gongkai-manifest.ndjson';

/** What the summary says of a converted input. */
export interface Figures {
  items: number | null;
  checksOk: number | null;
  checksTotal: number | null;
  warnings: number;
  errors: number;
  /** The first error diagnostic, as `code: message`. */
  firstError: string | null;
}

export interface ManifestEntry extends Figures {
  /** The input's name below the inputs given (what its output is named after). */
  input: string;
  sha256: string;
  version: string;
  /** A digest of the options that shape the output. */
  options: string;
  output: string | null;
  kind: 'catalogue' | 'annual-report' | null;
  /** Failed inputs: the error code and message. */
  code: string | null;
  message: string | null;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The manifest's entries by input, the last line for an input winning; an unreadable line is skipped. */
export async function readManifest(out: string): Promise<Map<string, ManifestEntry>> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => '');
  const entries = new Map<string, ManifestEntry>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as ManifestEntry;
      if (typeof entry.input === 'string' && typeof entry.sha256 === 'string') entries.set(entry.input, entry);
    } catch {
      // a line a killed run cut short
    }
  }
  return entries;
}
