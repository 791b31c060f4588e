// PDF → Layout, from the text layer and the drawing, through pdf.js. Every page's text runs and
// rulings are read first (pdf.js lets each page go once read); page furniture is left out
// (pdf/pages.ts); each page is laid out as tables (from ruled grids, pdf/tables.ts, or from the
// alignment of text, pdf/aligned.ts) and paragraphs in reading order; a table at the top of a
// page that goes on from the page before is joined to it, with the row the break cut made whole.
// No text layer at all is a scanned PDF: a typed error (no OCR).
import { diagnostic, type Diagnostic, type Result } from '../diagnostics.js';
import { GongkaiError } from '../errors.js';
import type { Block, Layout } from './layout.js';
import { leaveOutFurniture, readPage, type Page } from './pdf/pages.js';
import { grids, rulings } from './pdf/rulings.js';
import { continueMergedCells, continuesRow, joinSplitRow, sameText, unifyColumns } from './pdf/tables.js';
import { textRuns } from './pdf/text.js';
import { append } from '../collections.js';
import { LIMITS, withinLimit } from '../limits.js';

export async function fromPdf(bytes: Uint8Array): Promise<Result<Layout>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: Uint8Array.from(bytes), // a copy, and a plain Uint8Array (pdf.js refuses a Buffer)
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException')
      throw new GongkaiError('ENCRYPTED', 'The PDF is password-protected; save it without a password.');
    throw new GongkaiError('CORRUPT_FILE', `The PDF cannot be read: ${(error as Error).message}.`, { cause: error });
  }
  // The text and rulings of every page first (small; pdf.js lets each page go once read), so
  // that a header or footer can be told by its coming back page after page.
  const pages: Page[] = [];
  try {
    withinLimit(document.numPages, LIMITS.pages, 'pages');
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const runs = textRuns(await page.getTextContent());
      const { horizontal, vertical } = rulings(await page.getOperatorList(), pdfjs.OPS, width, height);
      page.cleanup();
      // pdf.js keeps every font it has parsed for the document's life: a PDF joined from many
      // files has fonts of its own on every page. Let them go every few pages.
      if (number % 8 === 0) await document.cleanup();
      pages.push({ number, width, height, runs, grids: grids(horizontal, vertical) });
    }
  } catch (error) {
    // pdf.js opens a damaged file lazily: a broken page or font shows only when it is read.
    if (error instanceof GongkaiError) throw error;
    const page = pages.length + 1;
    throw new GongkaiError(
      'CORRUPT_FILE',
      `The PDF cannot be read at page ${page}: ${(error as Error).message || (error as Error).name}.`,
      {
        cause: error,
      },
    );
  } finally {
    await document.destroy();
  }
  if (pages.every((p) => p.runs.length === 0))
    throw new GongkaiError('NO_TEXT_LAYER', 'The PDF has no text layer (a scan): its text cannot be read without OCR.');
  const furniture = leaveOutFurniture(pages);
  const diagnostics: Diagnostic[] = [];
  const furnitureText = [
    ...furniture.lines.map(([text, n]) => `"${text}" (${n} pages)`),
    ...(furniture.numbers > 0 ? [`${furniture.numbers} page number(s)`] : []),
  ];
  if (furnitureText.length > 0)
    diagnostics.push(
      diagnostic('page-furniture', 'info', `Left out of the page margins: ${furnitureText.join(', ')}.`),
    );
  const blocks: Block[] = [];
  let tableCount = 0;
  let paragraphCount = 0;
  for (const page of pages) {
    for (const [k, b] of readPage(page).entries()) {
      if (b.kind === 'table') {
        const previous = blocks[blocks.length - 1];
        b.follows = previous?.kind === 'table';
        // A table at the top of a page with the columns of the table the page before ended on
        // is that table going on: a row cut by the break is joined, the rows are its rows.
        if (k === 0 && previous?.kind === 'table' && unifyColumns(previous, b)) {
          // The table's header row printed again at the top of the page stays, after the cut row's rest.
          const repeated = sameText(b.rows[0], previous.rows[0]) ? b.rows.shift() : undefined;
          if (continuesRow(previous, b)) joinSplitRow(previous, b);
          else continueMergedCells(previous, b);
          if (repeated) b.rows.unshift(repeated);
          for (const r of b.rows) r.place = { table: tableCount, row: r.place.row ?? 1, page: page.number };
          append(previous.rows, b.rows);
          continue;
        }
        tableCount++;
        for (const r of b.rows) r.place = { table: tableCount, row: r.place.row ?? 1, page: page.number };
      } else b.place = { paragraph: ++paragraphCount, page: page.number };
      blocks.push(b);
    }
  }
  let line = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') b.line = ++line;
    else {
      for (const r of b.rows) {
        r.line = ++line;
        for (const c of r.cells) c.line = r.line;
      }
      b.line = b.rows[0]?.line ?? line;
    }
  }
  return { value: { blocks, title: null }, diagnostics };
}
