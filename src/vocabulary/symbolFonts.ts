// Check marks typed in a symbol font: the glyph is a plain letter (or its U+F0xx private-use copy)
// that only the font draws as a box. Both .docx readers put the mark back.
import { diagnostic, type Diagnostic } from '../diagnostics.js';

const SYMBOL_FONTS: Record<string, Record<number, string>> = {
  wingdings: { 0xfe: '☑', 0xfd: '☒', 0xfc: '✓', 0xfb: '✗', 0xa8: '☐', 0x6f: '☐', 0x71: '☐', 0x6e: '■' },
  'wingdings 2': { 0x52: '☑', 0x54: '☒', 0x50: '✓', 0xa3: '☐', 0x2a: '☐' },
  symbol: { 0xd6: '√' },
};

/** The mark a character draws in a font, or null when the font is no symbol font or the character no mark. */
export function symbolMark(font: string | null, ch: string): string | null {
  const key = (font ?? '').toLowerCase();
  const map = Object.hasOwn(SYMBOL_FONTS, key) ? SYMBOL_FONTS[key] : undefined; // a font name is document text
  if (!map) return null;
  const cp = ch.codePointAt(0)!;
  return map[cp >= 0xf000 && cp <= 0xf0ff ? cp - 0xf000 : cp] ?? null;
}

/** The note that says how many marks typed in a symbol font were read as marks. */
export const symbolMarkNote = (count: number): Diagnostic =>
  diagnostic(
    'symbol-font-mark',
    'info',
    `${count} check mark(s) written in a symbol font (Wingdings, Symbol) were read as ☑/☐.`,
  );
