// The channels of disclosure (公开渠道和载体) of the national standard catalogue, each with the
// other names agencies print for it.

/** Vocabulary name → aliases. The name is what `channel.name` carries. */
export const channelVocabulary: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['政府网站', ['门户网站', '政府门户网站', '网站']],
  ['政府公报', ['公报']],
  ['政务新媒体', ['两微一端', '新媒体', '微博微信', '政务微博', '政务微信']],
  ['发布会/听证会', ['发布会', '听证会', '新闻发布会']],
  ['广播电视', ['广播', '电视']],
  ['纸质媒体', ['纸质载体', '报刊', '报纸']],
  ['公开查阅点', ['政府信息公开查阅点', '查阅点', '信息公开查阅点']],
  ['政务服务中心', ['行政服务中心', '政务大厅', '政务服务大厅']],
  ['便民服务站', ['便民服务中心']],
  ['入户/现场', ['入户', '现场']],
  ['社区/企事业单位/村公示栏（电子屏）', ['公示栏', '公示栏（电子屏）', '社区/企事业单位/村公示栏']],
  ['精准推送', []],
  ['12345政务服务热线', ['12345热线', '政务服务热线']],
  ['其他', ['其它']],
];
