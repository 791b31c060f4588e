// Text as the item matcher compares it: NFKC, no punctuation, spaces, numbering or markers, and a
// few synonyms folded (vocabulary/synonyms), cut into character bigrams.
import { SYNONYMS } from '../vocabulary/synonyms.js';

const SYNONYM = new RegExp(Object.keys(SYNONYMS).join('|'), 'g');

/**
 * A number printed before an item's name: 1. 2、 (3) ③ 一、, or digits run into the name
 * (1法律、法规, 7政府信息公开…: one or two digits before a Han character).
 */
const LEADING_NUMBER =
  /^[\s●▲★◆■※]*(?:\d+[.、]|[（(]\d+[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、|\d{1,2}(?=\p{Script=Han}))?/u;

export function matchText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(LEADING_NUMBER, '')
    .replace(SYNONYM, (word) => SYNONYMS[word]!);
  return withoutPunctuation(folded);
}

/** Whether a UTF-16 code unit is a space, punctuation or a symbol (2) or not (1), learnt on first sight (0). */
const dropped = new Uint8Array(65536);
const PUNCTUATION = /[\s\p{P}\p{S}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The text without spaces, punctuation and symbols: one pass over the text, a table look-up a character (a regular expression with Unicode classes took twice as long). */
function withoutPunctuation(text: string): string {
  if (SURROGATE.test(text)) return text.replace(/[\s\p{P}\p{S}]+/gu, ''); // a character outside the BMP is two code units: the table cannot see it
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (dropped[unit] === 0) dropped[unit] = PUNCTUATION.test(text[i]!) ? 2 : 1;
    if (dropped[unit] === 2) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}
