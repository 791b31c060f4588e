// Rewrites the diagnostic-code table in README.md from src/diagnostics.ts (after `npm run build`),
// so that the README and the code list cannot drift; test/contract.test.ts checks they agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { diagnosticCodes } from '../dist/diagnostics.js';

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('| code | meaning |\n|---|---|\n| `encoding-guessed`');
const end = readme.indexOf('\n\n', start);
const table = [
  '| code | meaning |',
  '|---|---|',
  ...Object.entries(diagnosticCodes).map(([c, m]) => `| \`${c}\` | ${m} |`),
].join('\n');
writeFileSync('README.md', readme.slice(0, start) + table + readme.slice(end));
