// The fuzz suite at a fixed seed and a small budget (about 30 s): every generator of
// test/fuzz/cases.ts, every case checked by test/fuzz/check.ts. `npm run fuzz` runs the same at
// 10,000 cases and more, in lane processes with a time and memory bound.
import fc from 'fast-check';
import { generators } from './fuzz/cases.js';
import { check } from './fuzz/check.js';

const SEED = 20261130;
const RUNS: Record<string, number> = {
  tsv: 120,
  csv: 80,
  html: 120,
  word: 80,
  workbook: 60,
  report: 80,
  mutated: 160,
  xmlMutated: 80,
  hostile: 30,
};

describe.each(Object.entries(generators(0.1)))('%s', (name, arbitrary) => {
  test(`${RUNS[name]} cases: a typed error or a valid document, stats that add up, no cell lost, no formula cell`, async () => {
    const failures: string[] = [];
    const cases = fc.sample(arbitrary, { seed: SEED, numRuns: RUNS[name]! });
    for (const [i, c] of cases.entries()) {
      const outcome = await check(c);
      for (const f of outcome.findings) failures.push(`#${i} ${c.name} (${outcome.result}): ${f.kind}: ${f.detail}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
