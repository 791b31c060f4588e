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

/** Every numeric property of a schema, by its path. */
function numericNodes(node: unknown, path = ''): Array<{ path: string; minimum?: number; maximum?: number }> {
  if (!node || typeof node !== 'object') return [];
  const n = node as { type?: string | string[]; minimum?: number; maximum?: number };
  const types = [n.type ?? []].flat();
  const own = types.includes('number') || types.includes('integer') ? [{ path, ...n }] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => numericNodes(v, `${path}/${k}`))];
}

test.each(['catalogue', 'annual-report'])(
  'every number in the %s schema has the bounds its reader holds it to',
  async (kind) => {
    const { MAX_FIGURE } = await import('../src/table/report/numbers.js');
    const schema = JSON.parse(readFileSync(join(repo, 'schemas', `${kind}.schema.json`), 'utf8')) as unknown;
    const nodes = numericNodes(schema);
    expect(nodes.length).toBeGreaterThan(15);
    for (const { path, minimum, maximum } of nodes) {
      // A report's figures: readNumber makes anything else null with value-unreadable.
      if (/ProactiveRow|Requests|Reviews/.test(path)) expect([path, minimum, maximum]).toEqual([path, 0, MAX_FIGURE]);
      // The year is read as (19|20)\d\d; a section is one of the six.
      else if (path.endsWith('/year')) expect([path, minimum, maximum]).toEqual([path, 1900, 2099]);
      else if (path.includes('/Section/properties/no')) expect([path, minimum, maximum]).toEqual([path, 1, 6]);
      // A time limit's count: a safe integer or null (parseTimeLimit).
      else if (path.includes('/TimeLimit/'))
        expect([path, minimum, maximum]).toEqual([path, 0, Number.MAX_SAFE_INTEGER]);
      // Counts and places: what JSON and JavaScript hold exactly; a rule's sides may be differences.
      else {
        expect([path, maximum]).toEqual([path, Number.MAX_SAFE_INTEGER]);
        expect(minimum === -Number.MAX_SAFE_INTEGER || minimum === 0 || minimum === 1).toBe(true);
      }
    }
  },
);
