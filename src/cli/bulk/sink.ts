// Where a bulk run's results go, one at a time as they come (each document's JSON file is written
// by the worker that made it, through a temporary file named here): its line of the NDJSON file,
// its rows of the items CSV, and its line of the manifest, last, so that a line there means the
// outputs are whole. Nothing is kept once written.
import { open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { makeDir } from '../makeDir.js';
import { dirname, join } from 'node:path';
import { itemsCsvHeader, itemsCsvRows } from '../../render/itemsCsv.js';
import type { Catalogue } from '../../model/catalogue.generated.js';
import { UsageError } from '../io.js';
import { MANIFEST, type ManifestEntry } from './manifest.js';

const TMP = '.gongkai-tmp-';

export class Sink {
  private queue: Promise<void> = Promise.resolve();
  private count = 0;

  private constructor(
    private readonly out: string,
    private readonly manifest: FileHandle,
    private readonly ndjson: FileHandle | null,
    private readonly csv: FileHandle | null,
  ) {}

  /**
   * Opens the outputs: the folder, the manifest (rewritten with one line per input it knew), the
   * NDJSON and CSV files (anew). Temporary files a killed run left are removed.
   */
  static async open(
    out: string,
    known: Map<string, ManifestEntry>,
    files: { ndjson?: string | undefined; itemsCsv?: string | undefined },
  ): Promise<Sink> {
    const opening = async <T>(what: string, path: string, work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (error) {
        throw new UsageError(`Cannot write ${what} ${path}: ${(error as Error).message}`);
      }
    };
    await opening('--out', out, async () => {
      makeDir(out);
      for (const name of await readdir(out)) if (name.startsWith(TMP)) await rm(join(out, name), { force: true });
    });
    const manifestPath = join(out, MANIFEST);
    const manifest = await opening('the manifest', manifestPath, async () => {
      const lines = [...known.values()].map((e) => JSON.stringify(e) + '\n').join('');
      await writeFile(`${manifestPath}.new`, lines);
      await rename(`${manifestPath}.new`, manifestPath);
      return open(manifestPath, 'a');
    });
    const file = async (what: string, path: string | undefined, header = ''): Promise<FileHandle | null> =>
      path === undefined
        ? null
        : opening(what, path, async () => {
            makeDir(dirname(path));
            const handle = await open(path, 'w');
            if (header) await handle.write(header);
            return handle;
          });
    const ndjson = await file('--ndjson', files.ndjson);
    const csv = await file('--items-csv', files.itemsCsv, itemsCsvHeader());
    return new Sink(out, manifest, ndjson, csv);
  }

  /** Where a document's JSON file is written through before its rename. */
  tmpFor(): string {
    return join(this.out, `${TMP}${process.pid}-${++this.count}`);
  }

  /** A converted input (its JSON file written): its NDJSON line and CSV rows, then its manifest line. */
  converted(entry: ManifestEntry, line: string, csvRows: string): Promise<void> {
    return this.enqueue(async () => {
      if (line) await this.ndjson?.write(line);
      if (csvRows) await this.csv?.write(csvRows);
      await this.manifest.write(JSON.stringify(entry) + '\n');
    });
  }

  /** An input whose output is up to date: its document goes into the NDJSON and CSV files again. */
  skipped(entry: ManifestEntry): Promise<void> {
    return this.enqueue(async () => {
      if (!entry.output || (!this.ndjson && !this.csv)) return;
      const document = JSON.parse(await readFile(entry.output, 'utf8')) as Catalogue | { kind: 'annual-report' };
      await this.ndjson?.write(JSON.stringify(document) + '\n');
      if (document.kind === 'catalogue') await this.csv?.write(itemsCsvRows(document, entry.input));
    });
  }

  /** An input that failed: its manifest line. */
  failed(entry: ManifestEntry): Promise<void> {
    return this.enqueue(() => this.manifest.write(JSON.stringify(entry) + '\n').then(() => undefined));
  }

  async close(): Promise<void> {
    await this.queue;
    await Promise.all([this.manifest.close(), this.ndjson?.close(), this.csv?.close()]);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work);
    return this.queue;
  }
}
