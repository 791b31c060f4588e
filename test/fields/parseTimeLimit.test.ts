import { parseTimeLimit } from '../../src/fields/timeLimit.js';

describe('parseTimeLimit', () => {
  test.each([
    ['自该信息形成或者变更之日起20个工作日内', 20, 'workday', '形成或者变更', null],
    ['该政府信息形成或变更之日起20个工作日内公开', 20, 'workday', '形成或变更', null],
    ['20个工作日内', 20, 'workday', null, null],
    ['7个工作日内', 7, 'workday', null, null],
    ['批复后20日内', 20, 'day', '批复', null],
    ['本级政府财政部门批复后20日内。', 20, 'day', '本级政府财政部门批复', null],
    ['政策文件公开发布后3个工作日内', 3, 'workday', '政策文件公开发布', null],
    ['意见征集结束后一个月内', 1, 'month', '意见征集结束', null],
    ['制定或获取信息之日起十个工作日内', 10, 'workday', '制定或获取信息', null],
    ['实时公开', null, null, null, '实时'],
    ['及时公开', null, null, null, '及时'],
    ['按规定及时公开', null, null, null, '及时'],
    ['按进展情况及时公开', null, null, null, '及时'],
    ['常年公开', null, null, null, '常年'],
    ['每年1月31日前', null, null, null, null], // a date, not a duration
    [`${'9'.repeat(400)}个工作日内`, null, null, null, null], // no count a time limit can be: none read
  ])('%j', (text, days, unit, trigger, qualifier) => {
    expect(parseTimeLimit(text)).toEqual({ text, days, unit, trigger, qualifier });
  });

  test('two limits in one cell: the first, and the rest in also', () => {
    expect(parseTimeLimit('制定或获取信息之日起10个工作日内，公示7个工作日')).toMatchObject({
      days: 10,
      unit: 'workday',
      trigger: '制定或获取信息',
      also: [{ days: 7, unit: 'workday', trigger: null }],
    });
  });

  test('同上 takes the values of the row above and says so', () => {
    const above = parseTimeLimit('自该信息形成或者变更之日起20个工作日内');
    expect(parseTimeLimit('同上', above)).toEqual({ ...above, text: '同上', sameAsAbove: true });
    expect(parseTimeLimit('同上', null)).toMatchObject({ text: '同上', days: null });
  });
});
