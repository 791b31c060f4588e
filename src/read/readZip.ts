// A .docx, .xlsx or .ods is a zip. Before a reader takes its parts, check it the cheap way: walk
// the central directory and inflate every entry with a hard output bound, so that a corrupt
// archive, an encrypted one or a zip bomb fails fast with a typed error instead of exhausting
// memory or hanging.
import { inflateRawSync } from 'node:zlib';
import { GongkaiError } from '../errors.js';

export interface ZipLimits {
  /** Total unzipped bytes allowed. */
  maxUnzipped: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUnzipped: 200 * 1024 * 1024, maxEntries: 5000 };

/**
 * The archive's entries by name, after checking that every one inflates within the limits; the
 * contents of the entries named in `keep` are kept.
 */
export function readZip(
  bytes: Uint8Array,
  keep: readonly string[] | ((name: string) => boolean) = [],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array | null> {
  const kept = typeof keep === 'function' ? keep : (name: string): boolean => keep.includes(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (why: string): GongkaiError =>
    new GongkaiError('CORRUPT_ZIP', `The file is a damaged zip archive (${why}).`);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > limits.maxEntries)
    throw new GongkaiError('TOO_LARGE', `The archive has ${count} entries, over the ${limits.maxEntries} limit.`);
  const entries = new Map<string, Uint8Array | null>();
  let total = 0;
  for (let e = 0; e < count; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw corrupt('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1)
      throw new GongkaiError('ENCRYPTED', `The archive is encrypted (${name}); save it without a password.`);
    if (size === 0xffffffff || compressed === 0xffffffff)
      throw new GongkaiError('TOO_LARGE', `Entry ${name} is a ZIP64 entry, larger than any document.`);
    total += size;
    if (total > limits.maxUnzipped)
      throw new GongkaiError('TOO_LARGE', `The archive unzips to more than ${limits.maxUnzipped} bytes.`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw corrupt(`bad local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) throw corrupt(`${name} is cut short`);
    const data = bytes.subarray(start, start + compressed);
    if (method === 8) {
      let inflated: Buffer;
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
          throw new GongkaiError(
            'TOO_LARGE',
            `Entry ${name} inflates to more than the ${size} bytes it declares: a zip bomb or a damaged archive.`,
          );
        throw corrupt(`${name} does not inflate`);
      }
      if (inflated.length !== size) throw corrupt(`${name} inflates to ${inflated.length} bytes, not ${size}`);
      entries.set(name, kept(name) ? inflated : null);
    } else if (method === 0) entries.set(name, kept(name) ? data : null);
    else throw corrupt(`${name} uses compression method ${method}`);
  }
  return entries;
}
