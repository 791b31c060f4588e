// Text as the item matcher compares it: NFKC, no punctuation, spaces, numbering or markers, and a
// few synonyms folded (结果/决定, 办事指南/服务指南 …), cut into character bigrams.

const SYNONYMS: Record<string, string> = {
  服务指南: '办事指南',
  决定: '结果',
  预决算: '预算决算',
  政府领导: '领导',
  机构领导: '领导',
  局领导: '领导',
  领导信息: '领导',
  两微一端: '政务新媒体',
  精准脱贫: '脱贫攻坚', // two names of one national campaign
  扶贫: '脱贫',
};
const SYNONYM = new RegExp(Object.keys(SYNONYMS).join('|'), 'g');

export function matchText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^[\s●▲★◆■※]*(?:\d+[.、]|[（(]\d+[)）]|[①-⑳])?/u, '')
    .replace(SYNONYM, (word) => SYNONYMS[word]!)
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
