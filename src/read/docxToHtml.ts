// .docx → HTML through mammoth, for the HTML reader. Checkmarks that mammoth would print as
// letters of a symbol font (a Wingdings þ, a Wingdings 2 R, a Symbol √) are put back as ☑ / ☐ / √
// by a run transform; mammoth's own messages about tables become diagnostics.
import mammoth from 'mammoth';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { checkZip } from './checkZip.js';

/** Symbol-font code points (as typed, or in the U+F0xx private-use copy) → the mark they draw. */
const SYMBOL_FONTS: Record<string, Record<number, string>> = {
  wingdings: { 0xfe: '☑', 0xfd: '☒', 0xfc: '✓', 0xfb: '✗', 0xa8: '☐', 0x6f: '☐', 0x71: '☐', 0x6e: '■' },
  'wingdings 2': { 0x52: '☑', 0x54: '☒', 0x50: '✓', 0xa3: '☐', 0x2a: '☐' },
  symbol: { 0xd6: '√' },
};

/** The part of mammoth's document model the transform touches. */
interface MammothNode {
  type: string;
  font?: string | null;
  value?: string;
  children?: MammothNode[];
}

export async function docxToHtml(bytes: Uint8Array): Promise<Result<string>> {
  const names = checkZip(bytes);
  if (!names.includes('word/document.xml')) throw new GongkaiError('NOT_DOCX', 'The zip archive is not a Word document (no word/document.xml).');
  const diagnostics: Diagnostic[] = [];
  let restored = 0;
  const restoreMarks = (node: MammothNode): MammothNode => {
    const map = node.type === 'run' ? SYMBOL_FONTS[(node.font ?? '').toLowerCase()] : undefined;
    const children = node.children?.map((child) => {
      if (map && child.type === 'text' && child.value !== undefined) {
        const value = [...child.value].map((ch) => {
          const cp = ch.codePointAt(0)!;
          const mark = map[cp >= 0xf000 && cp <= 0xf0ff ? cp - 0xf000 : cp];
          if (mark) restored++;
          return mark ?? ch;
        });
        return { ...child, value: value.join('') };
      }
      return restoreMarks(child);
    });
    return children ? { ...node, children } : node;
  };
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: restoreMarks, ignoreEmptyParagraphs: false });
  } catch (error) {
    throw new GongkaiError('CORRUPT_ZIP', `The Word document could not be read: ${(error as Error).message}`, { cause: error });
  }
  if (restored > 0) diagnostics.push(diagnostic('symbol-font-mark', 'info', `${restored} check mark(s) written in a symbol font (Wingdings, Symbol) were read as ☑/☐.`));
  for (const m of result.messages) {
    if (/cell merging may be incorrect/.test(m.message)) diagnostics.push(diagnostic('docx-merge-lost', 'warning', `mammoth: ${m.message}; merged cells of that table read as blanks.`));
  }
  return { value: result.value, diagnostics };
}
