// Catalogue or annual report? Judged on the Layout, so every format is judged alike: an annual
// report has the numbered section headings of the national template (一、总体情况 … 三、收到和处理
// 政府信息公开申请情况) at the start of its paragraphs or cells, or a 年度报告 title and one of them.
import { REPORT_KIND_HEADINGS } from '../vocabulary/report.js';
import type { Layout } from './layout.js';

export type DocumentKind = 'catalogue' | 'annual-report';

export function sniffKind(layout: Layout): DocumentKind {
  const lines: string[] = layout.title ? [layout.title.text] : [];
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') lines.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) if (!c.copy && c.text !== '') lines.push(c.text);
  }
  const text = lines.join('\n');
  const headings = text.match(REPORT_KIND_HEADINGS)?.length ?? 0;
  const titled = /年度报告/.test(text.slice(0, 400));
  return headings >= 3 || (titled && headings >= 1) ? 'annual-report' : 'catalogue';
}
