// The commands run in this process through run(argv, io): what each prints and returns, for the
// cases every command shares (inputs that are missing or broken, folders, flags it does not know).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/cli/run.js';
import { tmpDir } from './tmp.js';
import { repo } from './paths.js';

async function gongkai(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
const seed = (n: string): string => join(repo, 'seeds', n);
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

test('--version', async () => {
  expect(await gongkai('--version')).toEqual({ code: 0, stdout: `gongkai ${version}\n`, stderr: '' });
  expect(await gongkai('normalise', '--version')).toMatchObject({ code: 0, stdout: `gongkai ${version}\n` });
});

test('an input diff needs that is missing or broken: exit 1 with its code, never an internal error', async () => {
  const missing = await gongkai('diff', seed('000_8323535ad2f7897b.txt'), 'no/such.txt');
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/^gongkai: no\/such\.txt: UNREADABLE: /);
  const encrypted = await gongkai(
    'diff',
    seed('000_8323535ad2f7897b.txt'),
    join(repo, 'corpus', 'broken', 'encrypted.pdf'),
  );
  expect(encrypted).toMatchObject({ code: 1, stderr: expect.stringMatching(/encrypted\.pdf: ENCRYPTED: /) });
  expect((await gongkai('diff', seed('000_8323535ad2f7897b.txt'), seed('003_35d34fbe0cac4381.txt'))).stderr).toMatch(
    /reads as an annual report, not a catalogue/,
  );
});

test('compare and check take a folder of normalised JSON; each skips the other kind with a note', async () => {
  const out = tmpDir('inprocess');
  expect((await gongkai('normalise', join(repo, 'seeds'), '--out', out, '--jobs', '0')).code).toBe(0);
  const compared = await gongkai('compare', out, '--json');
  expect(compared.code).toBe(0);
  expect(JSON.parse(compared.stdout).agencies).toHaveLength(3);
  // A normalised document answers to its source's file name.
  const placed = await gongkai('compare', out, '--json', '--province', '001_6b51252c69ebe662.txt=湖南省');
  expect(
    (JSON.parse(placed.stdout) as { agencies: Array<{ source: string; province: string }> }).agencies.find(
      (a) => a.source === '001_6b51252c69ebe662.txt',
    )!.province,
  ).toBe('湖南省');
  expect(compared.stderr.match(/an annual report; skipped/g)).toHaveLength(2);
  const checked = await gongkai('check', out, '--json');
  expect(checked.code).toBe(0);
  expect(JSON.parse(checked.stdout).reports).toHaveLength(2);
  expect(checked.stderr.match(/a catalogue, not an annual report; skipped/g)).toHaveLength(3);
  const validated = await gongkai('validate', out);
  expect(validated.code).toBe(0);
  expect(validated.stdout.match(/: valid\n/g)).toHaveLength(5);
});

test('a flag a command does not know is a usage error (exit 2), not a file name', async () => {
  for (const argv of [
    ['check', '--bogus', seed('003_35d34fbe0cac4381.txt')],
    ['validate', '--bogus', 'x.json'],
    ['diff', '--bogus', 'a', 'b'],
    ['compare', '--bogus'],
    ['normalise', '--bogus'],
  ]) {
    const r = await gongkai(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongkai: Unknown option '--bogus'/);
  }
  expect(await gongkai('__proto__')).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(/unknown command "__proto__"/),
  });
});

test('an --out that cannot be made is a usage error at once (Node’s recursive mkdir never returns under /proc)', async () => {
  const started = Date.now();
  const r = await gongkai('normalise', seed('000_8323535ad2f7897b.txt'), '--out', '/proc/gongkai-x', '--jobs', '0');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^gongkai: Cannot write --out \/proc\/gongkai-x: ENOENT/);
  expect(Date.now() - started).toBeLessThan(10_000); // a hang guard
  const d = await gongkai(
    'diff',
    seed('000_8323535ad2f7897b.txt'),
    seed('002_59a7dd9431f93d90.txt'),
    '--out',
    '/proc/gongkai-x/d.md',
  );
  expect(d).toMatchObject({ code: 2, stderr: expect.stringMatching(/Cannot write \/proc\/gongkai-x\/d\.md/) });
});

test('compare --province and --city set one input’s place, by its path or its file name', async () => {
  const real = (n: string): string => join(repo, 'corpus', 'real-catalogues', n);
  const inputs = [
    real('sc-bazhou-czj-zdgkml.docx'),
    real('sc-nanjiang-czj-zdgkml.xlsx'),
    seed('001_6b51252c69ebe662.txt'),
  ];
  const provinces = async (...options: string[]) => {
    const r = await gongkai('compare', ...inputs, '--json', ...options);
    expect(r.code).toBe(0);
    const { agencies } = JSON.parse(r.stdout) as { agencies: Array<{ source: string; province: string | null }> };
    // In the order of the inputs (the comparison groups them by province).
    return inputs.map((p) => agencies.find((a) => p.endsWith(a.source))!.province);
  };
  expect(await provinces()).toEqual(['四川省', '四川省', '云南省']);
  // A short name is made the full one; a path names its input as well as a file name does.
  expect(
    await provinces('--province', 'sc-nanjiang-czj-zdgkml.xlsx=湖南', '--province', `${inputs[2]}=广东省`),
  ).toEqual(['四川省', '湖南省', '广东省']);
  const cities = await gongkai(
    'compare',
    ...inputs,
    '--json',
    '--group-by',
    'city',
    '--city',
    'sc-bazhou-czj-zdgkml.docx=成都市',
  );
  const agencies = (JSON.parse(cities.stdout) as { agencies: Array<{ source: string; city: string | null }> }).agencies;
  expect(agencies.map((a) => [a.source, a.city])).toEqual([
    ['001_6b51252c69ebe662.txt', '昆明市'],
    ['sc-nanjiang-czj-zdgkml.xlsx', '巴中市'],
    ['sc-bazhou-czj-zdgkml.docx', '成都市'], // grouped under the city it was told
  ]);
  // Or many at once, from a CSV (a flag wins over the file).
  const places = join(tmpDir('places'), 'places.csv');
  writeFileSync(
    places,
    '\uFEFFinput,province,city\nsc-nanjiang-czj-zdgkml.xlsx,湖南,\n001_6b51252c69ebe662.txt,,大理白族自治州\n',
  );
  expect(await provinces('--places', places)).toEqual(['四川省', '湖南省', '云南省']);
  const fromFile = JSON.parse((await gongkai('compare', ...inputs, '--json', '--places', places)).stdout) as {
    agencies: Array<{ source: string; city: string | null }>;
  };
  expect(fromFile.agencies.find((a) => a.source === '001_6b51252c69ebe662.txt')!.city).toBe('大理白族自治州');
  expect(await provinces('--places', places, '--province', 'sc-nanjiang-czj-zdgkml.xlsx=贵州')).toEqual([
    '四川省',
    '贵州省',
    '云南省',
  ]);
  writeFileSync(places, 'input,province\nnosuch.docx,四川省\n');
  expect((await gongkai('compare', ...inputs, '--places', places)).stderr).toMatch(
    /places\.csv, row 2, nosuch\.docx: no input has that path or name/,
  );
  const typo = await gongkai('compare', ...inputs, '--province', 'nosuch.docx=四川省');
  expect([typo.code, typo.stderr]).toEqual([
    2,
    expect.stringMatching(/--province nosuch\.docx: no input has that path or name/),
  ]);
  expect((await gongkai('compare', ...inputs, '--province', '四川省')).code).toBe(2);
});
