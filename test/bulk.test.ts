// Bulk runs of `normalise` through the real bin: worker processes, outputs written as they come, a
// manifest that lets a re-run (or a killed run) go on where it stopped, shares of the inputs for
// many machines, names that never collide, a time bound per input, and summaries to read or parse.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { tmpDir } from './tmp.js';
import { repo } from './paths.js';

const normalise = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(repo, 'dist', 'cli', 'normalise.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = (): string => tmpDir('bulk');
const lines = (path: string): string[] => readFileSync(path, 'utf8').trim().split('\n');

/** Three folders of the five seeds: 15 inputs, the same names in each folder. */
function corpus(): string {
  const dir = tmp();
  for (const folder of ['a', 'b', 'c/d']) cpSync(join(repo, 'seeds'), join(dir, 'in', folder), { recursive: true });
  return dir;
}

test('on two workers, every input once, named by its path below the folder; NDJSON and CSV complete', () => {
  const dir = corpus();
  const r = normalise([
    join(dir, 'in'),
    '--out',
    join(dir, 'out'),
    '--jobs',
    '2',
    '--json',
    '--ndjson',
    join(dir, 'all.ndjson'),
    '--items-csv',
    join(dir, 'items.csv'),
  ]);
  expect(r.code).toBe(0);
  const summary = JSON.parse(r.stdout);
  expect(summary.totals).toEqual({
    inputs: 15,
    converted: 15,
    withErrors: 0,
    failed: 0,
    skipped: 0,
    items: 330,
    warnings: 126,
    errors: 0,
    seconds: expect.any(Number),
  });
  expect(summary.files[0]).toEqual({
    input: join(dir, 'in', 'a', '000_8323535ad2f7897b.txt'),
    output: join(dir, 'out', 'a', '000_8323535ad2f7897b.txt.json'),
    kind: 'catalogue',
    items: 26,
    checksOk: null,
    checksTotal: null,
    warnings: 15,
    errors: 0,
    status: 'ok',
    code: null,
    message: null,
  });
  expect(readdirSync(join(dir, 'out', 'c', 'd')).sort()).toHaveLength(5);
  expect(lines(join(dir, 'all.ndjson'))).toHaveLength(15);
  const csv = Papa.parse<string[]>(readFileSync(join(dir, 'items.csv'), 'utf8'), { skipEmptyLines: true }).data;
  expect(csv).toHaveLength(1 + 330); // the header, then a row per item
  // Each row names its input by its path below the folder: the same file name in three folders.
  expect(new Set(csv.slice(1).map((row) => row[0])).size).toBe(9);
  // Rows come in the order the inputs finish, not the order they were given.
  expect(csv.filter((row) => row[0] === 'c/d/000_8323535ad2f7897b.txt')).toHaveLength(26);
  // More than 20 inputs would list failures only; 15 are listed, and no progress bar off a terminal.
  expect(r.stderr).toMatch(/15 inputs: 15 converted \(0 with errors\), 0 failed, 0 up to date; 330 items/);
  expect(r.stderr).not.toContain('\r');
});

test('a re-run skips what is up to date, converts what changed, and --force redoes all', () => {
  const dir = corpus();
  const args = [join(dir, 'in'), '--out', join(dir, 'out'), '--json', '--ndjson', join(dir, 'all.ndjson')];
  expect(normalise(args).code).toBe(0);
  writeFileSync(
    join(dir, 'in', 'b', '002_59a7dd9431f93d90.txt'),
    readFileSync(join(repo, 'seeds', '000_8323535ad2f7897b.txt')),
  );
  const again = JSON.parse(normalise(args).stdout);
  expect(again.totals).toMatchObject({ converted: 1, skipped: 14 });
  expect(again.files.find((f: { status: string }) => f.status !== 'skipped').input).toBe(
    join(dir, 'in', 'b', '002_59a7dd9431f93d90.txt'),
  );
  // The NDJSON holds every document, the skipped ones' read back from their outputs.
  expect(lines(join(dir, 'all.ndjson'))).toHaveLength(15);
  expect(JSON.parse(normalise([...args, '--force']).stdout).totals).toMatchObject({ converted: 15, skipped: 0 });
  // Another option is another output: --agency makes every input out of date.
  expect(JSON.parse(normalise([...args, '--agency', '某局']).stdout).totals).toMatchObject({ converted: 15 });
});

test('a change in the code (a vocabulary word added to a checkout) makes every output out of date', () => {
  // A copy of the built package, whose code this test may change.
  const pkg = tmp();
  for (const part of ['dist', 'data', 'package.json']) cpSync(join(repo, part), join(pkg, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(pkg, 'node_modules'));
  const dir = corpus();
  const run = () =>
    JSON.parse(
      spawnSync(
        process.execPath,
        [join(pkg, 'dist', 'cli', 'normalise.js'), join(dir, 'in'), '--out', join(dir, 'out'), '--json'],
        {
          encoding: 'utf8',
        },
      ).stdout,
    ).totals;
  expect(run()).toMatchObject({ converted: 15 });
  expect(run()).toMatchObject({ converted: 0, skipped: 15 });
  const headers = join(pkg, 'dist', 'vocabulary', 'headers.js');
  writeFileSync(headers, `${readFileSync(headers, 'utf8')}\n// a word added\n`);
  expect(run()).toMatchObject({ converted: 15, skipped: 0 });
});

test('a killed run leaves no half-written output; its temporary files go on the next run', () => {
  const dir = corpus();
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', '.gongkai-tmp-99999-1'), '{"half":');
  writeFileSync(
    join(dir, 'out', '.gongkai-manifest.ndjson'),
    '{"input":"a/000_8323535ad2f7897b.txt","sha256":"x"}\n{"input":"cut sh',
  );
  const r = normalise([join(dir, 'in'), '--out', join(dir, 'out'), '--json']);
  expect(JSON.parse(r.stdout).totals).toMatchObject({ converted: 15, skipped: 0 });
  expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('tmp'))).toEqual([]);
  expect(lines(join(dir, 'out', '.gongkai-manifest.ndjson'))).toHaveLength(16); // the old line for a/000, then 15
});

test('--shard I/N: the shares are disjoint and together are every input', () => {
  const dir = corpus();
  const shares = [1, 2, 3].map((i) => {
    const r = normalise([join(dir, 'in'), '--out', join(dir, `out${i}`), '--shard', `${i}/3`, '--json']);
    return (JSON.parse(r.stdout).files as Array<{ input: string }>).map((f) => f.input);
  });
  const all = shares.flat();
  expect(new Set(all).size).toBe(15);
  expect(all).toHaveLength(15);
  expect(normalise([join(dir, 'in'), '--shard', '4/3'])).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(/--shard takes I\/N/),
  });
});

