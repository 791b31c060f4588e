// One bulk run for the benchmark: `gongkai normalise ARGS… --json`, then its summary's totals and
// the peak RSS of this process and its worker processes together (sampled from /proc every
// 20 ms, so a peak shorter than that may be missed) as one JSON object on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { run } from '../dist/cli/run.js';

/** Resident KiB of a process, from /proc/PID/status; 0 when it is gone. */
const rssOf = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const children = () =>
  readdirSync('/proc/self/task').flatMap((t) =>
    readFileSync(`/proc/self/task/${t}/children`, 'utf8').split(' ').filter(Boolean),
  );
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, rssOf('self') + children().reduce((sum, pid) => sum + rssOf(pid), 0));
}, 20);

let summary = '';
await run(['normalise', ...process.argv.slice(2)], { stdout: (t) => (summary += t), stderr: () => undefined });
clearInterval(sampler);
const maxRSS = Math.max(peak, process.resourceUsage().maxRSS);
console.log(JSON.stringify({ totals: JSON.parse(summary).totals, maxRSS }));
