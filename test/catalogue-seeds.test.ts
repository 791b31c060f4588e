// Targeted assertions on the hard rows of the three catalogue seeds: each says what the source
// row prints and what the model must make of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, type Catalogue, type Item } from '../src/index.js';
import { seeds } from './paths.js';
import { catalogueOf } from './narrow.js';

async function load(name: string): Promise<Catalogue> {
  return catalogueOf(await normalise(join(seeds, name)));
}
const byId = (doc: Catalogue, id: string): Item => {
  const item = doc.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};
const drift = (doc: Catalogue): number[] =>
  doc.diagnostics.filter((d) => d.code === 'column-drift').map((d) => d.place!.line!);
const checked = (it: Item): string[] => it.channels.filter((c) => c.checked).map((c) => c.name);

describe('000: four path levels, blank = merged, shifted blocks, ■/□ and <input>', () => {
  let doc: Catalogue;
  beforeAll(async () => void (doc = await load('000_8323535ad2f7897b.txt')));

  test('26 items, no 序号 column, agency from the publisher, Henan from cited documents', () => {
    expect(doc.items).toHaveLength(26);
    expect(doc.items.every((i) => i.seq === null)).toBe(true);
    expect(doc.agency.name).toBe('区工信局');
    expect(doc.agency.province).toBe('河南省');
    expect(doc.agency.evidence.some((e) => e.field === 'province' && e.text.includes('豫政办'))).toBe(true);
  });

  test('the 9- and 10-cell rows of blocks 2 and 3 are realigned and each says so', () => {
    expect(drift(doc)).toEqual([17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31]);
    const budget = doc.items.find((i) => i.source.rows[0] === 17)!;
    expect(budget.path).toEqual(['各部门预算']);
    expect(budget.content).toMatch(/^收支总体情况表/);
    expect(budget.timeLimit).toMatchObject({ days: 20, unit: 'day', trigger: '本级政府财政部门批复' });
    const list = doc.items.find((i) => i.source.rows[0] === 21)!; // 一级 name, then content: no 二级
    expect(list.path).toEqual(['公共服务清单']);
    expect(list.content).toMatch(/^公开公共服务事项目录/);
    expect(list.extra).toEqual({});
  });

  test('a blank 一级 opening a headerless part is not filled from the part before, and says so', () => {
    const d = doc.diagnostics.find((x) => x.code === 'merged-cell-unresolved');
    expect(d?.place?.line).toBe(17);
    expect(doc.items.find((i) => i.source.rows[0] === 18)!.path).toEqual(['各部门决算']);
  });

  test('● and ▲ are split off the names into markers', () => {
    expect(doc.items[0]).toMatchObject({ path: ['政策法规', '规范性文件'], markers: ['●'] });
    expect(doc.items.filter((i) => i.markers.includes('▲')).map((i) => i.path.at(-1))).toEqual([
      '各部门预算',
      '各部门决算',
      '权责清单集中展示',
    ]);
  });

  test('names wrapped in narrow cells are joined; hierarchical fill-down', () => {
    expect(doc.items.find((i) => i.source.rows[0] === 14)!.path).toEqual(['政府工作部门', '直属事业机构']);
    expect(doc.items.find((i) => i.source.rows[0] === 30)!.path).toEqual(['政府信息公开年度报告']);
  });

  test('<input checked> rows and ■/□ rows read the same', () => {
    for (const line of [4, 29]) {
      const it = doc.items.find((i) => i.source.rows[0] === line)!;
      expect(it.audience).toEqual({ public: true, specific: false, note: null });
      expect(it.mode).toEqual({ proactive: true, onRequest: false, note: null });
    }
  });

  test('a calendar date is not a duration', () => {
    expect(doc.items.find((i) => i.source.rows[0] === 30)!.timeLimit).toMatchObject({ days: null, unit: null });
  });
});

