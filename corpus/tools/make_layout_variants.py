#!/usr/bin/env python3
"""Write corpus/layout-variants/: one small HTML page per catalogue layout seen in provincial
templates, each a table written here (rowspan for merged cells). Python 3 standard library only.
Usage: make_layout_variants.py OUT_DIR"""
import html
import pathlib
import sys

OUT = pathlib.Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
BASIS = '《中华人民共和国政府信息公开条例》'


def cell(value, tag='td'):
    if isinstance(value, tuple):  # (text, rowspan)
        text, rows = value
        return f'<{tag} rowspan="{rows}">{html.escape(text)}</{tag}>'
    return f'<{tag}>{html.escape(value)}</{tag}>'


def page(name, title, header, rows, second=None):
    head = '<tr>' + ''.join(cell(h, 'th') for h in header) + '</tr>'
    if second:
        head += '<tr>' + ''.join(cell(h, 'th') for h in second) + '</tr>'
    body = ''.join('<tr>' + ''.join(cell(v) for v in r) + '</tr>' for r in rows)
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f'<body><h2>{html.escape(title)}</h2><table border="1">{head}{body}</table></body></html>\n')
    (OUT / name).write_text(text, encoding='utf-8')


page('category-before-seq.html', '某县卫健局政府信息公开目录',
     ['类别', '序号', '事项名称', '公开内容', '公开依据', '公开时限'],
     [[('机构信息', 2), '1', '机构职能', '本部门职能。', BASIS, '20个工作日内'],
      ['2', '领导信息', '领导姓名、分工。', BASIS, '20个工作日内'],
      ['政策文件', '3', '规范性文件', '本部门规范性文件。', BASIS, '20个工作日内']])

page('six-levels.html', '某市政务公开标准目录',
     ['一级目录', '二级目录', '三级目录', '四级目录', '五级目录', '六级目录', '公开内容', '公开依据', '公开时限'],
     [['城乡规划', '规划编制', '总体规划', '市级', '批前公示', '草案', '规划草案文本。', BASIS, '20个工作日内']])

page('item-codes.html', '某县住建局政务公开标准目录',
     ['事项编码', '事项名称', '公开内容', '公开依据', '公开时限', '公开主体'],
     [['0505', '建筑施工许可', '许可结果。', BASIS, '7个工作日内', '县住建局'],
      ['0506', '竣工验收备案', '备案结果。', BASIS, '7个工作日内', '县住建局']])

page('publisher-variants.html', '某区民政局政府信息公开目录',
     ['事项名称', '公开内容', '公开依据', '公开时限', '承办单位'],
     [['低保对象', '低保对象名单。', BASIS, '每月10日前', '社会救助科'],
      ['养老服务', '养老机构名录。', BASIS, '20个工作日内', '养老服务股']])

page('form-and-contact.html', '某县财政局政府信息主动公开基本目录',
     ['事项类别', '事项名称', '公开内容', '公开依据', '责任股室', '公开时限', '公开渠道', '公开形式', '公开对象', '咨询及监督举报电话'],
     [[('机构信息', 2), '机构职能', '本部门职能。', BASIS, '办公室', '5个工作日内', '■政府网站 □政务微博', '■全文发布 □区分处理后发布', '社会', '0827-5281153'],
      ['领导分工', '领导姓名、分工。', BASIS, '办公室', '5个工作日内', '■政府网站 □政务微博', '□全文发布 ■区分处理后发布', '社会', '0827-5281153']])

page('level-town-village.html', '某镇政务公开标准目录',
     ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开层级', ''],
     [['1', '低保审批', '审批结果。', BASIS, '7个工作日内', '√', '√'],
      ['2', '危房改造', '补助对象。', BASIS, '7个工作日内', '', '√']],
     second=['', '', '', '', '', '镇级', '村级'])

page('audience-in-words.html', '某县自然资源局政府信息公开目录',
     ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开范围'],
     [['1', '土地征收', '征地公告。', BASIS, '7个工作日内', '项目所在地村民'],
      ['2', '矿业权出让', '出让公告。', BASIS, '20个工作日内', '社会公众'],
      ['3', '信访答复', '答复意见。', BASIS, '60日内', '申请人']])

page('boxes-as-letters.html', '某乡政府信息公开目录',
     ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开渠道和载体'],
     [['1', '惠农补贴', '补贴对象、标准。', BASIS, '公示7个工作日，结果公开20个工作日内', 't政府网站 口政府公报 t公示栏']])

page('unknown-column-beside-known.html', '某县教育局政府信息公开目录',
     ['序号', '事项名称', '经办人', '公开内容', '公开依据', '公开时限'],
     [['1', '招生政策', '张三', '招生范围、时间、条件。', BASIS, '20个工作日内'],
      ['2', '学校名录', '李四', '学校名称、地址。', BASIS, '20个工作日内'],
      ['3', '教师招聘', '王五', '招聘公告、结果。', BASIS, '20个工作日内']])

page('office-names-under-unknown-header.html', '某县司法局政府信息公开目录',
     ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '负责股室（单位）'],
     [['1', '法律援助', '援助条件、程序。', BASIS, '20个工作日内', '法律援助中心'],
      ['2', '人民调解', '调解组织名录。', BASIS, '20个工作日内', '基层股'],
      ['3', '普法宣传', '普法活动。', BASIS, '20个工作日内', '办公室']])
