// The gazetteer, on agency names: where a name places its agency, and when it cannot say.
import { placeOfName } from '../../src/vocabulary/divisions.js';

test.each([
  ['信阳市浉河区工信局', { kind: 'found', province: '河南省', city: '信阳市' }],
  ['周村区科技局', { kind: 'found', province: '山东省', city: '淄博市' }],
  ['安宁市工业和科学技术信息化局', { kind: 'found', province: '云南省', city: '昆明市' }], // a county-level city
  ['南江县财政局', { kind: 'found', province: '四川省', city: '巴中市' }],
  ['巴中市巴州区财政局', { kind: 'found', province: '四川省', city: '巴中市' }],
  ['河南省工业和信息化厅', { kind: 'found', province: '河南省', city: null }],
  ['上海市人民政府办公厅', { kind: 'found', province: '上海市', city: null }], // a municipality: no city
  ['北京市朝阳区教育委员会', { kind: 'found', province: '北京市', city: null }], // the province settles 朝阳区
  ['某局', { kind: 'none' }],
])('%s → %j', (name, place) => {
  expect(placeOfName(name)).toEqual(place);
});

test('a county name that several places share is ambiguous, with every place listed', () => {
  expect(placeOfName('朝阳区教育委员会')).toEqual({
    kind: 'ambiguous',
    name: '朝阳区',
    places: [
      { province: '北京市', city: null },
      { province: '吉林省', city: '长春市' },
    ],
  });
});
