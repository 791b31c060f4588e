// A path → its bytes, refused before reading when it is larger than the limit.
import { readFile, stat } from 'node:fs/promises';
import { GongkaiError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function readSmallFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const unreadable = (error: unknown): GongkaiError =>
    new GongkaiError('UNREADABLE', `${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, {
      cause: error,
    });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new GongkaiError('UNREADABLE', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    throw error instanceof GongkaiError ? error : unreadable(error);
  }
  checkSize(size, maxBytes);
  try {
    return await readFile(path);
  } catch (error) {
    throw unreadable(error);
  }
}

export function checkSize(size: number, maxBytes: number): void {
  if (size <= maxBytes) return;
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  throw new GongkaiError(
    'TOO_LARGE',
    `The input is ${mib(size)}, over the ${mib(maxBytes)} limit (raise it with --max-bytes).`,
  );
}
