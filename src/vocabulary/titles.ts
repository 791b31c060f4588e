// What a document's title looks like. A catalogue's names a 目录 or 清单 and is short; an annual
// report's names a year and a 年度报告.
export const CATALOGUE_TITLE_MAX = 60;
export const REPORT_TITLE_MAX = 80;

/** A sentence is no title, even when it names a 目录. */
const SENTENCE_END = /[。；！？]$/;

export function isCatalogueTitle(text: string): boolean {
  return text.length <= CATALOGUE_TITLE_MAX && /目录|清单/.test(text) && !SENTENCE_END.test(text.trim());
}

export function isReportTitle(text: string): boolean {
  return text.length <= REPORT_TITLE_MAX && /年度报告/.test(text) && /(?:19|20)\d{2}\s*年/.test(text);
}
