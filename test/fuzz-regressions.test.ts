// Inputs the fuzz suite found a fault with (corpus/fuzz/, see its README), each checked as the
// suite checks a case, with the outcome it must have now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from './fuzz/check.js';
import { repo } from './paths.js';

const dir = join(repo, 'corpus', 'fuzz');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { result: string; cells: string[] }
>;

test.each(Object.entries(expected))('%s: %j', async (name, { result, cells }) => {
  const outcome = await check({ reader: 'regression', name, bytes: readFileSync(join(dir, name)), cells });
  expect([outcome.result, outcome.findings]).toEqual([result, []]);
});
