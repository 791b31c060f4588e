// Item ids from 序号, on small tab-separated catalogues written here.
import { normalise } from '../../src/index.js';
import { catalogueOf } from '../narrow.js';

const header = '序号\t事项名称\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道';
const row = (seq: string, name: string): string =>
  `${seq}\t${name}\t${name}的内容。\t《中华人民共和国政府信息公开条例》\t20个工作日内\t办公室\t政府网站`;
const ids = async (...rows: string[]) => {
  const document = catalogueOf(await normalise(Buffer.from([header, ...rows].join('\n')), { name: 't.tsv' }));
  return { ids: document.items.map((i) => i.id), codes: document.diagnostics.map((d) => d.code) };
};

test('序号 of any length stays 序号', async () => {
  expect((await ids(row('99999', '甲'), row('100000', '乙'))).ids).toEqual(['99999', '100000']);
});

test('a blank 序号 under a printed one makes sub-rows', async () => {
  expect((await ids(row('1', '甲'), row('', '乙'), row('', '丙'), row('2', '丁'))).ids).toEqual([
    '1.1',
    '1.2',
    '1.3',
    '2',
  ]);
});

test('a 序号 printed twice gets a suffixed id and a diagnostic', async () => {
  const r = await ids(row('1', '甲'), row('2', '乙'), row('1', '丙'), row('1', '丁'));
  expect(r.ids).toEqual(['1', '2', '1-2', '1-3']);
  expect(r.codes.filter((c) => c === 'duplicate-seq')).toHaveLength(2);
});

test('a gap in the 序号 lists the few numbers missing, and counts many', async () => {
  const gaps = async (...rows: string[]) => {
    const document = catalogueOf(await normalise(Buffer.from([header, ...rows].join('\n')), { name: 't.tsv' }));
    return document.diagnostics.filter((d) => d.code === 'seq-gap').map((d) => d.message);
  };
  expect(await gaps(row('1', '甲'), row('4', '乙'))).toEqual(['序号 2, 3 missing between 1 and 4.']);
  // The fuzz suite's .xls whose 序号 18 became 134217746 listed every number between: out of memory.
  expect(await gaps(row('1', '甲'), row('900000', '乙'))).toEqual([
    '序号 2–899999 (899998 numbers) missing between 1 and 900000.',
  ]);
});
