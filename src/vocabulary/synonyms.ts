// Words that name one thing in catalogues of different agencies, folded to one wording before
// items are compared (diff): each key is rewritten as its value.
export const SYNONYMS: Record<string, string> = {
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
