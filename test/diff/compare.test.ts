// compare on the three catalogue seeds, and its views.
import { PAGE_SCRIPT } from '../../src/render/pageScript.js';
import { join } from 'node:path';
import { compare, comparisonCsv, comparisonHtml, normalise, validate, type Catalogue } from '../../src/index.js';
import { repo, seeds } from '../paths.js';
import { catalogueOf } from '../narrow.js';

let docs: Catalogue[];
beforeAll(async () => {
  docs = [];
  for (const [name, options] of [
    ['000_8323535ad2f7897b', {}],
    ['001_6b51252c69ebe662', {}],
    ['002_59a7dd9431f93d90', { province: '山东省' }],
  ] as const) {
    docs.push(catalogueOf(await normalise(join(seeds, `${name}.txt`), options)));
  }
});

test('every item is assigned a topic or null with its score; the coverage adds up; the document validates', () => {
  const c = compare(docs);
  expect(validate(c)).toEqual({ valid: true, errors: [] });
  expect(c.assignments).toHaveLength(110);
  c.agencies.forEach((a, i) => expect(c.coverage.reduce((n, row) => n + row[i]!, 0)).toBe(a.assigned));
  expect(c.assignments.filter((x) => x.topic === null).map((x) => x.label)).toEqual(['各部门管理和使用情况']);
  expect(c.agencies.map((a) => a.province)).toEqual(['云南省', '山东省', '河南省']); // grouped by province
});

test('items land under the topic their own name says', () => {
  const c = compare(docs);
  const topicOf = (source: string, item: string): string | null =>
    c.assignments.find((x) => x.agency.endsWith(source) && x.item === item)!.topic;
  expect(topicOf('002_59a7dd9431f93d90.txt', '4')).toBe('feedback'); // 重大决策预公开 / 意见反馈
  expect(topicOf('002_59a7dd9431f93d90.txt', '3')).toBe('consultation'); // 重大决策预公开 / 意见征集
  expect(topicOf('001_6b51252c69ebe662.txt', '40')).toBe('poverty'); // 脱贫攻坚
  expect(topicOf('002_59a7dd9431f93d90.txt', '19')).toBe('poverty'); // 精准脱贫
  expect(topicOf('000_8323535ad2f7897b.txt', '13')).toBe('budget'); // 各部门预算
});

test('similarity: symmetric, 1 on the diagonal', () => {
  const { similarity } = compare(docs);
  similarity.forEach((row, i) => row.forEach((s, j) => expect(s).toBe(similarity[j]![i]!)));
  expect(similarity.map((row, i) => row[i])).toEqual([1, 1, 1]);
});

test('the HTML report escapes what items say; the CSV is the coverage and similarity matrices', () => {
  const tricky = structuredClone(docs);
  tricky[0]!.items[0]!.path = ['规范性文件<script>alert("x")</script>'];
  tricky[0]!.agency.name = '某"局"<b>';
  const c = compare(tricky);
  const html = comparisonHtml(c);
  // The page's own script, once; no other (test/views-browser.test.ts checks none runs in a browser).
  expect(html.split(PAGE_SCRIPT)).toHaveLength(2);
  expect(html.replace(PAGE_SCRIPT, '')).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).toContain('某&quot;局&quot;&lt;b&gt;');
  const csv = comparisonCsv(c).trim().split('\n');
  // Province, city and agency header rows, a row per topic, an empty row, the similarity matrix.
  expect(csv).toHaveLength(3 + c.topics.length + 1 + 1 + c.agencies.length);
  expect(csv.slice(0, 3).map((r) => r.split(',')[0])).toEqual(['province', 'city', 'agency']);
  expect(csv[3 + c.topics.length]).toBe('');
  expect(csv[4 + c.topics.length]!.split(',')[0]).toBe('similarity');
});

test('grouped by city: agencies in province, then city order, each with the city the gazetteer gives', async () => {
  const real = (n: string) => normalise(join(repo, 'corpus', 'real-catalogues', n)).then(catalogueOf);
  const catalogues = [...docs, await real('sc-nanjiang-czj-zdgkml.xlsx'), await real('sc-bazhou-czj-zdgkml.docx')];
  const c = compare(catalogues, { groupBy: 'city' });
  expect(validate(c)).toEqual({ valid: true, errors: [] });
  const places = c.agencies.map((a) => `${a.province ?? '?'} ${a.city ?? '?'}`);
  expect(places).toEqual([...places].sort((x, y) => x.localeCompare(y)));
  expect(c.agencies.filter((a) => a.city === '巴中市').map((a) => a.name)).toEqual([
    '南江县财政局',
    '巴中市巴州区财政局',
  ]);
  expect(comparisonHtml(c)).toContain('<th colspan="2">四川省 巴中市</th>');
});
