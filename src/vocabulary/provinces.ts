// Provinces, with the short forms used in 文号 (豫政办〔2014〕65号 is Henan's). Evidence of an
// agency's province: its own name, or the provincial documents its catalogue cites.
export const provinces: ReadonlyArray<readonly [name: string, short: string, abbreviations: string]> = [
  ['北京市', '北京', '京'],
  ['天津市', '天津', '津'],
  ['河北省', '河北', '冀'],
  ['山西省', '山西', '晋'],
  ['内蒙古自治区', '内蒙古', '蒙'],
  ['辽宁省', '辽宁', '辽'],
  ['吉林省', '吉林', '吉'],
  ['黑龙江省', '黑龙江', '黑'],
  ['上海市', '上海', '沪'],
  ['江苏省', '江苏', '苏'],
  ['浙江省', '浙江', '浙'],
  ['安徽省', '安徽', '皖'],
  ['福建省', '福建', '闽'],
  ['江西省', '江西', '赣'],
  ['山东省', '山东', '鲁'],
  ['河南省', '河南', '豫'],
  ['湖北省', '湖北', '鄂'],
  ['湖南省', '湖南', '湘'],
  ['广东省', '广东', '粤'],
  ['广西壮族自治区', '广西', '桂'],
  ['海南省', '海南', '琼'],
  ['重庆市', '重庆', '渝'],
  ['四川省', '四川', '川'],
  ['贵州省', '贵州', '黔'],
  ['云南省', '云南', '云滇'],
  ['西藏自治区', '西藏', '藏'],
  ['陕西省', '陕西', '陕'],
  ['甘肃省', '甘肃', '甘陇'],
  ['青海省', '青海', '青'],
  ['宁夏回族自治区', '宁夏', '宁'],
  ['新疆维吾尔自治区', '新疆', '新'],
];

/** The province a name starts with (河南省工业和信息化厅 → 河南省). */
export function provinceOfName(name: string): string | null {
  for (const [full, short] of provinces) if (name.startsWith(full) || name.startsWith(short)) return full;
  return null;
}

const matchers = provinces.map(([full, short, abbreviations]) => ({
  full,
  title: new RegExp(`${full}|^(中共)?${short}`),
  docNo: new RegExp(`^[${abbreviations}](政|办|发|财|人社|委)`),
}));

/** The province a citation names: 《云南省…》, 《中共河南省委…》, or a 文号 like 豫政办〔2014〕65号. */
export function provinceOfCitation(title: string, docNo: string | null): string | null {
  for (const m of matchers) if (m.title.test(title) || (docNo !== null && m.docNo.test(docNo))) return m.full;
  return null;
}
