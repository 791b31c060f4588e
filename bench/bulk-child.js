// One bulk run for the benchmark: `gongkai normalise ARGS… --json`, then its summary's totals and
// this process's peak RSS (worker threads included) as one JSON object on stdout.
import { run } from '../dist/cli/run.js';

let summary = '';
await run(['normalise', ...process.argv.slice(2)], { stdout: (t) => (summary += t), stderr: () => undefined });
console.log(JSON.stringify({ totals: JSON.parse(summary).totals, maxRSS: process.resourceUsage().maxRSS }));
