// `gongkai normalise [INPUT…]`: convert files, folders or patterns (default seeds/) into one JSON
// document each under --out, in worker processes, with optional NDJSON and items CSV written as the
// documents come; a re-run skips what is up to date (the manifest); --shard takes a share.
// Exit 0 when clean, 1 when some input had errors or failed, 2 for usage or internal failure.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { access, readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '../normalise.js';
import { VERSION } from '../version.js';
import { runningCodeDigest } from './bulk/codeDigest.js';
import { expandInputs, type InputFile } from './expandInputs.js';
import { printable, UsageError, type Io } from './io.js';
import { convertAll, type PoolOptions, type Task } from './bulk/pool.js';
import { readManifest, sha256, type ManifestEntry } from './bulk/manifest.js';
import { Sink } from './bulk/sink.js';
import { progress } from './bulk/progress.js';
import { bulkSummary, type FileSummary } from './bulk/summary.js';

export const normaliseUsage = `Usage: gongkai normalise [INPUT…] [options]

Converts each input (files, folders, or patterns such as 'data/*.txt'; default: seeds/) into a
catalogue or annual-report document, one JSON file per input, named after the input's path below
the folder or pattern given.

Options:
  --out DIR           where the JSON files go (default: out/); a manifest there lets a re-run
                      skip inputs whose output is up to date
  --ndjson FILE       also write every document as one line of FILE
  --items-csv FILE    also write one CSV row per item
  --json              print a machine-readable summary on stdout
  --verbose           list every input in the summary (by default: failures and totals, or
                      every input when there are at most 20)
  --jobs N            worker processes (default: the machine's cores; 0: convert in this process)
  --shard I/N         take only the I-th of N shares of the inputs (1 ≤ I ≤ N), by path
  --force             convert every input again, up to date or not
  --timeout SECONDS   stop an input that takes longer (default: 60)
  --max-memory MIB    heap one input may use (default: 1024)
  --agency NAME       set the agency name instead of inferring it
  --province NAME     set the province instead of inferring it
  --format F          skip format sniffing of text: tsv, cells, csv or html
  --max-bytes N       refuse inputs larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --version           print the version
  -h, --help          show this help
`;

const positive = (flag: string, value: string | undefined, fallback: number, zero = false): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1)) throw new UsageError(`${flag} takes a whole number, not ${value}.`);
  return n;
};

