// `gongkai validate FILE.json…`: check documents against the schemas. Exit 0 all valid, 1 not.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { validate } from '../validate/validate.js';
import { printable, UsageError, type Io } from './io.js';
import { inputPaths } from './documents.js';

export const validateUsage =
  'Usage: gongkai validate FILE.json…\n\nChecks each document (a JSON file, or the JSON files of a folder or pattern) against the\nJSON Schema its kind names.\n';

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(validateUsage);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate needs at least one JSON file.');
  const files = (await inputPaths(positionals)).filter((f) => f.endsWith('.json'));
  if (files.length === 0) throw new UsageError('validate found no JSON file among its inputs.');
  let bad = 0;
  for (const file of files) {
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      bad++;
      io.stderr(`${printable(file)}: not readable JSON (${(error as Error).message})\n`);
      continue;
    }
    const { valid, errors } = validate(document);
    if (valid) io.stdout(`${printable(file)}: valid\n`);
    else {
      bad++;
      io.stderr(`${printable(file)}: invalid\n${errors.map((e) => `  ${e}\n`).join('')}`);
    }
  }
  return bad > 0 ? 1 : 0;
}
