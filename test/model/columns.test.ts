// Columns the seeds do not have, on a small tab-separated catalogue written here: 公开层级 ticks,
// a 公开要求 column that merges 依据 and 时限, 备注, a single-cell 公开方式, and a header outside
// the vocabulary.
import { normalise } from '../../src/index.js';
import { catalogueOf } from '../narrow.js';

const text = [
  '某县政务公开标准目录',
  '序号\t事项名称\t公开内容\t公开要求\t公开主体\t公开方式\t公开层级\t\t联系人\t备注',
  '\t\t\t\t\t\t县级\t乡级\t\t',
  '1\t规划计划\t国民经济和社会发展规划。\t《中华人民共和国政府信息公开条例》；20个工作日内\t县发改局\t主动公开\t√\t\t张三\t按年度更新',
  '2\t财政预决算\t部门预算、决算。\t《中华人民共和国预算法》；批复后20日内\t县财政局\t主动公开、依申请公开\t√\t√\t李四\t',
].join('\n');

test('level ticks, 公开要求, 备注, a named mode, and an unknown header', async () => {
  const doc = catalogueOf(await normalise(Buffer.from(text), { name: 'county.tsv' }));
  expect(doc.columns.map((c) => c.field)).toEqual([
    'seq',
    'path.1',
    'content',
    'requirement',
    'publisher',
    'mode',
    'level.县级',
    'level.乡级',
    null,
    'note',
  ]);
  const [first, second] = doc.items;
  expect(first).toMatchObject({ path: ['规划计划'], level: ['县级'], note: '按年度更新', extra: { 联系人: '张三' } });
  // 公开要求 merges 依据 and 时限: the citation goes to basis, the time limit to timeLimit, not both.
  expect(first!.basis!.citations).toEqual([{ title: '中华人民共和国政府信息公开条例', docNo: null }]);
  expect(first!.timeLimit).toMatchObject({ days: 20, unit: 'workday' });
  expect(first!.mode).toEqual({ proactive: true, onRequest: false, note: null });
  expect(second).toMatchObject({ level: ['县级', '乡级'], mode: { proactive: true, onRequest: true, note: null } });
  expect(second!.timeLimit).toMatchObject({ days: 20, unit: 'day', trigger: '批复' });
  expect(doc.diagnostics.filter((d) => d.code === 'unknown-header').map((d) => d.message)).toEqual([
    'Header "联系人" is not in the vocabulary; its cells go to extra.',
  ]);
  expect(doc.stats).toMatchObject({ cells: doc.stats.cellsMapped + doc.stats.cellsKept });
  expect(doc.stats.cellsKept).toBe(2);
});

test('a catalogue without a title is named by its file name when that reads as a title', async () => {
  const text = '序号\t公开事项\t公开内容\t公开依据\t公开时限\n1\t机构信息\t机构名称\t《条例》\t20个工作日内\n';
  const doc = catalogueOf(
    await normalise(new TextEncoder().encode(text), {
      name: 'downloads/巴中市巴州区财政局政府信息主动公开基本目录.txt',
    }),
  );
  expect(doc.title).toBeNull();
  expect(doc.agency.name).toBe('巴中市巴州区财政局');
  expect(doc.agency.evidence).toContainEqual({
    field: 'name',
    from: 'file',
    text: 'downloads/巴中市巴州区财政局政府信息主动公开基本目录.txt',
  });
  const unnamed = catalogueOf(await normalise(new TextEncoder().encode(text), { name: 'rBUtImSwxX2ARjs1.txt' }));
  expect(unnamed.agency.name).toBeNull();
});
