// 公开对象 and 公开方式 cells that list their options with boxes, on small tab-separated catalogues
// written here: the options the vocabulary knows become true or false; one it does not know is
// kept in the note with its box, so that whether it was ticked is not lost.
import { normalise } from '../../src/index.js';
import { catalogueOf } from '../narrow.js';

const item = async (audience: string, mode: string) => {
  const tsv = ['序号\t公开事项\t公开内容\t公开对象\t公开方式', `1\t甲\t甲的内容\t${audience}\t${mode}`].join('\n');
  return catalogueOf(await normalise(Buffer.from(tsv), { name: 't.tsv' })).items[0]!;
};

test('known options are read; an unknown one keeps its box in the note', async () => {
  const it = await item('■全社会 □特定群体 ■本单位职工', '√主动公开 □依申请公开 □内部传阅');
  expect(it.audience).toEqual({ public: true, specific: false, note: '☑本单位职工' });
  expect(it.mode).toEqual({ proactive: true, onRequest: false, note: '☐内部传阅' });
});
