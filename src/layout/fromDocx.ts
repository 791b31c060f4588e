// .docx → Layout. mammoth turns the document into HTML for the HTML reader (it handles styles,
// numbering, fields and symbol fonts), except where its HTML would be wrong: a row that starts
// some grid columns in (w:gridBefore/After), or an element between two rows of a table (a
// bookmark), after which mammoth loses the merges. There the WordprocessingML is read directly.
// A title typed in the page header (word/header*.xml) is the document's own title.
import type { Result } from '../diagnostics.js';
import { docxToHtml } from './docxToHtml.js';
import { fromHtml } from './fromHtml.js';
import { fromWordml, paragraphTexts } from './fromWordml.js';
import type { Layout } from './layout.js';

/** Does the document have a table shape that mammoth's HTML gets wrong? */
export function mammothMisreads(xml: string): boolean {
  return /<w:grid(Before|After)\b/.test(xml) || /<\/w:tr>\s*<w:(?!tr[\s>])/.test(xml);
}

export async function fromDocx(
  bytes: Uint8Array,
  documentXml: string,
  pageHeaders: readonly string[] = [],
): Promise<Result<Layout>> {
  const read = mammothMisreads(documentXml)
    ? withHeaders(fromWordml(documentXml))
    : withHeaders(await viaMammoth(bytes));
  return read;

  // The document's own title, where it has none in its body, may stand in its page header.
  function withHeaders(layout: Result<Layout>): Result<Layout> {
    const text = pageHeaders.flatMap(paragraphTexts)[0];
    if (text === undefined) return layout;
    return { ...layout, value: { ...layout.value, title: { kind: 'paragraph', text, line: 1, place: {} } } };
  }
}

async function viaMammoth(bytes: Uint8Array): Promise<Result<Layout>> {
  const html = await docxToHtml(bytes);
  const layout = fromHtml(html.value, { rowNumbers: true });
  return { value: layout.value, diagnostics: [...html.diagnostics, ...layout.diagnostics] };
}
