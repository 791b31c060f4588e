// `gongkai validate FILE.json…`: check documents against the schemas. Exit 0 all valid, 1 not.
import { readFile } from 'node:fs/promises';
import { validate } from '../validate/validate.js';
import { UsageError, type Io } from './io.js';

export const validateUsage =
  'Usage: gongkai validate FILE.json…\n\nChecks each document against the JSON Schema its kind names.\n';

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(validateUsage);
    return 0;
  }
  if (argv.length === 0) throw new UsageError('validate needs at least one JSON file.');
  let bad = 0;
  for (const file of argv) {
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      bad++;
      io.stderr(`${file}: not readable JSON (${(error as Error).message})\n`);
      continue;
    }
    const { valid, errors } = validate(document);
    if (valid) io.stdout(`${file}: valid\n`);
    else {
      bad++;
      io.stderr(`${file}: invalid\n${errors.map((e) => `  ${e}\n`).join('')}`);
    }
  }
  return bad > 0 ? 1 : 0;
}
