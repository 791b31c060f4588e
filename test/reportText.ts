// Small annual reports written as tab-separated text, for tests: a line a paragraph, table rows
// tab-separated (a trailing tab keeps a one-cell row in its table).
export interface ReportParts {
  year?: number;
  agency?: string;
  prose?: string;
  table2: string[];
  table3: string[][];
}

export const row = (label: string, ...n: number[]): string[] => [label, '', ...n.map(String)];

export function reportText({
  year = 2021,
  agency = '某局',
  prose = '全年共收到政府信息公开申请3件。',
  table2,
  table3,
}: ReportParts): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    prose,
    '二、主动公开政府信息情况',
    ...table2,
    '三、收到和处理政府信息公开申请情况',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ...table3.map((r) => r.join('\t')),
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t\t\t\t\t行政诉讼',
    Array(15).fill('0').join('\t'),
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}
