// What made an output, besides the input and the options: the code that read it. The package's
// version says so for a release; a checkout whose code was changed (a header word added to the
// vocabulary, say) keeps its version, so the manifest keys on a digest of the code itself: the
// modules beside this package's entry (dist/ once built, src/ when run from source) and its data/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** A digest of every .js, .ts and .json file under the folders given, by path and content (16 hex digits). */
export function codeDigest(
  folders: readonly string[] = [
    fileURLToPath(new URL('../..', import.meta.url)),
    fileURLToPath(new URL('../../../data', import.meta.url)),
  ],
): string {
  const hash = createHash('sha256');
  for (const folder of folders)
    for (const file of filesUnder(folder)) {
      hash.update(file.slice(folder.length));
      hash.update('\0');
      hash.update(readFileSync(file));
    }
  return hash.digest('hex').slice(0, 16);
}

/** The running code's digest, computed once. */
export const runningCodeDigest = (): string => (cached ??= codeDigest());

function filesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
