// A compound file whose FAT makes a chain of sectors run in a circle is CORRUPT_FILE before
// SheetJS follows it (it would collect sectors until the heap is gone). The damaged files are made
// here from corpus/seed-variants/000_….xls by rewriting one FAT entry; the fuzz suite's own such
// file is corpus/fuzz/xls-fat-loop.xls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise } from '../../src/index.js';
import { repo } from '../paths.js';

const original = readFileSync(join(repo, 'corpus', 'seed-variants', '000_8323535ad2f7897b.xls'));

/** The file with the FAT entry of `sector` pointing at `target` (512-byte sectors, FAT sectors from the header). */
function pointing(sector: number, target: number): Uint8Array {
  const bytes = new Uint8Array(original);
  const view = new DataView(bytes.buffer);
  const fatSector = view.getInt32(76 + 4 * Math.floor(sector / 128), true);
  view.setInt32((fatSector + 1) * 512 + (sector % 128) * 4, target, true);
  return bytes;
}

/** The start sector of the directory entry named `name` (the directory here fits in its first sector). */
function streamStart(name: string): number {
  const view = new DataView(original.buffer, original.byteOffset);
  const directory = (view.getInt32(48, true) + 1) * 512;
  for (let at = directory; at < directory + 512; at += 128) {
    const length = view.getUint16(at + 64, true);
    const entry = new TextDecoder('utf-16le').decode(original.subarray(at, at + length - 2));
    if (entry === name) return view.getInt32(at + 116, true);
  }
  throw new Error(`no ${name}`);
}

test('a stream whose chain comes back to its start', async () => {
  const start = streamStart('Workbook');
  await expect(normalise(pointing(start + 2, start), { name: 'loop.xls' })).rejects.toMatchObject({
    code: 'CORRUPT_FILE',
    message: expect.stringContaining('stream "Workbook" runs in a circle'),
  });
});

test('a directory whose chain comes back to itself', async () => {
  const directory = new DataView(original.buffer, original.byteOffset).getInt32(48, true);
  await expect(normalise(pointing(directory, directory), { name: 'loop.xls' })).rejects.toMatchObject({
    code: 'CORRUPT_FILE',
    message: expect.stringContaining('the directory runs in a circle'),
  });
});

test('the undamaged file reads', async () => {
  expect((await normalise(new Uint8Array(original), { name: 'ok.xls' })).kind).toBe('catalogue');
});
