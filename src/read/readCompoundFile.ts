// An OLE compound file (.doc, .xls) opened through SheetJS's CFB reader, once its sector chains
// are known to end. The reader follows a stream's chain of sectors through the FAT until the chain
// ends, and keeps no record of where it has been: a damaged FAT whose chain runs in a circle
// makes it collect sectors until memory runs out. So the chains of the directory and of every
// stream it lists are walked here first, each sector once, with the FAT found as the reader finds
// it (the header's 109 FAT sectors, then the DIFAT chain); a chain that comes back on itself is a
// damaged file.
import { GongkaiError } from '../errors.js';

type Container = ReturnType<(typeof import('@e965/xlsx'))['CFB']['read']>;

const END_OF_CHAIN = -2;
const MINI_STREAM_CUTOFF = 4096;
const DIRECTORY_ENTRY = 128;

export async function readCompoundFile(bytes: Uint8Array): Promise<Container> {
  const loop = chainLoop(bytes);
  if (loop !== null) throw corrupt(`the chain of sectors of ${loop} runs in a circle`);
  const { CFB } = await import('@e965/xlsx');
  try {
    return CFB.read(bytes, { type: 'array' });
  } catch (error) {
    throw corrupt('its directory is damaged', error);
  }
}

const corrupt = (why: string, cause?: unknown): GongkaiError =>
  new GongkaiError('CORRUPT_FILE', `The Office compound file cannot be read: ${why}.`, { cause });

/** What runs in a circle ('the directory' or a stream's name), or null when every chain ends. */
function chainLoop(bytes: Uint8Array): string | null {
  if (bytes.length < 512) return null; // the reader refuses it
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint16(26, true) === 4 ? 4096 : 512;
  const sectors = Math.ceil(bytes.length / size) - 1;
  const int = (sector: number, offset: number): number | null => {
    if (sector < 0 || sector >= sectors) return null;
    const at = (sector + 1) * size + offset;
    return at + 4 <= bytes.length ? view.getInt32(at, true) : null;
  };
  // The FAT's own sectors: up to 109 in the header, the rest listed along the DIFAT chain.
  const fat: number[] = [];
  for (let k = 0; k < 109; k++) {
    const sector = view.getInt32(76 + 4 * k, true);
    if (sector < 0) break;
    fat.push(sector);
  }
  const difat = new Set<number>();
  for (let d = view.getInt32(68, true); d >= 0 && d < sectors && !difat.has(d); d = int(d, size - 4) ?? -1) {
    difat.add(d);
    for (let k = 0; k < size / 4 - 1; k++) {
      const sector = int(d, 4 * k);
      if (sector === null || sector === END_OF_CHAIN) break;
      fat.push(sector);
    }
  }
  const next = (sector: number): number | null => {
    const fatSector = fat[Math.floor((sector * 4) / size)];
    return fatSector === undefined ? null : int(fatSector, (sector * 4) % size);
  };
  // Each sector is walked once: a chain reaching a sector on its own path loops; one reaching a
  // sector already walked from another start ends as that one did.
  const walked = new Map<number, 'open' | 'ends'>();
  const loops = (start: number): boolean => {
    const path: number[] = [];
    let looped = false;
    for (let s: number | null = start; s !== null && s >= 0; s = next(s)) {
      const state = walked.get(s);
      if (state !== undefined) {
        looped = state === 'open';
        break;
      }
      walked.set(s, 'open');
      path.push(s);
    }
    for (const s of path) walked.set(s, 'ends');
    return looped;
  };
  const directoryStart = view.getInt32(48, true);
  if (loops(directoryStart)) return 'the directory';
  const directory = new Set<number>();
  for (let s: number | null = directoryStart; s !== null && s >= 0 && !directory.has(s); s = next(s)) {
    directory.add(s);
    for (let entry = 0; entry < size; entry += DIRECTORY_ENTRY) {
      const start = int(s, entry + 116);
      const length = int(s, entry + 120);
      if (start === null || length === null || start < 0 || length < MINI_STREAM_CUTOFF) continue;
      if (loops(start)) return `stream ${streamName(bytes, (s + 1) * size + entry)}`;
    }
  }
  return null;
}

/** A directory entry's name: UTF-16LE, its length in bytes at offset 64. */
function streamName(bytes: Uint8Array, at: number): string {
  const length = Math.min(64, bytes[at + 64]! | (bytes[at + 65]! << 8));
  const name = new TextDecoder('utf-16le').decode(bytes.subarray(at, at + Math.max(0, length - 2)));
  return JSON.stringify(name);
}
