// Bytes → text. A BOM decides; else strict UTF-8; else GB18030 (never the `gbk` label, which
// mangles four-byte sequences on Node 20). Bytes that are neither are not a document: NOT_TEXT.
import { GongkaiError } from '../errors.js';
import { diagnostic, type Result } from '../diagnostics.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decode(bytes: Uint8Array): Result<Decoded> {
  if (bytes.length === 0) throw new GongkaiError('EMPTY_INPUT');
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return plain(strict('utf-8', bytes.subarray(3)), 'utf-8');
  if (b0 === 0xff && b1 === 0xfe) return plain(strict('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return plain(strict('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0))
    throw new GongkaiError('NOT_TEXT', 'The input contains NUL bytes and no UTF-16 BOM: it is binary, not text.');

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return plain(checkText(utf8), 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb === null) throw new GongkaiError('NOT_TEXT', 'The input is neither UTF-8 nor GB18030 text.');
  return {
    value: { text: checkText(gb), encoding: 'gb18030' },
    diagnostics: [diagnostic('encoding-guessed', 'warning', 'Not valid UTF-8 and no BOM: decoded as GB18030.')],
  };
}

function plain(text: string, encoding: Decoded['encoding']): Result<Decoded> {
  return { value: { text, encoding }, diagnostics: [] };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(label: string, bytes: Uint8Array): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new GongkaiError('NOT_TEXT', `The input has a ${label} BOM but is not valid ${label}.`);
  return checkText(text);
}

/** Text whose characters are mostly C0 controls is binary that happened to decode. */
function checkText(text: string): string {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > Math.max(8, text.length * 0.01)) {
    throw new GongkaiError('NOT_TEXT', `The input has ${control} control characters: it is binary, not text.`);
  }
  return text;
}