describe('001: six blocks with repeated two-row headers, split channel cells, sub-rows, drift', () => {
  let doc: Catalogue;
  beforeAll(async () => void (doc = await load('001_6b51252c69ebe662.txt')));

  test('51 items: 47 numbered rows and the four sub-rows of 32; 44 is missing and said so', () => {
    expect(doc.items).toHaveLength(51);
    expect(doc.items.filter((i) => i.seq === '32').map((i) => i.id)).toEqual(['32.1', '32.2', '32.3', '32.4', '32.5']);
    expect(byId(doc, '32.2')).toMatchObject({
      path: ['结果公开', '财政资金'],
      content: '2. 政府采购事项',
      publisher: '办公室',
    });
    expect(doc.diagnostics.filter((d) => d.code === 'seq-gap').map((d) => d.message)).toEqual([
      '序号 44 missing between 43 and 45.',
    ]);
    expect(new Set(doc.items.map((i) => i.id)).size).toBe(51);
  });

  test('title, agency and province with evidence', () => {
    expect(doc.title).toBe('安宁市工业和科学技术信息化局政府信息公开基本目录');
    // 安宁市 is a county-level city of 昆明市, 云南省 (the gazetteer); the citations of 《云南省政府信息公开规定》 agree.
    expect(doc.agency).toMatchObject({ name: '安宁市工业和科学技术信息化局', province: '云南省', city: '昆明市' });
    expect(doc.agency.evidence).toEqual([
      { field: 'name', from: 'title', text: '安宁市工业和科学技术信息化局政府信息公开基本目录' },
      { field: 'province', from: 'name', text: '安宁市工业和科学技术信息化局' },
      { field: 'city', from: 'name', text: '安宁市工业和科学技术信息化局' },
    ]);
    expect(doc.items.some((i) => i.basis?.citations.some((c) => c.title === '云南省政府信息公开规定'))).toBe(true);
  });

  test('序号 8: the time limit printed two cells late goes to 公开时限, the ticks to 全社会 and 主动', () => {
    const it = byId(doc, '8');
    expect(it.timeLimit).toMatchObject({ text: '按规定时限进行公开', days: null });
    expect(it.audience).toEqual({ public: true, specific: false, note: null });
    expect(it.mode).toEqual({ proactive: true, onRequest: false, note: null });
    expect(drift(doc)).toContain(14);
  });

  test('序号 9–14: basis, publisher, time and channels sit one column early or late, and are put back', () => {
    expect(byId(doc, '9')).toMatchObject({
      path: ['法律、法规'],
      content: '1. 国家有关法律、法规',
      publisher: '办公室',
    });
    expect(byId(doc, '9').basis!.citations.map((c) => c.title)).toEqual([
      '中华人民共和国政府信息公开条例',
      '云南省政府信息公开规定',
    ]);
    expect(byId(doc, '12')).toMatchObject({
      path: ['政策法规', '本部门政策文件（包含行政规范性文件）'],
      publisher: '牵头起草工作的各科室',
    });
    expect(byId(doc, '13')).toMatchObject({
      path: ['政策法规', '政策文件解读（包含行政规范性文件）'],
      publisher: '牵头起草工作的各科室',
    });
    expect(byId(doc, '13').timeLimit).toMatchObject({ days: 3, unit: 'workday', trigger: '政策文件公开发布' });
    expect(byId(doc, '14')).toMatchObject({
      path: ['政策法规', '规范性文件清理信息'],
      content: '定期对文件进行清理的结果信息',
      publisher: '办公室',
    });
    for (const line of [18, 19, 20, 21, 22, 23]) expect(drift(doc)).toContain(line);
  });

  test('a channel list split over two cells is one list of 13 options', () => {
    const it = byId(doc, '9');
    expect(it.channels).toHaveLength(13);
    expect(checked(it)).toEqual(['政府网站']);
    expect(it.channels.find((c) => c.label === '图书馆')).toEqual({
      name: '图书馆',
      label: '图书馆',
      checked: false,
      known: false,
    });
    expect(it.channels.find((c) => c.label === '入户/现场宣传')).toMatchObject({ name: '入户/现场', known: true });
  });

  test("序号 16 and 22: sparse rows follow their block's layout, so their ticks land under 全社会 and 主动", () => {
    for (const id of ['16', '22']) {
      expect(byId(doc, id).audience).toEqual({ public: true, specific: false, note: null });
      expect(byId(doc, id).mode).toEqual({ proactive: true, onRequest: false, note: null });
    }
  });

  test('序号 21 ticks nothing: unknown, not false, with a diagnostic', () => {
    expect(byId(doc, '21').audience).toEqual({ public: null, specific: null, note: null });
    expect(byId(doc, '21').mode).toEqual({ proactive: null, onRequest: null, note: null });
    expect(doc.diagnostics.filter((d) => d.code === 'no-marks').map((d) => d.place!.line)).toEqual([36]);
  });

  test('序号 47–48: time limits printed under 全社会 move back', () => {
    expect(byId(doc, '47').timeLimit).toMatchObject({ days: 20, unit: 'workday' });
    expect(byId(doc, '48').timeLimit).toMatchObject({
      text: '意见征集结束后一个月内',
      days: 1,
      unit: 'month',
      trigger: '意见征集结束',
    });
    expect(byId(doc, '48').path).toEqual(['政民互动', '意见征集和反馈情况']);
    expect(drift(doc)).toEqual(expect.arrayContaining([71, 72]));
  });

  test('merged 依据/时限/渠道 fill down across a repeated header, and the item says which fields it inherited', () => {
    expect(byId(doc, '31')).toMatchObject({ path: ['结果公开', '工业和科学技术信息化规划计划'] });
    expect(byId(doc, '31').filledDown).toEqual(['basis', 'timeLimit', 'channels', 'path.1']);
    expect(byId(doc, '2').basis!.citations[0]).toEqual({
      title: '中华人民共和国政府信息公开条例',
      docNo: '国务院令第711号',
    });
    expect(checked(byId(doc, '32.3'))).toEqual(['政府网站', '政务新媒体', '发布会/听证会']);
  });
});

