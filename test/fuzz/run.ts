// `npm run fuzz -- [--cases 10000] [--seed N] [--jobs N] [--out DIR] [--only GENERATOR]`: the
// fuzz suite at length.
// Cases are drawn from every generator of cases.ts in fixed shares, at full hostile sizes; each
// runs in a lane process with a 1 GiB heap (an input that exhausts it ends that process only, and
// is a finding) and is checked by check.ts, whose time bound is 10 s (a lane that has not
// answered after 60 s is killed: a hang). Findings are written to DIR (default fuzz-findings/), one input file and one
// JSON each; the exit code is 1 when there is any.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';
import fc from 'fast-check';
import { generators, type FuzzCase } from './cases.js';
import type { Finding, Outcome } from './check.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261130' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    out: { type: 'string', default: 'fuzz-findings' },
    only: { type: 'string' },
  },
});
const total = Number(values.cases);
const seed = Number(values.seed);
const jobs = Math.max(1, Number(values.jobs));
const HANG_MS = 60_000;
const HEAP_MB = 1024;

/** Shares of the cases, per generator (they sum to 100). */
const SHARES: Record<string, number> = {
  tsv: 12,
  csv: 8,
  html: 12,
  word: 12,
  workbook: 10,
  report: 8,
  mutated: 20,
  xmlMutated: 12,
  hostile: 6,
};

/** The cases, generator by generator, 50 at a time (each batch from its own seed): not all in memory at once. */
function* allCases(): Generator<FuzzCase & { generator: string }> {
  const arbitraries = generators(1);
  for (const [name, share] of Object.entries(SHARES)) {
    if (values.only !== undefined && name !== values.only) continue;
    const count = values.only === undefined ? Math.round((total * share) / 100) : total;
    for (let done = 0, batch = 0; done < count; batch++) {
      const n = Math.min(50, count - done);
      for (const c of fc.sample(arbitraries[name]!, { seed: seed + batch * 7919 + name.length, numRuns: n }))
        yield { ...c, generator: name };
      done += n;
    }
  }
}

interface Tally {
  cases: number;
  documents: number;
  typed: number;
  findings: Record<string, number>;
  slowest: number;
}
const tallies = new Map<string, Tally>();
const tally = (reader: string): Tally => {
  let t = tallies.get(reader);
  if (!t) tallies.set(reader, (t = { cases: 0, documents: 0, typed: 0, findings: {}, slowest: 0 }));
  return t;
};
let found = 0;
mkdirSync(values.out, { recursive: true });

function record(c: FuzzCase & { generator: string }, outcome: Outcome): void {
  const t = tally(c.reader);
  t.cases++;
  if (outcome.result === 'catalogue' || outcome.result === 'annual-report') t.documents++;
  else if (!['untyped', 'hang', 'memory'].includes(outcome.result)) t.typed++;
  t.slowest = Math.max(t.slowest, outcome.ms);
  for (const f of outcome.findings) t.findings[f.kind] = (t.findings[f.kind] ?? 0) + 1;
  if (outcome.findings.length === 0) return;
  const file = join(values.out, `${++found}-${c.reader}-${c.name}`);
  writeFileSync(file, c.bytes);
  writeFileSync(`${file}.json`, JSON.stringify({ generator: c.generator, reader: c.reader, ...outcome }, null, 2));
}

const source = allCases();
const started = Date.now();
let finished = 0;

/** A lane process: the TS sources run through the same module hooks as this runner, with a bounded heap. */
const startLane = (): ChildProcess => {
  const lane = fork(new URL('./worker.ts', import.meta.url), {
    execArgv: ['--import', './scripts/ts/register.js', `--max-old-space-size=${HEAP_MB}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  lane.stderr!.resume(); // drained between cases too: a full pipe would block the lane
  return lane;
};

async function lane(): Promise<void> {
  let child: ChildProcess | null = null;
  for (let next = source.next(); !next.done; next = source.next()) {
    const c = next.value;
    const p = (child ??= startLane());
    let stderr = '';
    let memory = false;
    p.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
      memory ||= /heap limit|out of memory/i.test(stderr);
    });
    const t0 = Date.now();
    const outcome = await new Promise<Outcome>((resolve) => {
      const done = (o: Outcome): void => {
        clearTimeout(timer);
        p.removeAllListeners('message');
        p.removeAllListeners('exit');
        p.stderr!.removeAllListeners('data');
        resolve(o);
      };
      const fail = (result: string, finding: Finding): void => {
        p.kill('SIGKILL');
        child = null;
        done({ result, ms: Date.now() - t0, findings: [finding] });
      };
      const timer = setTimeout(() => fail('hang', { kind: 'slow', detail: `no answer after ${HANG_MS} ms` }), HANG_MS);
      p.once('message', (o: Outcome) => done(o));
      p.once('exit', (code, signal) => {
        fail(memory ? 'memory' : 'untyped', {
          kind: memory ? 'slow' : 'untyped',
          detail: `lane ended (${signal ?? code}): ${stderr.trim().split('\n').slice(0, 3).join(' / ')}`,
        });
      });
      p.send(c);
    });
    record(c, outcome);
    if (++finished % 500 === 0)
      process.stderr.write(
        `${finished} cases, ${found} with findings, ${Math.round((Date.now() - started) / 1000)} s\n`,
      );
  }
  (child as ChildProcess | null)?.kill();
}

await Promise.all(Array.from({ length: jobs }, lane));

const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b));
console.log(`seed ${seed}, ${finished} cases in ${Math.round((Date.now() - started) / 1000)} s on ${jobs} lanes`);
console.log('reader                 cases  documents  typed errors  findings  slowest');
for (const [reader, t] of rows) {
  const findings = Object.entries(t.findings)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(
    `${reader.padEnd(20)} ${String(t.cases).padStart(7)} ${String(t.documents).padStart(10)} ${String(t.typed).padStart(13)}  ${(findings || '0').padEnd(8)}  ${(t.slowest / 1000).toFixed(1)} s`,
  );
}
if (found > 0) console.log(`${found} cases with findings, written to ${values.out}/`);
process.exitCode = found > 0 ? 1 : 0;
