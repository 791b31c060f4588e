#!/usr/bin/env python3
"""Hand-built WordprocessingML edge cases and broken archives, written with the standard library
only (zipfile, zlib, struct): each .docx holds the minimum parts Word needs and one table with the
feature under test. See corpus/README.md for what each file tests."""
import pathlib, struct, sys, zipfile, zlib

OUT = pathlib.Path(sys.argv[1])
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''


def run(text, font=None):
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs): return '<w:p>' + ''.join(r if r.startswith('<') else run(r) for r in runs) + '</w:p>'


def tc(*paras, span=None, vmerge=None):
    pr = ''
    if span: pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart': pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue': pr += '<w:vMerge/>'
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>' + (''.join(paras) or '<w:p/>') + '</w:tc>'


def tr(*cells, before=None):
    pr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ''
    return '<w:tr>' + pr + ''.join(cells) + '</w:tr>'


def tbl(*rows, cols=8):
    grid = '<w:tblGrid>' + '<w:gridCol w:w="1000"/>' * cols + '</w:tblGrid>'
    return '<w:tbl><w:tblPr/>' + grid + ''.join(rows) + '</w:tbl>'


def formcheckbox(checked=None, default=None):
    ff = '<w:checkBox>' + (f'<w:default w:val="{default}"/>' if default is not None else '') + (f'<w:checked w:val="{checked}"/>' if checked is not None else '') + '</w:checkBox>'
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>{ff}</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def w14box(checked):
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


