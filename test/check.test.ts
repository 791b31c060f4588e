// `gongkai check`, spawned as a user runs it, on two years of one agency written here.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from './tmp.js';
import { repo } from './paths.js';
import { reportText, row } from './reportText.js';

const check = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(repo, 'dist', 'cli', 'gongkai.js'), 'check', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const table2 = (issued: number, repealed: number, inForce: number): string[] => [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  `行政规范性文件\t${issued}\t${repealed}\t${inForce}`,
];
const table3 = (over: number, forward: number): string[][] => [
  row('一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3),
  row('二、上年结转政府信息公开申请数量', over, 0, 0, 0, 0, 0, over),
  row('（一）予以公开', 3 + over - forward, 0, 0, 0, 0, 0, 3 + over - forward),
  row('（七）总计', 3 + over - forward, 0, 0, 0, 0, 0, 3 + over - forward),
  row('四、结转下年度继续办理', forward, 0, 0, 0, 0, 0, forward),
];
const prose2020 =
  '全年共收到政府信息公开申请3件。我局高度重视政务公开工作，把政务公开列入重要议事日程。我局不断完善信息公开制度和工作流程。';
const prose2021 =
  '全年共收到政府信息公开申请3件。我局高度重视政务公开工作，把政务公开列入重要议事日程。今年新开设了政策解读专栏并按时更新。';

function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

test('two years that carry over: R5 holds, and the share of repeated prose is measured', () => {
  const dir = tmpDir('check');
  const a = write(
    dir,
    '2020.txt',
    reportText({ year: 2020, prose: prose2020, table2: table2(3, 0, 10), table3: table3(0, 2) }),
  );
  const b = write(
    dir,
    '2021.txt',
    reportText({ year: 2021, prose: prose2021, table2: table2(2, 1, 11), table3: table3(2, 0) }),
  );
  const r = check(a, b);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/某局 2020: (\d+) of \1 checks hold/);
  expect(r.stdout).toMatch(/某局 2020 → 2021: 8 of 8 checks hold\n {2}R5 {4}8\/8/);
  // Of 2021's sentences (long enough to count) two of three were in 2020.
  expect(r.stdout).toMatch(/repeated prose: 66\.7% \(2 of 3 sentences also in 2020\) — over half/);
});

test('a carry-over that does not carry: R5 fails, exit 1, both sides shown', () => {
  const dir = tmpDir('check');
  const a = write(dir, '2020.txt', reportText({ year: 2020, table2: table2(3, 0, 10), table3: table3(0, 2) }));
  const b = write(dir, '2021.txt', reportText({ year: 2021, table2: table2(2, 1, 12), table3: table3(1, 0) }));
  const r = check(a, b);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/FAIL\s+R5\s+carriedOver\.naturalPerson\s+2\s+1\s/);
  expect(r.stdout).toMatch(/FAIL\s+R5\s+行政规范性文件\.inForce\s+11\s+12\s/);
});

test('a catalogue given to check is skipped with a message; with no report left, a usage error', () => {
  const r = check(join(repo, 'seeds', '001_6b51252c69ebe662.txt'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/a catalogue, not an annual report; skipped\n.*no annual report among its inputs/s);
  // A folder: the catalogues are skipped, the reports checked.
  const all = check(join(repo, 'seeds'));
  expect(all.code).toBe(0);
  expect(all.stderr.match(/skipped/g)).toHaveLength(3);
  expect(all.stdout).toMatch(/上海市人民政府办公厅|2019/);
});
