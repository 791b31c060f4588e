// Golden files: each test/golden/<case>/ holds an input.* (a seed is linked, not copied) and the
// expected.json that a person read and checked. `UPDATE=1 npm test` rewrites expected.json; read
// every rewrite before committing it.
import { readdirSync, readFileSync, realpathSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalise } from '../src/index.js';
import { testDir } from './paths.js';

const root = join(testDir, 'golden');
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'expected.json')) || process.env.UPDATE);

describe.each(cases)('golden %s', (name) => {
  const dir = join(root, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  const path = join(dir, input);

  test('matches expected.json', async () => {
    const { document } = await normalise(readFileSync(path), { name: basename(realpathSync(path)) });
    const actual = JSON.stringify(document, null, 2) + '\n';
    const expectedPath = join(dir, 'expected.json');
    if (process.env.UPDATE) writeFileSync(expectedPath, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
