// .docx → HTML through mammoth, for the HTML reader (the archive is checked by readZip first). Checkmarks that mammoth would print as
// letters of a symbol font (a Wingdings þ, a Wingdings 2 R, a Symbol √) are put back as ☑ / ☐ / √
// by a run transform; mammoth's own messages about tables become diagnostics.
import mammoth from 'mammoth';
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import { symbolMark, symbolMarkNote } from '../vocabulary/symbolFonts.js';

/** The part of mammoth's document model the transform touches. */
interface MammothNode {
  type: string;
  font?: string | null;
  value?: string;
  children?: MammothNode[];
}

export async function docxToHtml(bytes: Uint8Array): Promise<Result<string>> {
  const diagnostics: Diagnostic[] = [];
  let restored = 0;
  const restoreMarks = (node: MammothNode): MammothNode => {
    const font = node.type === 'run' ? (node.font ?? null) : null;
    const children = node.children?.map((child) => {
      if (font && child.type === 'text' && child.value !== undefined) {
        const value = [...child.value].map((ch) => {
          const mark = symbolMark(font, ch);
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
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { transformDocument: restoreMarks, ignoreEmptyParagraphs: false },
    );
  } catch (error) {
    throw new GongkaiError('CORRUPT_ZIP', `The Word document could not be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (restored > 0) diagnostics.push(symbolMarkNote(restored));
  for (const m of result.messages) {
    if (/cell merging may be incorrect/.test(m.message))
      diagnostics.push(
        diagnostic('docx-merge-lost', 'warning', `mammoth: ${m.message}; merged cells of that table read as blanks.`),
      );
  }
  return { value: result.value, diagnostics };
}
