// The real bins, spawned as a user would run them: stdout, stderr and exit code checked apart.
// Broken inputs are made in a temporary folder by the tests themselves.
import { spawnSync } from 'node:child_process';
import {
  readdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  openSync,
  ftruncateSync,
  closeSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from './tmp.js';
import { repo } from './paths.js';

const bin = (name: string, args: string[], cwd = repo) => {
  const r = spawnSync(process.execPath, [join(repo, 'dist', 'cli', `${name}.js`), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = (): string => tmpDir('cli');
/** A folder's files, less the hidden ones (the manifest of a bulk run). */
const visible = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('normalise', () => {
  test('with no arguments converts seeds/ into out/ and prints a summary', () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'seeds'));
    for (const f of readdirSync(join(repo, 'seeds')))
      writeFileSync(join(cwd, 'seeds', f), readFileSync(join(repo, 'seeds', f)));
    const r = bin('normalise', [], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/001_6b51252c69ebe662\.txt\s+catalogue\s+51\s+-\s+\d+\s+0\s+ok/);
    expect(r.stderr).toMatch(/003_35d34fbe0cac4381\.txt\s+annual-report\s+-\s+40\/40\s+\d+\s+0\s+ok/);
    expect(r.stderr).toMatch(/5 inputs: 5 converted \(0 with errors\), 0 failed, 0 up to date; 110 items, 42 warnings/);
    expect(visible(join(cwd, 'out'))).toEqual([
      '000_8323535ad2f7897b.txt.json',
      '001_6b51252c69ebe662.txt.json',
      '002_59a7dd9431f93d90.txt.json',
      '003_35d34fbe0cac4381.txt.json',
      '004_bc477244ecc46112.txt.json',
    ]);
    expect(JSON.parse(readFileSync(join(cwd, 'out', '003_35d34fbe0cac4381.txt.json'), 'utf8'))).toMatchObject({
      kind: 'annual-report',
      year: 2019,
    });
    const doc = JSON.parse(readFileSync(join(cwd, 'out', '001_6b51252c69ebe662.txt.json'), 'utf8'));
    expect(doc.items).toHaveLength(51);
  });

  test('gongkai normalise is the same command; --json, --ndjson and --items-csv', () => {
    const out = tmp();
    const r = bin('gongkai', [
      'normalise',
      join(repo, 'seeds', '000_8323535ad2f7897b.txt'),
      '--out',
      out,
      '--json',
      '--ndjson',
      join(out, 'all.ndjson'),
      '--items-csv',
      join(out, 'items.csv'),
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.files).toEqual([
      expect.objectContaining({
        kind: 'catalogue',
        items: 26,
        errors: 0,
        output: join(out, '000_8323535ad2f7897b.txt.json'),
      }),
    ]);
    expect(readFileSync(join(out, 'all.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);
    const csv = readFileSync(join(out, 'items.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(27);
    expect(csv[0]).toMatch(/^source,agency,province,id,/);
    expect(csv[1]).toContain('政策法规 / 规范性文件');
  });

  test('a folder with broken files converts the good ones, reports the bad ones, exits 1, writes no file for them', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'good.txt'), readFileSync(join(repo, 'seeds', '002_59a7dd9431f93d90.txt')));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, 'header-only.tsv'), '序号\t公开事项\t公开内容\t公开依据\t公开时限\t公开主体\n');
    writeFileSync(join(dir, 'prose.txt'), '这是一段没有表格的文字。\n第二行。\n');
    const r = bin('normalise', [dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt.*failed: EMPTY_INPUT/);
    expect(r.stderr).toMatch(/garbage\.txt.*failed: NOT_TEXT/);
    expect(r.stderr).toMatch(/header-only\.tsv.*errors: no-rows/);
    expect(r.stderr).toMatch(/prose\.txt.*failed: NO_TABLE: The input holds no table/);
    expect(r.stderr).toMatch(/good\.txt\s+catalogue\s+33/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(visible(out)).toEqual(['good.txt.json', 'header-only.tsv.json']);
    const headerOnly = JSON.parse(readFileSync(join(out, 'header-only.tsv.json'), 'utf8'));
    expect(headerOnly).toMatchObject({
      items: [],
      diagnostics: [expect.objectContaining({ code: 'no-rows', severity: 'error' })],
    });
  });

  test('a 50 MB file is refused with TOO_LARGE, quickly and without reading it', () => {
    const dir = tmp();
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = Date.now();
    const r = bin('normalise', [big, '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed: TOO_LARGE: The input is 50\.0 MiB, over the 20\.0 MiB limit/);
    expect(existsSync(join(dir, 'out', 'big.txt.json'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000); // a hang guard, not a benchmark
  });

  test('invalid UTF-8 is decoded as GB18030 and says so', () => {
    const dir = tmp();
    const gb = Buffer.from([...readFileSync(join(repo, 'test', 'fixtures', 'gb18030-catalogue.txt'))]);
    writeFileSync(join(dir, 'gb.txt'), gb);
    const r = bin('normalise', [join(dir, 'gb.txt'), '--out', dir, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'gb.txt.json'), 'utf8'));
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain('encoding-guessed');
    expect(doc.items[0].path).toEqual(['政务公开', '规范性文件']);
  });

  test('usage mistakes exit 2 with a message, not a stack', () => {
    expect(bin('normalise', ['--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--format must be one of tsv, cells, csv, html/),
    });
    expect(bin('normalise', ['no/such/file.txt'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/No such input: no\/such\/file\.txt/),
    });
    expect(bin('normalise', ['--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option '--bogus'/),
    });
    expect(bin('gongkai', ['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command "frobnicate"/),
    });
    expect(bin('gongkai', ['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: gongkai COMMAND/),
    });
  });
});

describe('validate', () => {
  test('accepts what normalise wrote and rejects a broken document', () => {
    const dir = tmp();
    bin('normalise', [join(repo, 'seeds', '001_6b51252c69ebe662.txt'), '--out', dir]);
    const good = join(dir, '001_6b51252c69ebe662.txt.json');
    expect(bin('gongkai', ['validate', good])).toMatchObject({ code: 0, stdout: `${good}: valid\n` });
    const doc = JSON.parse(readFileSync(good, 'utf8'));
    doc.items[0].audience.public = 'yes';
    delete doc.stats;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const r = bin('gongkai', ['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/items\/0\/audience\/public: must be boolean,null/);
    expect(r.stderr).toMatch(/must have required property 'stats'/);
  });
});

describe('a table without a catalogue header', () => {
  test('is a document with a no-header error, exit 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'other.tsv'), '姓名\t年龄\n张三\t30\n李四\t40\n');
    const r = bin('normalise', [join(dir, 'other.tsv'), '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other\.tsv.*errors: no-header/);
    const doc = JSON.parse(readFileSync(join(dir, 'other.tsv.json'), 'utf8'));
    expect(doc.items).toEqual([]);
    expect(doc.diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'no-header', severity: 'error' })]),
    );
  });
});

describe('the corpus', () => {
  test('every good file converts; with the broken ones in the folder, each is reported and the run exits 1', () => {
    const out = tmp();
    const r = bin('gongkai', ['normalise', join(repo, 'corpus'), '--out', out, '--json']);
    expect(r.code).toBe(1);
    // corpus/fuzz/ holds what the fuzz suite found, each with its own expected outcome (test/fuzz-regressions.test.ts).
    const files = (
      JSON.parse(r.stdout).files as Array<{
        input: string;
        status: string;
        code: string | null;
        items: number | null;
        errors: number;
      }>
    ).filter((f) => !f.input.includes('/fuzz/'));
    const broken = files.filter((f) => f.input.includes('/broken/'));
    expect(broken.every((f) => f.status === 'failed')).toBe(true);
    expect(broken.map((f) => f.code).sort()).toEqual([
      'CORRUPT_FILE',
      'CORRUPT_FILE',
      'CORRUPT_FILE',
      'CORRUPT_ZIP',
      'CORRUPT_ZIP',
      'ENCRYPTED',
      'ENCRYPTED',
      'ENCRYPTED',
      'ENCRYPTED',
      'NOT_DOCX',
      'NO_TABLE',
      'NO_TABLE',
      'NO_TEXT_LAYER',
      'TOO_LARGE',
      'TOO_LARGE',
    ]);
    const good = files.filter((f) => !f.input.includes('/broken/'));
    expect(good.length).toBeGreaterThanOrEqual(26);
    // Every good file converts; the Hongze report's table 4 does not add up as printed (R4 fails twice).
    expect(
      good.filter((f) => f.status !== 'ok').map((f) => [f.input.replace(/^.*\//, ''), f.status, f.errors]),
    ).toEqual([['hongze-gov-2023.pdf', 'errors', 2]]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('diff and compare', () => {
  test('diff of two seeds in each format; a missing argument is a usage error', () => {
    const a = join(repo, 'seeds', '000_8323535ad2f7897b.txt');
    const b = join(repo, 'seeds', '002_59a7dd9431f93d90.txt');
    const md = bin('gongkai', ['diff', a, b]);
    expect(md).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^# 区工信局（河南省） ↔ 周村区科技局（山东省）\n/),
    });
    const json = JSON.parse(bin('gongkai', ['diff', a, b, '--format', 'json']).stdout);
    expect(json).toMatchObject({ kind: 'catalogue-diff', summary: { matched: expect.any(Number) } });
    expect(bin('gongkai', ['diff', a, b, '--format', 'tsv']).stdout).toMatch(/^@@\tid\t/);
    expect(bin('gongkai', ['diff', a, b, '--format', 'html']).stdout).toMatch(/^<!DOCTYPE html>/);
    expect(bin('gongkai', ['diff', a])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/diff takes two catalogues/),
    });
  });

  test('compare from normalised JSON, with an HTML report and a CSV', () => {
    const out = tmp();
    bin('normalise', [join(repo, 'seeds'), '--out', out]);
    const html = join(out, 'report.html');
    const csv = join(out, 'matrix.csv');
    const files = ['000_8323535ad2f7897b', '001_6b51252c69ebe662', '002_59a7dd9431f93d90'].map((n) =>
      join(out, `${n}.txt.json`),
    );
    const r = bin('gongkai', ['compare', ...files, '--html', html, '--csv', csv]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/政策解读\s+1\s+3\s+3/);
    expect(readFileSync(html, 'utf8')).toMatch(/<h1>政务公开目录比较<\/h1>/);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('province,云南省,山东省,河南省');
    const report = join(out, '003_35d34fbe0cac4381.txt.json');
    // An annual report among the inputs is skipped with a note; one catalogue is too few.
    expect(bin('gongkai', ['compare', files[0]!, report])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /003_35d34fbe0cac4381\.txt\.json: an annual report; skipped\n.*needs at least two catalogues; it read 1/,
      ),
    });
  });
});
