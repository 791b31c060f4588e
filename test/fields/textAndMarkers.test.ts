import { cleanText, joinWrapped } from '../../src/fields/cleanText.js';
import { splitMarkers } from '../../src/fields/markers.js';

describe('cleanText', () => {
  test.each([
    ['[bookmark: _Hlk11998333][bookmark: OLE_LINK7]6', '6', ['[bookmark: _Hlk11998333]', '[bookmark: OLE_LINK7]']],
    ['[bookmark: _GoBack]《条例》', '《条例》', ['[bookmark: _GoBack]']],
    ['**政务公开**目录', '政务公开目录', ['**政务公开**']],
    ['见<http://www.gov.cn>', '见http://www.gov.cn', ['<http://www.gov.cn>']],
    ['  一行\n\n  二行  ', '一行\n二行', []],
    ['\u3000', '', []],
  ])('%j', (raw, text, removed) => {
    expect(cleanText(raw)).toEqual({ text, removed });
  });
});

describe('joinWrapped', () => {
  test.each([
    ['一级\n目录', '一级目录'],
    ['政府工作部 门', '政府工作部门'],
    ['依申\n请公开', '依申请公开'],
    ['12345 热线', '12345 热线'], // a space next to a digit is kept
  ])('%j → %j', (raw, joined) => {
    expect(joinWrapped(raw)).toBe(joined);
  });
});

describe('splitMarkers', () => {
  test.each([
    ['●规范性文件', '规范性文件', ['●']],
    ['▲各部门预算', '各部门预算', ['▲']],
    ['●▲信用信息', '信用信息', ['●', '▲']],
    ['政府领导', '政府领导', []],
  ])('%j', (raw, name, markers) => {
    expect(splitMarkers(raw)).toEqual({ name, markers });
  });
});
