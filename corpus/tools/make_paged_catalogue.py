#!/usr/bin/env python3
"""Write a catalogue that runs over four A4 pages as a flat OpenDocument text (.fodt), with a page
header and a page-number footer on every page, the table's header row repeated on each page, rows
the page breaks cut, and 一级事项 cells merged over rows on both sides of a break; and the same
table as tab-separated text (merged cells blank below their first row, as a text export leaves them).
The items are written here. Python 3 standard library only; LibreOffice makes the PDF
(corpus/tools/make_pdf_variants.sh).
Usage: make_paged_catalogue.py OUT_DIR [--name NAME] [--times N] [--unruled]
--times N writes the three groups of items N times over (a long document for the benchmark);
--unruled draws no cell borders and keeps each row on one page (a table known only by the
alignment of its text)."""
import argparse
import pathlib
from xml.sax.saxutils import escape

args = argparse.ArgumentParser()
args.add_argument('out')
args.add_argument('--name', default='paged-catalogue')
args.add_argument('--times', type=int, default=1)
args.add_argument('--unruled', action='store_true')
args = args.parse_args()
OUT = pathlib.Path(args.out)
OUT.mkdir(parents=True, exist_ok=True)
NAME = args.name
TIMES = args.times
BORDER = 'none' if args.unruled else '0.5pt solid #000000'
HEADER = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体']
WIDTHS = [1.0, 1.6, 1.8, 4.2, 3.6, 2.0, 1.4, 1.4]  # cm, 17 in all
BASIS = '《中华人民共和国政府信息公开条例》（国务院令第711号）；《中华人民共和国预算法》'
GROUPS = TIMES * [
    ('预决算信息', ['部门预算', '部门决算', '“三公”经费预算', '“三公”经费决算', '政府采购预算', '绩效目标', '绩效自评', '项目支出绩效评价']),
    ('财政资金', ['转移支付', '专项资金管理办法', '专项资金分配结果', '惠民惠农补贴', '债务限额', '债务余额', '债券发行', '还本付息']),
    ('政府采购', ['采购意向', '采购公告', '中标公告', '合同公告', '履约验收', '投诉处理', '违法失信行为', '集中采购目录']),
]
rows = []
for level1, names in GROUPS:
    for k, name in enumerate(names):
        content = (f'{name}的编制说明、报表及其附件；{name}涉及的项目名称、金额、资金来源和使用方向；'
                   f'公开后收到的意见及其处理情况。')
        rows.append([str(len(rows) + 1), level1 if k == 0 else '', name, content, BASIS,
                     '信息形成或变更之日起20个工作日内', '县财政局', '政府网站'])

with open(OUT / f'{NAME}.tsv', 'w', encoding='utf-8') as f:
    f.write('某县财政局财政预决算领域基层政务公开标准目录\n')
    f.write('\t'.join(HEADER) + '\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')


def cell(text, span=1):
    extra = f' table:number-rows-spanned="{span}"' if span > 1 else ''
    return (f'<table:table-cell table:style-name="cell" office:value-type="string"{extra}>'
            f'<text:p>{escape(text)}</text:p></table:table-cell>')


body = []
first = 0
for level1, names in GROUPS:
    for k in range(len(names)):
        r = rows[first + k]
        cells = [cell(r[0])]
        cells.append(cell(level1, len(names)) if k == 0 else '<table:covered-table-cell/>')
        cells += [cell(v) for v in r[2:]]
        body.append('<table:table-row table:style-name="row">' + ''.join(cells) + '</table:table-row>')
    first += len(names)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
columns = ''.join(f'<style:style style:name="c{i}" style:family="table-column">'
                  f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
                  for i, w in enumerate(WIDTHS))
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph">
<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
{columns}
<style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="{BORDER}" fo:padding="0.08cm"/></style:style>
<style:style style:name="row" style:family="table-row"><style:table-row-properties fo:keep-together="{'always' if args.unruled else 'auto'}"/></style:style>
<style:style style:name="title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="15pt" style:font-size-asian="15pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>某县财政局政务公开专栏</text:p></style:header>
<style:footer><text:p>第 <text:page-number text:select-page="current">1</text:page-number> 页 共 <text:page-count>3</text:page-count> 页</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="title">某县财政局财政预决算领域基层政务公开标准目录</text:p>
<table:table table:name="catalogue" table:style-name="tbl">
{''.join(f'<table:table-column table:style-name="c{i}"/>' for i in range(len(WIDTHS)))}
<table:table-header-rows><table:table-row>{''.join(cell(h) for h in HEADER)}</table:table-row></table:table-header-rows>
{''.join(body)}
</table:table>
</office:text></office:body></office:document>
'''
(OUT / f'{NAME}.fodt').write_text(doc, encoding='utf-8')
