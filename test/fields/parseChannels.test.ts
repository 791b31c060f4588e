import { channelName, parseChannels } from '../../src/fields/channels.js';

describe('channelName', () => {
  test.each([
    ['政府网站', '政府网站'],
    ['两微一端', '政务新媒体'],
    ['政务新媒体（根据具体情况选择）', '政务新媒体'],
    ['发布会', '发布会/听证会'],
    ['发布会/听证会', '发布会/听证会'],
    ['纸质载体', '纸质媒体'],
    ['行政服务中心', '政务服务中心'],
    ['入户/现场宣传', '入户/现场'],
    ['社区/企事业单位/村公示栏（电子屏）', '社区/企事业单位/村公示栏（电子屏）'],
    ['12345热线', '12345政务服务热线'],
    ['图书馆', null],
    ['村（居）公示栏', null],
    ['信用中国网站', null],
  ])('%j → %j', (label, name) => {
    expect(channelName(label)).toBe(name);
  });
});

describe('parseChannels', () => {
  test('a ■/□ list over several lines', () => {
    const { channels } = parseChannels(['■政府网站   □政府公报\n□两微一端   ■发布会']);
    expect(channels).toEqual([
      { name: '政府网站', label: '政府网站', checked: true, known: true },
      { name: '政府公报', label: '政府公报', checked: false, known: true },
      { name: '政务新媒体', label: '两微一端', checked: false, known: true },
      { name: '发布会/听证会', label: '发布会', checked: true, known: true },
    ]);
  });

  test('a list split over two cells is one list', () => {
    const { channels } = parseChannels([
      '<input checked="" type="checkbox"/> 政府网站',
      '<input type="checkbox"/> 图书馆',
    ]);
    expect(channels.map((c) => [c.name, c.checked, c.known])).toEqual([
      ['政府网站', true, true],
      ['图书馆', false, false],
    ]);
  });

  test('plain text channels are checked; free text is kept as unknown', () => {
    const { channels } = parseChannels(['政府网站、公共资源交易平台']);
    expect(channels).toEqual([
      { name: '政府网站', label: '政府网站', checked: true, known: true },
      { name: '公共资源交易平台', label: '公共资源交易平台', checked: true, known: false },
    ]);
  });

  test('a symbol-font list says so', () => {
    expect(parseChannels(['R政府网站 £政府公报']).symbolFont).toBe(true);
  });
});
