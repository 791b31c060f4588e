// Catalogue layouts of provincial templates, one small HTML page each (corpus/layout-variants/,
// made by corpus/tools/make_layout_variants.py from tables written there): what each must read as.
import { join } from 'node:path';
import { normalise, type Catalogue } from '../src/index.js';
import { repo } from './paths.js';
import { catalogueOf } from './narrow.js';

const load = async (name: string): Promise<Catalogue> =>
  catalogueOf(await normalise(join(repo, 'corpus', 'layout-variants', name)));

test('a category column before 序号 is the first path level, merged down', async () => {
  const doc = await load('category-before-seq.html');
  expect(doc.items.map((i) => [i.id, i.path])).toEqual([
    ['1', ['机构信息', '机构职能']],
    ['2', ['机构信息', '领导信息']],
    ['3', ['政策文件', '规范性文件']],
  ]);
});

test('six 目录 levels are six path levels', async () => {
  const doc = await load('six-levels.html');
  expect(doc.items[0]!.path).toEqual(['城乡规划', '规划编制', '总体规划', '市级', '批前公示', '草案']);
});

test('item codes (0505) in their own column are the items’ ids', async () => {
  const doc = await load('item-codes.html');
  expect(doc.items.map((i) => [i.id, i.seq, i.publisher])).toEqual([
    ['0505', '0505', '县住建局'],
    ['0506', '0506', '县住建局'],
  ]);
});

test('承办单位 is the publisher', async () => {
  const doc = await load('publisher-variants.html');
  expect(doc.items.map((i) => i.publisher)).toEqual(['社会救助科', '养老服务股']);
});

test('公开形式 boxes are the form, 咨询及监督举报电话 the contact, 社会 the public', async () => {
  const doc = await load('form-and-contact.html');
  expect(
    doc.items.map((i) => [i.form, i.contact, i.audience.public, i.channels.filter((c) => c.checked).length]),
  ).toEqual([
    [['全文发布'], '0827-5281153', true, 1],
    [['区分处理后发布'], '0827-5281153', true, 1],
  ]);
});

test('公开层级 {镇级, 村级}: the ticked levels; no audience column, so the audience is unknown', async () => {
  const doc = await load('level-town-village.html');
  expect(doc.items.map((i) => [i.level, i.audience.public, i.mode.proactive])).toEqual([
    [['镇级', '村级'], null, null],
    [['村级'], null, null],
  ]);
});

test('公开范围 in words: 社会公众 is the public, any named group a specific audience with its words', async () => {
  const doc = await load('audience-in-words.html');
  expect(doc.items.map((i) => i.audience)).toEqual([
    { public: false, specific: true, note: '项目所在地村民' },
    { public: true, specific: false, note: null },
    { public: false, specific: true, note: null },
  ]);
});

test('t and 口 as boxes; two time limits in one cell', async () => {
  const doc = await load('boxes-as-letters.html');
  const it = doc.items[0]!;
  expect(it.channels.map((c) => [c.name, c.checked])).toEqual([
    ['政府网站', true],
    ['政府公报', false],
    ['社区/企事业单位/村公示栏（电子屏）', true],
  ]);
  expect(it.timeLimit).toMatchObject({ days: 7, unit: 'workday', also: [{ days: 20, unit: 'workday' }] });
});

test('an unknown column beside known ones keeps its cells, and no known column’s content moves', async () => {
  const doc = await load('unknown-column-beside-known.html');
  expect(doc.items.map((i) => [i.path, i.content, i.extra])).toEqual([
    [['招生政策'], '招生范围、时间、条件。', { 经办人: '张三' }],
    [['学校名录'], '学校名称、地址。', { 经办人: '李四' }],
    [['教师招聘'], '招聘公告、结果。', { 经办人: '王五' }],
  ]);
  expect(doc.diagnostics.filter((d) => d.code === 'column-drift')).toEqual([]);
});

test('an unknown header over office names is read as the publisher, and said', async () => {
  const doc = await load('office-names-under-unknown-header.html');
  expect(doc.items.map((i) => i.publisher)).toEqual(['法律援助中心', '基层股', '办公室']);
  expect(doc.diagnostics).toContainEqual(
    expect.objectContaining({ code: 'column-reread', message: expect.stringContaining('负责股室（单位）') }),
  );
});
