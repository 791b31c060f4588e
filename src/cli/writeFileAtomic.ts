// Write through a temporary file and a rename, so that a crash or a kill never leaves a
// half-written output file behind.
import { rename, rm, writeFile } from 'node:fs/promises';
import { makeDir } from './makeDir.js';
import { UsageError } from './io.js';
import { dirname } from 'node:path';

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    makeDir(dirname(path));
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new UsageError(`Cannot write ${path}: ${(error as Error).message}`);
  }
}
