// The five real Sichuan catalogues of corpus/real-catalogues/ (a provincial template: 事项类别,
// 事项名称, 责任股室, 公开形式, 咨询及监督举报电话; no 序号, no 主动/依申请). What is asserted here was
// read off each document by eye (LibreOffice's rendering, or the sheet's cells): the item count, the
// title and agency, and a few rows each, field by field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, type Catalogue, type Item } from '../src/index.js';
import { repo } from './paths.js';
import { catalogueOf } from './narrow.js';

const folder = join(repo, 'corpus', 'real-catalogues');
const load = async (name: string): Promise<Catalogue> => {
  const file = readdirSync(folder).find((f) => f.startsWith(`${name}.`))!;
  return catalogueOf(await normalise(join(folder, file)));
};
const row = (it: Item) => ({
  path: it.path,
  content: it.content,
  citations: it.basis?.citations.map((c) => c.title) ?? [],
  publisher: it.publisher,
  days: it.timeLimit?.days ?? null,
  channels: it.channels.filter((c) => c.checked).map((c) => c.name),
  form: it.form,
  public: it.audience.public,
  contact: it.contact,
});
const item = (doc: Catalogue, id: string): Item => doc.items.find((i) => i.id === id)!;

// [folder, items, agency, items whose 公开对象 reads 社会 (the public), items with a blank 公开对象]
describe.each([
  ['sc-bazhou-czj-zdgkml', 39, '巴中市巴州区财政局', 39, 0],
  ['sc-pingchang-czj-zdgkml', 32, '巴中市平昌县财政局', 32, 0], // 部门预决算's two rows are one item
  ['sc-nanjiang-czj-zdgkml', 29, '南江县财政局', 29, 0],
  ['sc-pingchang-jtysj-zdgkml', 346, '巴中市平昌县交通运输局', 345, 1], // the sheet's last row leaves 公开对象 blank
  ['sc-pingchang-rsj-zdgkml', 159, '巴中市平昌县人力资源和社会保障局', 49, 0], // the other 110 are 法人（自然人）
])('%s', (name, count, agency, publicItems, blank) => {
  test(`${count} items of ${agency}, 四川省; every column read, every cell accounted for`, async () => {
    const doc = await load(name);
    expect(doc.items).toHaveLength(count);
    expect(doc.title).toBe(`${agency}政府信息主动公开基本目录`);
    expect(doc.agency).toMatchObject({ name: agency, province: '四川省' });
    expect(doc.columns.filter((c) => c.block === 1).map((c) => c.field)).toEqual([
      'path.1',
      'path.2',
      'content',
      'basis',
      'publisher',
      'timeLimit',
      'channels',
      'form',
      'audience',
      'contact',
    ]);
    expect(doc.stats.cells).toBe(doc.stats.cellsMapped + doc.stats.cellsKept);
    expect(doc.items.filter((i) => i.audience.public === true)).toHaveLength(publicItems);
    expect(doc.items.filter((i) => i.audience.public === null)).toHaveLength(blank);
    const named = doc.items.filter((i) => i.audience.specific === true);
    expect(named.every((i) => i.audience.note === '法人（自然人）')).toBe(true);
    expect(named).toHaveLength(count - publicItems - blank);
  });
});

test('巴州: the category merged down its items, 公开形式 boxes, two phone numbers', async () => {
  const doc = await load('sc-bazhou-czj-zdgkml');
  expect(row(item(doc, '1'))).toEqual({
    path: ['机构信息', '基本信息'],
    content: '机构名称、办公地址、办公时间、办公电话、传真、通信地址、邮政编码',
    citations: ['中华人民共和国政府信息公开条例', '三定方案'],
    publisher: '人事教育股',
    days: 5,
    channels: ['政府网站'],
    form: ['全文发布'],
    public: true,
    contact: '0827-2221993',
  });
  expect(row(item(doc, '9'))).toMatchObject({
    path: ['重点工作', '规划计划'], // the category printed over two lines, 重点 / 工作
    publisher: '办公室、财税法规制度股',
    channels: ['政府网站', '信息公告栏'],
    form: ['区分处理后发布'],
    contact: '0827-5281153\n0827-5552725',
  });
});