describe('002: one cell per line, vertical headers, bookmarks, ■/□ lists, √ marks', () => {
  let doc: Catalogue;
  beforeAll(async () => void (doc = await load('002_59a7dd9431f93d90.txt')));

  test('33 items, sniffed as one-cell-per-line, no drift', () => {
    expect(doc.source.format).toBe('cells');
    expect(doc.items.map((i) => i.id)).toEqual(Array.from({ length: 33 }, (_, k) => String(k + 1)));
    expect(drift(doc)).toEqual([]);
  });

  test('headers written vertically map to fields', () => {
    expect(doc.columns.map((c) => c.field)).toEqual([
      'seq',
      'stage',
      'path.1',
      'path.2',
      'content',
      'basis',
      'timeLimit',
      'publisher',
      'channels',
      'audience.public',
      'audience.specific',
      'mode.proactive',
      'mode.onRequest',
    ]);
    expect(doc.columns[3]!.header).toEqual(['公开事项', '二级目录']);
  });

  test('multi-line cells: vertical names join, basis lines keep their citations', () => {
    expect(byId(doc, '1')).toMatchObject({ stage: '决策', path: ['政策法规', '部门文件'] });
    expect(byId(doc, '24')).toMatchObject({ stage: '新闻发布', path: ['新闻发布', '制度安排'] });
    expect(byId(doc, '2').basis!.citations.map((c) => c.docNo)).toEqual([
      '国务院令第713号',
      '国办发〔2018〕37号',
      '国务院令第337号',
    ]);
  });

  test('an empty paragraph inside a cell does not end the row (rows 11, 24, 25)', () => {
    for (const id of ['11', '24', '25']) {
      expect(byId(doc, id).publisher).toBe('区科技局');
      expect(byId(doc, id).audience.public).toBe(true);
    }
  });

  test('[bookmark: …] debris is removed from 序号 6 and reported', () => {
    expect(byId(doc, '6').seq).toBe('6');
    expect(doc.diagnostics.filter((d) => d.code === 'artefact-removed')).toHaveLength(4);
  });

  test('■/□ channel lists: 13 options, aliases named, the ticked ones checked', () => {
    expect(byId(doc, '1').channels).toHaveLength(13);
    expect(checked(byId(doc, '22'))).toEqual(['政府网站', '公开查阅点', '政务服务中心']);
    expect(byId(doc, '1').channels.find((c) => c.label === '两微一端')).toMatchObject({
      name: '政务新媒体',
      checked: false,
      known: true,
    });
  });

  test('hierarchical fill-down: a new 一级 does not inherit the 二级 above', () => {
    expect(byId(doc, '5').path).toEqual(['规划计划']);
    expect(byId(doc, '13').path).toEqual(['财政资金', '年度部门预决算及“三公”经费情况']);
    expect(byId(doc, '15').path).toEqual(['财政资金', '财政专项资金']);
  });

  test('no provincial citation, but 周村区 is in 淄博市, 山东省; --province still wins', async () => {
    expect(doc.agency).toMatchObject({ name: '周村区科技局', province: '山东省', city: '淄博市' });
    expect(doc.diagnostics.some((d) => d.code === 'province-unknown')).toBe(false);
    const document = catalogueOf(
      await normalise(readFileSync(join(seeds, '002_59a7dd9431f93d90.txt')), { province: '山东省' }),
    );
    expect(document.agency.province).toBe('山东省');
    expect(document.agency.evidence).toContainEqual({ field: 'province', from: 'option', text: '山东省' });
  });
});
