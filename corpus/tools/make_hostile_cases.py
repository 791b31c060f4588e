#!/usr/bin/env python3
"""Named hostile cases written with the standard library only, each the smallest input of a kind a
fuzz campaign broke (see corpus/fuzz/README.md): python3 corpus/tools/make_hostile_cases.py corpus/fuzz"""
import pathlib, sys, zipfile

OUT = pathlib.Path(sys.argv[1])
HEAD = ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开主体']
ROW = ['2', '政府信息公开指南', '公开方式、申请渠道。', '《中华人民共和国政府信息公开条例》', '20个工作日内', '办公室']

# CSV: the first data row holds a stray quote (the README's own example), or is longer than 64 KiB.
csv = lambda first: '\r\n'.join(','.join(r) for r in [HEAD, first, ROW]) + '\r\n'
(OUT / 'csv-stray-quote-first-row.csv').write_text(
    csv(['1', '"双随机、一公开"监管结果', '抽查事项、抽查结果。', '《条例》', '20个工作日内', '执法股']), encoding='utf-8')
(OUT / 'csv-long-first-record.csv').write_text(
    csv(['1', '随机抽查结果', '抽查' * 35000, '《条例》', '20个工作日内', '执法股']), encoding='utf-8')

# HTML: the catalogue inside 2,000 nested <div>s.
table = '<table>' + ''.join('<tr>' + ''.join(f'<td>{c}</td>' for c in r) + '</tr>' for r in [HEAD, ROW]) + '</table>'
(OUT / 'html-nested-divs.html').write_text(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某局政府信息公开目录</title></head><body>'
    + '<div>' * 2000 + table + '</div>' * 2000 + '</body></html>', encoding='utf-8')

# .docx: a FORMCHECKBOX field whose end is missing, before the text of its cell.
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
box = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:checked w:val="1"/></w:checkBox></w:ffData>'
       '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>')
cell = lambda *paras: '<w:tc>' + ''.join(f'<w:p>{x}</w:p>' for x in paras) + '</w:tc>'
text = lambda t: f'<w:r><w:t>{t}</w:t></w:r>'
rows = [[cell(text(h)) for h in HEAD + ['公开渠道']],
        [cell(text(c)) for c in ROW] + [cell(box + text('政府网站'), text('政府公报'))]]
body = '<w:tbl>' + ''.join('<w:tr>' + ''.join(r) + '</w:tr>' for r in rows) + '</w:tbl>'
with zipfile.ZipFile(OUT / 'docx-checkbox-no-end.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')

# TSV: a header and rows 2,000 cells wide.
wide = ['序号', '事项名称'] + ['公开时限'] * 1998
(OUT / 'tsv-wide.tsv').write_text('\n'.join('\t'.join(r) for r in [wide] + [[str(k), f'事项{k}'] + ['20个工作日内'] * 1998 for k in (1, 2, 3)]) + '\n', encoding='utf-8')
