// .docx → Layout, from its WordprocessingML (word/document.xml) by the project's own reader
// (fromWordml.ts): it reads every table shape (w:gridBefore/After, elements between rows, merges)
// in linear time. A title typed in the page header (word/header*.xml) is the document's own title.
import type { Result } from '../diagnostics.js';
import { fromWordml, paragraphTexts } from './fromWordml.js';
import type { Layout } from './layout.js';

export function fromDocx(documentXml: string, pageHeaders: readonly string[] = []): Result<Layout> {
  const layout = fromWordml(documentXml);
  // The document's own title, where it has none in its body, may stand in its page header.
  const text = pageHeaders.flatMap(paragraphTexts)[0];
  if (text === undefined) return layout;
  return { ...layout, value: { ...layout.value, title: { kind: 'paragraph', text, line: 1, place: {} } } };
}