test('two inputs that would write one output are a usage error, before anything is written', () => {
  const dir = corpus();
  const r = normalise([
    join(dir, 'in', 'a', '000_8323535ad2f7897b.txt'),
    join(dir, 'in', 'b', '000_8323535ad2f7897b.txt'),
    '--out',
    join(dir, 'out'),
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /Inputs would write the same output: .*a\/000_8323535ad2f7897b\.txt and .*b\/000_8323535ad2f7897b\.txt/,
  );
  expect(existsSync(join(dir, 'out'))).toBe(false);
  // The same file named twice is one input.
  expect(
    JSON.parse(
      normalise([
        join(dir, 'in', 'a'),
        join(dir, 'in', 'a', '001_6b51252c69ebe662.txt'),
        '--out',
        join(dir, 'out'),
        '--json',
      ]).stdout,
    ).totals.inputs,
  ).toBe(5);
});

test('an input that takes longer than --timeout is stopped with TIMEOUT; the others go on', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  cpSync(join(repo, 'corpus', 'pdf', 'long-catalogue.pdf'), join(dir, 'in', 'long.pdf')); // ~3 s here
  cpSync(join(repo, 'seeds', '002_59a7dd9431f93d90.txt'), join(dir, 'in', 'short.txt'));
  const r = normalise([join(dir, 'in'), '--out', join(dir, 'out'), '--timeout', '1', '--json']);
  expect(r.code).toBe(1);
  const files = JSON.parse(r.stdout).files as Array<{ input: string; status: string; code: string | null }>;
  expect(files.map((f) => [f.input.replace(/^.*\//, ''), f.status, f.code])).toEqual([
    ['long.pdf', 'failed', 'TIMEOUT'],
    ['short.txt', 'ok', null],
  ]);
  expect(r.stderr).toMatch(/long\.pdf.*failed: TIMEOUT: Reading it took longer than 1 s/);
});

test('a file name with control characters is printed escaped', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  cpSync(join(repo, 'seeds', '002_59a7dd9431f93d90.txt'), join(dir, 'in', 'a\u001b[31mred\nline.txt'));
  const r = normalise([join(dir, 'in'), '--out', join(dir, 'out')]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('a\\u001b[31mred\\u000aline.txt');
  expect(r.stderr).not.toContain('\u001b');
});

test('a symbolic link and a FIFO in a folder are named as skipped, not passed over without a word', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  cpSync(join(repo, 'seeds', '002_59a7dd9431f93d90.txt'), join(dir, 'in', 'real.txt'));
  symlinkSync(join(dir, 'in', 'real.txt'), join(dir, 'in', 'link.txt'));
  spawnSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
  const r = normalise([join(dir, 'in'), '--out', join(dir, 'out')]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/skipped .*link\.txt \(a symbolic link: give its target to read it\)/);
  expect(r.stderr).toMatch(/skipped .*pipe\.txt \(not a regular file\)/);
  expect(r.stderr).toMatch(/1 inputs: 1 converted/);
});

test('an input whose reading exhausts its worker’s heap fails with TOO_COMPLEX; the others go on', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'in'));
  cpSync(join(repo, 'test', 'fixtures', 'hostile', 'sheetjs-heap.xls'), join(dir, 'in', 'heap.xls'));
  cpSync(join(repo, 'seeds', '002_59a7dd9431f93d90.txt'), join(dir, 'in', 'fine.txt'));
  const r = normalise([join(dir, 'in'), '--out', join(dir, 'out'), '--max-memory', '128', '--json']);
  expect(r.code).toBe(1);
  const files = JSON.parse(r.stdout).files as Array<{ input: string; status: string; code: string | null }>;
  expect(files.map((f) => [f.input.replace(/^.*\//, ''), f.status, f.code])).toEqual([
    ['fine.txt', 'ok', null],
    ['heap.xls', 'failed', 'TOO_COMPLEX'],
  ]);
});