export async function normaliseCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      ndjson: { type: 'string' },
      'items-csv': { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      force: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'max-memory': { type: 'string' },
      agency: { type: 'string' },
      province: { type: 'string' },
      format: { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(normaliseUsage);
    return 0;
  }
  if (values.version) {
    io.stdout(`gongkai ${VERSION}\n`);
    return 0;
  }
  const formats = ['tsv', 'cells', 'csv', 'html'] as const;
  const format = values.format as (typeof formats)[number] | undefined;
  if (format !== undefined && !formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(values.format)}.`);
  const pool: PoolOptions = {
    jobs: positive('--jobs', values.jobs, availableParallelism(), true),
    timeoutMs: positive('--timeout', values.timeout, 60) * 1000,
    memoryMb: positive('--max-memory', values['max-memory'], 1024),
    convert: {
      maxBytes: positive('--max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES),
      ...(values.agency !== undefined && { agency: values.agency }),
      ...(values.province !== undefined && { province: values.province }),
      ...(format !== undefined && { format }),
      ndjson: values.ndjson !== undefined,
      itemsCsv: values['items-csv'] !== undefined,
    },
  };
  const shard = shardOf(values.shard);

  const { files: found, missing, skipped } = await expandInputs(positionals.length > 0 ? positionals : ['seeds']);
  for (const s of skipped) io.stderr(`gongkai: skipped ${printable(s)}\n`);
  if (missing.length > 0) throw new UsageError(`No such input: ${missing.join(', ')}`);
  if (found.length === 0) throw new UsageError('No input files found.');
  const outputOf = (f: InputFile): string => join(values.out, `${f.relative}.json`);
  const files = distinct(shard ? found.filter((f) => inShard(f.relative, shard)) : found, outputOf);

  // What shapes an output besides the input's bytes and this version: the options, and the code.
  const optionsDigest = sha256(
    JSON.stringify(pool.convert, ['maxBytes', 'agency', 'province', 'format']) + runningCodeDigest(),
  ).slice(0, 16);
  const known = await readManifest(values.out);
  const sink = await Sink.open(values.out, known, { ndjson: values.ndjson, itemsCsv: values['items-csv'] });
  const started = Date.now();
  const summaries: FileSummary[] = [];
  const tasks: Task[] = [];
  try {
    for (const [id, file] of files.entries()) {
      // Only an input the manifest knows is read here, to see whether it changed; the others'
      // digests come back from the workers that read them.
      const before = values.force ? undefined : known.get(file.relative);
      const hash = before && (await digest(file.path, pool.convert.maxBytes ?? DEFAULT_MAX_BYTES));
      if (before && hash && upToDate(before, hash, optionsDigest) && (await outputExists(before))) {
        summaries[id] = { ...summaryOf(file, before), status: 'skipped' };
        await sink.skipped(before);
      } else
        tasks.push({ id, path: file.path, to: { output: outputOf(file), tmp: sink.tmpFor(), name: file.relative } });
    }
    const bar = progress(tasks.length, io, Math.min(pool.jobs, tasks.length) || 1);
    await convertAll(tasks, pool, async (task, outcome) => {
      const file = files[task.id]!;
      const entry: ManifestEntry = {
        input: file.relative,
        sha256: outcome.sha256,
        version: VERSION,
        options: optionsDigest,
        output: outcome.ok ? outputOf(file) : null,
        kind: outcome.ok ? outcome.kind : null,
        code: outcome.ok ? null : outcome.code,
        message: outcome.ok ? null : outcome.message,
        items: outcome.ok ? outcome.items : null,
        checksOk: outcome.ok ? outcome.checksOk : null,
        checksTotal: outcome.ok ? outcome.checksTotal : null,
        warnings: outcome.ok ? outcome.warnings : 0,
        errors: outcome.ok ? outcome.errors : 1,
        firstError: outcome.ok ? outcome.firstError : null,
      };
      summaries[task.id] = summaryOf(file, entry);
      bar.tick(!outcome.ok);
      if (outcome.ok) await sink.converted(entry, outcome.line, outcome.csvRows);
      else await sink.failed(entry);
    });
    bar.end();
  } finally {
    await sink.close();
  }

  const seconds = (Date.now() - started) / 1000;
  const { text, json } = bulkSummary(summaries, {
    seconds,
    workers: pool.jobs,
    verbose: values.verbose || summaries.length <= 20,
  });
  io.stderr(text);
  if (values.json) io.stdout(JSON.stringify({ version: VERSION, ...json }, null, 2) + '\n');
  if (summaries.some((s) => s.code === 'INTERNAL')) return 2;
  return summaries.some((s) => s.errors > 0) ? 1 : 0;
}

/** The input's sha256; a file over the size limit is not read (it fails with TOO_LARGE): its size stands in. */
async function digest(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) return 'unreadable';
  if (info.size > maxBytes) return `too-large:${info.size}`;
  return sha256(await readFile(path).catch(() => new Uint8Array()));
}

/** An input's output is up to date: same bytes, version and options, and not a failure of the moment. */
const upToDate = (e: ManifestEntry, hash: string, options: string): boolean =>
  e.sha256 === hash &&
  e.version === VERSION &&
  e.options === options &&
  !['TIMEOUT', 'TOO_COMPLEX', 'INTERNAL', 'UNREADABLE', 'UNWRITABLE'].includes(e.code ?? '');

const outputExists = (e: ManifestEntry): Promise<boolean> =>
  e.output === null
    ? Promise.resolve(true)
    : access(e.output).then(
        () => true,
        () => false,
      );

function summaryOf(file: InputFile, e: ManifestEntry): FileSummary {
  return {
    input: file.path,
    output: e.output,
    kind: e.kind,
    items: e.items,
    checksOk: e.checksOk,
    checksTotal: e.checksTotal,
    warnings: e.warnings,
    errors: e.errors,
    status: e.code ? 'failed' : e.errors > 0 ? 'errors' : 'ok',
    code: e.code,
    message: e.code ? e.message : e.firstError,
  };
}

function shardOf(text: string | undefined): { index: number; count: number } | null {
  if (text === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N, not ${text}.`);
  return { index, count };
}

/** An input's share, from its name: the same on every machine and in every run. */
const inShard = (name: string, shard: { index: number; count: number }): boolean =>
  parseInt(sha256(name.split('\\').join('/')).slice(0, 8), 16) % shard.count === shard.index - 1;

/** Each input once; two inputs that would write one output are a usage error. */
function distinct(files: readonly InputFile[], outputOf: (f: InputFile) => string): InputFile[] {
  const by = new Map<string, string>();
  const clashing: string[] = [];
  const out: InputFile[] = [];
  for (const f of files) {
    const output = outputOf(f);
    const other = by.get(output);
    if (other === undefined) {
      by.set(output, f.path);
      out.push(f);
    } else if (other !== f.path) clashing.push(`${other} and ${f.path} → ${output}`);
  }
  if (clashing.length > 0)
    throw new UsageError(
      `Inputs would write the same output: ${clashing.slice(0, 5).join('; ')}${clashing.length > 5 ? ` (and ${clashing.length - 5} more)` : ''}. Give their folder instead, so that their paths below it name the outputs.`,
    );
  return out;
}
