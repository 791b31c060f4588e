// Broken Office inputs for corpus/broken/, each to fail fast with a typed error. Node with SheetJS's
// compound-file reader and writer (@e965/xlsx) and node:zlib; nothing from gongkai.
// Run from the repository root after make_office_variants.sh: node corpus/tools/make_broken_office.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import XLSX from '@e965/xlsx';

const out = 'corpus/broken';
const xlsx = readFileSync('corpus/seed-variants/002_59a7dd9431f93d90.xlsx');
writeFileSync(`${out}/truncated.xlsx`, xlsx.subarray(0, xlsx.length >> 1));

// An .xls whose Workbook stream says it is encrypted: a FILEPASS record (RC4, a made-up salt and
// verifier) right after the BOF record, as Excel writes a password-protected workbook.
const cfb = XLSX.CFB.read(readFileSync('corpus/seed-variants/002_59a7dd9431f93d90.xls'), { type: 'buffer' });
const entry = XLSX.CFB.find(cfb, 'Workbook');
const book = Buffer.from(entry.content);
const bofEnd = 4 + book.readUInt16LE(2);
const pass = Buffer.alloc(4 + 54);
pass.writeUInt16LE(0x002f, 0);
pass.writeUInt16LE(54, 2);
pass.writeUInt16LE(1, 4); // wEncryptionType: RC4
pass.writeUInt16LE(1, 6); // major version
pass.writeUInt16LE(1, 8); // minor version
for (let i = 10; i < 58; i++) pass[i] = (i * 37) & 0xff; // salt, verifier, verifier hash
entry.content = Buffer.concat([book.subarray(0, bofEnd), pass, book.subarray(bofEnd)]);
writeFileSync(`${out}/encrypted.xls`, XLSX.CFB.write(cfb, { type: 'buffer' }));

// A zip bomb inside a workbook: xl/workbook.xml of 64 MiB of zeros whose header declares 1,000 bytes.
const data = Buffer.alloc(64 * 1024 * 1024);
const body = deflateRawSync(data, { level: 9 });
const name = Buffer.from('xl/workbook.xml');
const local = Buffer.alloc(30);
local.writeUInt32LE(0x04034b50, 0);
local.writeUInt16LE(20, 4);
local.writeUInt16LE(8, 8);
local.writeUInt32LE(crc32(data), 14);
local.writeUInt32LE(body.length, 18);
local.writeUInt32LE(1000, 22);
local.writeUInt16LE(name.length, 26);
const central = Buffer.alloc(46);
central.writeUInt32LE(0x02014b50, 0);
central.writeUInt16LE(20, 4);
central.writeUInt16LE(20, 6);
central.writeUInt16LE(8, 10);
central.writeUInt32LE(crc32(data), 16);
central.writeUInt32LE(body.length, 20);
central.writeUInt32LE(1000, 24);
central.writeUInt16LE(name.length, 28);
const localPart = Buffer.concat([local, name, body]);
const centralPart = Buffer.concat([central, name]);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(1, 8);
end.writeUInt16LE(1, 10);
end.writeUInt32LE(centralPart.length, 12);
end.writeUInt32LE(localPart.length, 16);
writeFileSync(`${out}/bomb.xlsx`, Buffer.concat([localPart, centralPart, end]));

// A .doc whose file information block says it is encrypted (fEncrypted, bit 0x0100 of the flags at
// offset 10 of the WordDocument stream), as Word marks a password-protected document.
const doc = XLSX.CFB.read(readFileSync('corpus/seed-variants/002_59a7dd9431f93d90.doc'), { type: 'buffer' });
const word = XLSX.CFB.find(doc, 'WordDocument');
const stream = Buffer.from(word.content);
stream.writeUInt16LE(stream.readUInt16LE(10) | 0x0100, 10);
word.content = stream;
writeFileSync(`${out}/encrypted.doc`, XLSX.CFB.write(doc, { type: 'buffer' }));

// A workbook on which SheetJS exhausts any heap: seed 001's .xls with 16 bytes changed, as a
// mutation fuzzer left it. Kept out of corpus/ (which the CLI tests convert whole) in
// test/fixtures/hostile/, where the bulk test reads it under a small --max-memory.
const heap = Buffer.from(readFileSync('corpus/seed-variants/001_6b51252c69ebe662.xls'));
for (const [at, byte] of [
  [2198, 0o160], [4610, 0o125], [4850, 0o146], [6008, 0o67], [10200, 0o64], [12597, 0o333], [14650, 0o23], [15365, 0o310],
  [17587, 0o263], [21101, 0o73], [24348, 0o202], [26210, 0o63], [29209, 0o163], [30271, 0o46], [30734, 0o274], [34165, 0o30],
])
  heap[at] = byte;
writeFileSync('test/fixtures/hostile/sheetjs-heap.xls', heap);
