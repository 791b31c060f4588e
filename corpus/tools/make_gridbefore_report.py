#!/usr/bin/env python3
"""Make a Word annual report whose table 3 has rows that start some grid columns in (w:gridBefore),
as Word writes a table after a user deletes the leading cells of merged groups instead of merging
them. Reads the filled 2021 template (corpus/reports/filled-2021-template-shanghai-2019.docx) and,
in its second table, drops each row's leading cells that continue a vertical merge (w:vMerge
without restart), recording their grid width as w:gridBefore; in those rows a cell holding 0 is
left empty, as many reports print zeros. Python 3 standard library only.
Usage: make_gridbefore_report.py IN.docx OUT.docx"""
import re
import sys
import zipfile

source, out = sys.argv[1], sys.argv[2]

def span(tc):
    m = re.search(r'<w:gridSpan w:val="(\d+)"/>', tc)
    return int(m.group(1)) if m else 1

def continues(tc):
    return re.search(r'<w:vMerge(?: w:val="continue")?/>', tc) is not None

def rewrite_row(tr):
    cells = list(re.finditer(r'<w:tc>.*?</w:tc>', tr, re.S))
    before = 0
    drop_to = None
    for m in cells:
        if not continues(m.group(0)):
            break
        before += span(m.group(0))
        drop_to = m.end()
    if before == 0 or drop_to == len(tr) or drop_to == cells[-1].end():
        return tr
    start = cells[0].start()
    row = tr[:start] + re.sub(r'<w:t>0</w:t>', '<w:t></w:t>', tr[drop_to:])
    grid_before = f'<w:gridBefore w:val="{before}"/>'
    if '<w:trPr>' in row:
        return row.replace('<w:trPr>', '<w:trPr>' + grid_before, 1)
    return re.sub(r'(<w:tr(?: [^>]*)?>)', r'\1<w:trPr>' + grid_before + '</w:trPr>', row, count=1)

with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            tables = list(re.finditer(r'<w:tbl>.*?</w:tbl>', xml, re.S))
            t = tables[1]
            table = re.sub(r'<w:tr[ >].*?</w:tr>', lambda m: rewrite_row(m.group(0)), t.group(0), flags=re.S)
            xml = xml[:t.start()] + table + xml[t.end():]
            data = xml.encode('utf-8')
        zout.writestr(item, data)
