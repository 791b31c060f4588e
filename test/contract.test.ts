// The contract holds together: the TypeScript types are the ones generated from the schemas,
// every diagnostic code emitted is in the catalogue of codes, and the README lists them all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generated, render, renderValidators, validators } from '../scripts/gen-types.js';
import { diagnosticCodes, errorCodes, normalise } from '../src/index.js';
import { repo } from './paths.js';

test.each(generated)('$out is up to date with $schema (run `npm run types`)', async ({ schema, out }) => {
  expect(readFileSync(join(repo, out), 'utf8')).toBe(await render(schema, repo));
});

test(`${validators.out} is up to date with the schemas (run \`npm run types\`)`, async () => {
  expect(readFileSync(join(repo, validators.out), 'utf8')).toBe(await renderValidators(repo));
});

test('every diagnostic code the seeds raise is listed', async () => {
  const seen = new Set<string>();
  for (const f of readdirSync(join(repo, 'seeds'))) {
    const { diagnostics } = await normalise(join(repo, 'seeds', f));
    for (const d of diagnostics) seen.add(d.code);
  }
  expect(seen.size).toBeGreaterThan(5);
  for (const code of seen) expect(Object.keys(diagnosticCodes)).toContain(code);
});

test('the README lists every diagnostic code with its sentence', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  for (const [code, sentence] of Object.entries(diagnosticCodes))
    expect(readme).toContain(`| \`${code}\` | ${sentence} |`);
});

test('the README lists every error code', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  for (const code of Object.keys(errorCodes)) expect(readme).toContain(`| \`${code}\` |`);
});