HEAD = [tr(*[tc(p(t)) for t in ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象']])]
BASIS = '《中华人民共和国政府信息公开条例》（国务院令第711号）'


def row(seq, name, content='本部门的内容。', channels=None, audience=None, before=None):
    cells = [tc(p(seq)), tc(p(name)), tc(p(content)), tc(p(BASIS)), tc(p('20个工作日内')), tc(p('办公室')),
             tc(channels or p('政府网站')), tc(audience or p('全社会'))]
    return tr(*cells, before=before)


def docx(name, body):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:w14="{W14}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(OUT / 'wordml-edge' / name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS); z.writestr('word/document.xml', doc)


title = p('某局政府信息公开目录')
docx('formcheckbox.docx', title + tbl(*HEAD,
     row('1', '机构信息', channels=p(formcheckbox(checked=1), run(' 政府网站 '), formcheckbox(checked=0), run(' 政府公报'))),
     row('2', '领导信息', channels=p(formcheckbox(default=1), run(' 政府网站 '), formcheckbox(default=0), run(' 政府公报'))),
     row('3', '人事信息', channels=p(formcheckbox(default=1, checked=0), run(' 政府网站 '), formcheckbox(), run(' 政府公报')))))
docx('w14-checkbox.docx', title + tbl(*HEAD,
     row('1', '机构信息', channels=p(w14box(True), run(' 政府网站 '), w14box(False), run(' 政府公报')))))
docx('wingdings.docx', title + tbl(*HEAD,
     row('1', '机构信息', channels=p(run('R', 'Wingdings 2'), run('政府网站 '), run('£', 'Wingdings 2'), run('政府公报'))),
     row('2', '领导信息', channels=p(run('\u00fe', 'Wingdings'), run('政府网站 '), run('\u00a8', 'Wingdings'), run('政府公报'))),
     row('3', '人事信息', channels=p(run('\uf052', 'Wingdings 2'), run('政府网站 '), run('\uf0a3', 'Wingdings 2'), run('政府公报')))))
docx('vmerge-gridspan.docx', title + tbl(
     tr(tc(p('序号')), tc(p('公开事项'), span=2), *[tc(p(t)) for t in ['公开内容', '公开依据', '公开时限', '公开主体', '公开渠道']]),
     tr(tc(p('')), tc(p('一级事项')), tc(p('二级事项')), *[tc(p('')) for _ in range(5)]),
     tr(tc(p('1')), tc(p('机构信息'), vmerge='restart'), tc(p('基本信息')), tc(p('机构名称。')), tc(p(BASIS), vmerge='restart'), tc(p('20个工作日内')), tc(p('办公室')), tc(p('政府网站'))),
     tr(tc(p('2')), tc(p(''), vmerge='continue'), tc(p('领导信息')), tc(p('领导姓名。')), tc(p(''), vmerge='continue'), tc(p('20个工作日内')), tc(p('办公室')), tc(p('政府网站'))),
     tr(tc(p('3')), tc(p(''), vmerge='continue'), tc(p('内设机构')), tc(p('内设机构名称。')), tc(p(''), vmerge='continue'), tc(p('20个工作日内')), tc(p('办公室')), tc(p('政府网站')))))
# A sub-row that starts one grid column in (its 序号 cell is merged away with w:gridBefore).
docx('gridbefore.docx', title + tbl(*HEAD,
     row('1', '财政资金', content='1. 预算/决算'),
     tr(*[tc(p(t)) for t in ['财政资金', '2. 政府采购', BASIS, '20个工作日内', '办公室', '政府网站', '全社会']], before=1),
     row('2', '领导信息')))
# A bookmark between two rows of a vertical merge (mammoth dropped the table's merges there). The
# merged 公开对象 cell does not fill down, so a lost merge would show as a blank there.
body = tbl(*HEAD,
     tr(tc(p('1')), tc(p('机构信息'), vmerge='restart'), *[tc(p(t)) for t in ['机构名称。', BASIS, '20个工作日内', '办公室', '政府网站']], tc(p('全社会'), vmerge='restart')),
     '<w:bookmarkStart w:id="0" w:name="OLE_LINK1"/>',
     tr(tc(p('2')), tc(p(''), vmerge='continue'), *[tc(p(t)) for t in ['领导姓名。', BASIS, '20个工作日内', '办公室', '政府网站']], tc(p(''), vmerge='continue')),
     '<w:bookmarkEnd w:id="0"/>')
docx('bookmark-between-rows.docx', title + body)
docx('nested-table.docx', title + tbl(*HEAD,
     row('1', '机构信息', content=p('机构名称：') + tbl(tr(tc(p('内表甲')), tc(p('内表乙'))), cols=2)),
     row('2', '领导信息')))
# WordprocessingML under another prefix than w: (valid XML: what matters is the namespace; some
# generators write ns0:), and as the default namespace, without a prefix.
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
       + title + tbl(*HEAD, row('1', '机构信息'), row('2', '领导信息')) + '<w:sectPr/></w:body></w:document>')
doc = doc.replace('<w:', '<ns0:').replace('</w:', '</ns0:').replace(' w:', ' ns0:').replace('xmlns:w=', 'xmlns:ns0=')
with zipfile.ZipFile(OUT / 'wordml-edge' / 'other-prefix.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS); z.writestr('word/document.xml', doc)
doc = doc.replace('<ns0:', '<').replace('</ns0:', '</').replace('xmlns:ns0=', 'xmlns=')
with zipfile.ZipFile(OUT / 'wordml-edge' / 'default-namespace.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS); z.writestr('word/document.xml', doc)

# Broken inputs.
B = OUT / 'broken'
(B / 'damaged-ole.doc').write_bytes(bytes.fromhex('d0cf11e0a1b11ae1') + b'\0' * 504)
good = (OUT / 'wordml-edge' / 'formcheckbox.docx').read_bytes()
(B / 'truncated.docx').write_bytes(good[: len(good) // 2])
with zipfile.ZipFile(B / 'not-word.docx', 'w', zipfile.ZIP_DEFLATED) as z: z.writestr('hello.txt', '不是文档')


def raw_zip(name, data, declared, flags=0):
    """One deflated entry whose header declares `declared` bytes, whatever `data` inflates to."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15); body = comp.compress(data) + comp.flush()
    crc = zlib.crc32(data)
    local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, 0, 0, crc, len(body), declared, len(name), 0) + name + body
    central = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, 0, 0, crc, len(body), declared, len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


# A title, then 30,000 elements that never close (mammoth's XML parser took 18 s on it), and a
# document.xml without a body at all.
def broken_docx(name, doc):
    with zipfile.ZipFile(B / name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS); z.writestr('word/document.xml', doc)
broken_docx('unclosed-elements.docx', f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>' + title + '<a>' * 30000)
broken_docx('no-body.docx', f'<?xml version="1.0"?><w:document xmlns:w="{W}">' + '<a>' * 30000)
(B / 'bomb.docx').write_bytes(raw_zip(b'word/document.xml', b'\0' * (64 * 1024 * 1024), 1000))
(B / 'encrypted.docx').write_bytes(raw_zip(b'word/document.xml', b'<w:document/>', 13, flags=1))
