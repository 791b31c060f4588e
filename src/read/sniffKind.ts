// Catalogue or annual report? An annual report has the numbered section headings of the national
// template (一、总体情况 … 三、收到和处理政府信息公开申请情况) at the start of lines.
export type DocumentKind = 'catalogue' | 'annual-report';

const REPORT_HEADINGS =
  /^[\s\t]*[一二三四五六][、.．]\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议)/gm;

export function sniffKind(source: string): DocumentKind {
  // An HTML page (or a .docx made HTML) is judged by its text, a paragraph a line.
  const text = /<(p|table|html|body|div)[\s>]/i.test(source.slice(0, 4096)) ? source.replace(/<[^>]+>/g, '\n') : source;
  const headings = text.match(REPORT_HEADINGS)?.length ?? 0;
  const titled = /年度报告/.test(text.slice(0, 400));
  return headings >= 3 || (titled && headings >= 1) ? 'annual-report' : 'catalogue';
}