test('平昌财政: numbered item names, a box typed in Wingdings 2, contact in words', async () => {
  const doc = await load('sc-pingchang-czj-zdgkml');
  expect(row(item(doc, '1'))).toEqual({
    path: ['机构信息', '1.机构概况'],
    content: '机构名称、办公地址、办公电话、通信地址、邮政编码',
    citations: ['中华人民共和国政府信息公开条例', '三定方案'],
    publisher: '办公室人事股',
    days: 10,
    channels: ['政府网站', '广播电视'], // ■政府网站 and ☑广播, the second a w:sym box
    form: ['全文发布'],
    public: true,
    contact: '咨询电话：6227045；监督举报电话：6222179',
  });
  expect(row(item(doc, '14'))).toMatchObject({ path: ['工作动态', '7、公示公告'], publisher: '机关各股室', days: 10 });
  // 部门预决算 is one merged cell over the last row of 工作动态 and the first of 财政预决算: one item,
  // under the category that starts beside it, not a copy under each.
  expect(row(item(doc, '15'))).toMatchObject({ path: ['财政预决算', '部门预决算'], publisher: '预算股国库股' });
  expect(doc.items.filter((i) => i.path.includes('部门预决算'))).toHaveLength(1);
  expect(doc.diagnostics.find((d) => d.code === 'row-folded' && d.item === '15')?.message).toMatch(
    /Its own path\.1 "财政预决算" replaces "工作动态"/,
  );
});

test('南江 (.xlsx): the title row above the header, phone numbers stored as numbers', async () => {
  const doc = await load('sc-nanjiang-czj-zdgkml');
  expect(row(item(doc, '1'))).toEqual({
    path: ['机构信息', '基本信息'],
    content: '办公地址、网址、办公电话、传真、通信地址、邮政编码',
    citations: ['中华人民共和国政府信息公开条例', '三定方案'],
    publisher: '人教股',
    days: 5,
    channels: ['政府网站'],
    form: ['全文发布'],
    public: true,
    contact: '8266470',
  });
  expect(item(doc, '1').source).toEqual({ rows: [3], block: 1, sheet: 'Sheet1' });
});

test('平昌交通 (.xls): the prose cover and an empty sheet; 全文发布 under a 公开方式 header is the form', async () => {
  const doc = await load('sc-pingchang-jtysj-zdgkml');
  expect(doc.columns.find((c) => c.header.join('') === '公开方式')?.field).toBe('form');
  expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'column-reread' }));
  expect(doc.diagnostics).toContainEqual(
    expect.objectContaining({ code: 'sheet-empty', place: { table: 3, sheet: 'Sheet3' } }),
  );
  expect(row(item(doc, '34'))).toMatchObject({
    path: ['行政许可', '出租汽车经营许可'],
    citations: ['中华人民共和国政府信息公开条例', '中华人民共和国公路法'],
    publisher: '局行政审批股',
    days: 7,
    channels: ['政府网站', '政务服务中心'],
    form: ['全文发布'],
    contact: '0827-6230182',
  });
  expect(item(doc, '34').source.sheet).toBe('第二部分基本目录');
  // A penalty named in a long sentence under 事项名称 stays the item's name; its content stays content.
  expect(row(item(doc, '44'))).toMatchObject({
    path: ['行政处罚', expect.stringMatching(/^对船舶未按规定配备船员擅自航行/)],
    content: expect.stringMatching(/^行政处罚的事项名称：对船舶未按规定配备船员擅自航行/),
    publisher: '局政策法规股',
  });
});

test('平昌人社: rows that only continue a merged item are folded into it', async () => {
  const doc = await load('sc-pingchang-rsj-zdgkml');
  const penalties = doc.items.find((i) => i.path[0] === '行政处罚')!;
  expect(penalties.path[1]).toMatch(/^（共35项）对缴费单位未按照规定办理社会保险登记/);
  expect(penalties.source.rows).toHaveLength(35);
  expect(doc.items.filter((i) => i.path[0] === '行政处罚')).toHaveLength(1);
  expect(doc.diagnostics).toContainEqual(
    expect.objectContaining({ code: 'row-folded', item: penalties.id, message: expect.stringMatching(/^34 row/) }),
  );
});
