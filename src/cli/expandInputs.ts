// Command-line inputs → files. A file is taken as named; a folder is walked for files whose
// extension names a document format, or with `json` a document normalise wrote (its sub-paths
// are kept for the outputs); a pattern with
// * or ? is matched against the files under its fixed leading folder (** spans folders).
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { append } from '../collections.js';

export interface InputFile {
  path: string;
  /** The path the output is named after: the base name, or the path below the folder given. */
  relative: string;
}

const DOCUMENT = /\.(txt|tsv|csv|html?|docx?|xlsx?|ods|pdf)$/i;
/** What a folder holds for commands that also take documents normalise wrote. */
const DOCUMENT_OR_JSON = /\.(txt|tsv|csv|html?|docx?|xlsx?|ods|pdf|json)$/i;

export async function expandInputs(
  args: readonly string[],
  options: { json?: boolean } = {},
): Promise<{ files: InputFile[]; missing: string[]; skipped: string[] }> {
  const wanted = options.json ? DOCUMENT_OR_JSON : DOCUMENT;
  const files: InputFile[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const walk = (dir: string): Promise<string[]> => walkFolder(dir, skipped);
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const { base, pattern } = globToRegExp(arg);
      const found = (await walk(base)).filter((p) => pattern.test(p.split(sep).join('/')));
      if (found.length === 0) missing.push(arg);
      append(
        files,
        found.map((p) => ({ path: p, relative: relative(base, p) })),
      );
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) missing.push(arg);
    else if (info.isDirectory())
      append(
        files,
        (await walk(arg)).filter((p) => wanted.test(p)).map((p) => ({ path: p, relative: relative(arg, p) })),
      );
    else files.push({ path: arg, relative: arg.split(/[\\/]/).pop()! });
  }
  return { files, missing, skipped };
}

/** A folder's files below it, in name order; what is neither file nor folder is named in `skipped`. */
async function walkFolder(dir: string, skipped: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) append(out, await walkFolder(p, skipped));
    else if (e.isFile()) out.push(p);
    else if (DOCUMENT_OR_JSON.test(e.name))
      skipped.push(
        `${p} (${e.isSymbolicLink() ? 'a symbolic link: give its target to read it' : 'not a regular file'})`,
      );
  }
  return out;
}

function globToRegExp(glob: string): { base: string; pattern: RegExp } {
  const parts = glob.split('/');
  const fixed = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, fixed).join('/') || '.';
  const source = glob
    .replace(/^\.\//, '')
    .split('')
    .map((ch, i, all) => {
      if (ch === '*') return all[i + 1] === '*' ? '' : all[i - 1] === '*' ? '.*' : '[^/]*';
      if (ch === '?') return '[^/]';
      return /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
    })
    .join('');
  return { base, pattern: new RegExp(`^(\\./)?${source}$`) };
}
