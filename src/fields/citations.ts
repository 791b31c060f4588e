// 公开依据 → citations. A citation is 《title》 optionally followed by its 文号 in brackets; the
// 文号's year brackets (〔〕 ﹝﹞ [] ［］ 【】) become 〔〕 and 令 numbers become 令第N号, so the
// same document cited two ways compares equal. Text outside 《》 is kept as unquoted citations.
import type { Basis, Citation } from '../model/catalogue.generated.js';

const TITLE = /《((?:[^《》]|《[^《》]*》)+)》/g;
const DOC_NO_AFTER = /^\s*[（(]([^（）()]*(?:[〔﹝\[［【]\s*\d{4}\s*[〕﹞\]］】]|令|号)[^（）()]*)[）)]/;
const CATEGORY = /【([^】]{1,6})】\s*$/;

export function normaliseDocNo(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[〔﹝\[［【(（]\s*(\d{4})\s*[〕﹞\]］】)）]/g, '〔$1〕')
    .replace(/令(?:第)?(\d+)号/g, '令第$1号');
}

export function parseBasis(text: string): Basis {
  const citations: Citation[] = [];
  let rest = '';
  let cursor = 0;
  for (const m of text.matchAll(TITLE)) {
    const before = text.slice(cursor, m.index);
    const category = CATEGORY.exec(before);
    rest += category ? before.slice(0, category.index) : before;
    let end = m.index + m[0].length;
    const citation: Citation = { title: m[1]!.trim(), docNo: null };
    const docNo = DOC_NO_AFTER.exec(text.slice(end));
    if (docNo) {
      citation.docNo = normaliseDocNo(docNo[1]!);
      end += docNo[0].length;
    }
    if (category) citation.category = category[1]!;
    citations.push(citation);
    cursor = end;
  }
  rest += text.slice(cursor);
  for (const part of rest.split(/[；;、，,。\n]/)) {
    const title = part.replace(/^[\s及和与以及等]+|[\s等]+$/g, '');
    if (/[\u3400-\u9fff]{2,}/.test(title)) citations.push({ title, docNo: null, quoted: false });
  }
  return { text, citations };
}
