#!/usr/bin/env python3
"""Write each catalogue seed again as HTML, CSV and GB18030 text (and the HTML that LibreOffice
turns into .docx), so that the same catalogue can be read in every format.

Independent of gongkai: it splits the seeds by their plain layout rules (tab-separated lines, or
one tab-led cell per line) and writes:
  - NAME.html: one <table> per table of the seed; the two-row header with real colspan/rowspan;
    in data rows, a blank 序号 / 过程 / path-level cell under a filled one, in a table with a
    header, becomes part of a rowspan (path levels only when every level left of it is blank
    too, as a merged outline does); other blanks stay empty cells, as the export has them.
    <input> checkboxes are kept.
  - NAME.for-docx.html: the same with checkboxes written as ■/□ (LibreOffice would turn <input>
    into form controls); `soffice --headless --convert-to docx` makes NAME.docx from it.
  - NAME.csv: the seed's rows, Excel dialect, UTF-8 with BOM, a blank line between tables.
  - NAME.gb18030.txt: the seed's bytes re-encoded as GB18030.
  - NAME.utf16.txt: the seed's text as UTF-16 (little-endian, with BOM).
  - NAME.gb18030.html: NAME.html re-encoded as GB18030, its meta charset saying gb2312, as
    government sites serve such pages.
"""
import csv, html, io, pathlib, re, sys

SEEDS = pathlib.Path(sys.argv[1])
OUT = pathlib.Path(sys.argv[2])
NAMES = ['000_8323535ad2f7897b', '001_6b51252c69ebe662', '002_59a7dd9431f93d90']
PARENTS = {'公开事项': 2, '公开对象': 2, '公开方式': 2}  # headers that span children (002 drops the span cells)
MERGED = re.compile(r'^(序号|过程|公开事项|一级目录|二级目录|三级目录|四级目录|一级事项|二级事项)$')
PATH = re.compile(r'(级目录|级事项)$')


def tables_of_tsv(text):
    """Paragraphs and tables: a blank line ends a table; a one-cell line is a paragraph."""
    parts, rows = [], []
    for line in text.split('\n'):
        if line.strip() == '':
            if rows: parts.append(('table', rows)); rows = []
            continue
        cells = line.split('\t')
        if len(cells) == 1 and not rows: parts.append(('p', cells[0].strip()))
        else: rows.append(cells)
    if rows: parts.append(('table', rows))
    return parts


def tables_of_cells(text):
    """One tab-led cell per line; a blank line ends a row when the row is complete (width 13)."""
    frags, cur = [], []
    for line in text.split('\n'):
        if line.startswith('\t'): cur.append(line[1:])
        elif line.strip() == '':
            if cur: frags.append(cur); cur = []
        elif cur: cur[-1] += '\n' + line
        else: cur.append(line)
    if cur: frags.append(cur)
    rows, i = [], 0
    while i < len(frags):
        row = frags[i]
        while len(row) < 13 and len(row) > 1 and i + 1 < len(frags) and len(row) + len(frags[i + 1]) <= 13 and not re.match(r'^\d+$', frags[i + 1][0].strip()):
            row = row + frags[i + 1]; i += 1
        rows.append(row); i += 1
    return [('p', rows[0][0].strip()), ('table', rows[1:])]


def cell_html(text, boxes):
    t = html.escape(text.strip())
    t = re.sub(r'&lt;input checked=&quot;&quot; type=&quot;checkbox&quot;/&gt;', '<input type="checkbox" checked>' if boxes else '■', t)
    t = re.sub(r'&lt;input type=&quot;checkbox&quot;/&gt;', '<input type="checkbox">' if boxes else '□', t)
    return t.replace('\n', '<br>')


def header_rows(rows):
    """How many of the first rows are header rows, and the header's column names."""
    if not rows or rows[0][0].strip() not in ('序号', '一级目录'): return 0, []
    if len(rows) > 1 and any(c.strip() in ('一级事项', '全社会') or c.startswith('一级') for c in rows[1]):
        top, below = rows[0], rows[1]
        if len(top) < len(below):  # spans dropped: give each parent its children
            names, j = [], 0
            for t in top:
                for _ in range(PARENTS.get(t.strip(), 1)): names.append(t.strip() + '/' + below[j].replace('\n', '')); j += 1
            return 2, names
        return 2, [(t or '').strip() + '/' + b.replace('\n', '') for t, b in zip(top, below)]
    return 1, [c.strip() for c in rows[0]]


def header_html(rows, n, boxes):
    if n == 1: return '<tr>' + ''.join(f'<th>{cell_html(c, boxes)}</th>' for c in rows[0]) + '</tr>\n'
    top, below = rows[0], rows[1]
    out1, out2 = [], []
    if len(top) < len(below):
        j = 0
        for t in top:
            k = PARENTS.get(t.strip(), 1)
            if k > 1: out1.append(f'<th colspan="{k}">{cell_html(t, boxes)}</th>'); out2 += [f'<th>{cell_html(b, boxes)}</th>' for b in below[j:j + k]]
            else: out1.append(f'<th rowspan="2">{cell_html(t, boxes)}</th>')
            j += k
    else:
        j = 0
        while j < len(top):
            k = 1
            while j + k < len(top) and top[j + k].strip() == '' and below[j + k].strip() != '': k += 1
            if top[j].strip() == '' and below[j].strip() == '': out1.append('<th rowspan="2"></th>')
            elif k > 1 or below[j].strip(): out1.append(f'<th colspan="{k}">{cell_html(top[j], boxes)}</th>'); out2 += [f'<th>{cell_html(b, boxes)}</th>' for b in below[j:j + k]]
            else: out1.append(f'<th rowspan="2">{cell_html(top[j], boxes)}</th>')
            j += k
    return '<tr>' + ''.join(out1) + '</tr>\n<tr>' + ''.join(out2) + '</tr>\n'


def body_html(rows, names, boxes):
    """Data rows; blank structural cells under a filled one join its rowspan."""
    width = len(names)
    spans = {}  # (row, col) of an origin cell → rowspan
    covered = set()
    origin = {}  # col → row index of the cell whose span is open
    for r, row in enumerate(rows):
        if len(row) != width: origin = {}; continue
        for c, name in enumerate(names):
            col = name.split('/')[-1] if '/' in name else name
            blank = row[c].strip() == ''
            leftmost_path = all(rows[r][p].strip() == '' for p, pn in enumerate(names[:c]) if PATH.search(pn))
            mergeable = MERGED.match(col) or MERGED.match(name.split('/')[0])
            if blank and c in origin and mergeable and (not PATH.search(name) or leftmost_path):
                spans[origin[c]] = spans.get(origin[c], 1) + 1; covered.add((r, c))
            elif not blank and mergeable: origin[c] = (r, c)
            else: origin.pop(c, None)
    out = []
    for r, row in enumerate(rows):
        tds = []
        for c, text in enumerate(row):
            if (r, c) in covered: continue
            rs = spans.get((r, c), 1)
            tds.append(f'<td rowspan="{rs}">{cell_html(text, boxes)}</td>' if rs > 1 else f'<td>{cell_html(text, boxes)}</td>')
        out.append('<tr>' + ''.join(tds) + '</tr>\n')
    return ''.join(out)


def to_html(parts, boxes):
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府信息公开目录</title></head><body>\n']
    for kind, value in parts:
        if kind == 'p': out.append(f'<p>{html.escape(value)}</p>\n'); continue
        n, names = header_rows(value)
        out.append('<table border="1">\n')
        if n: out.append(header_html(value, n, boxes))
        out.append(body_html(value[n:], names, boxes) if n else ''.join('<tr>' + ''.join(f'<td>{cell_html(c, boxes)}</td>' for c in row) + '</tr>\n' for row in value))
        out.append('</table>\n<p></p>\n')
    out.append('</body></html>\n')
    return ''.join(out)


def to_csv(parts):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for kind, value in parts:
        if kind == 'p': w.writerow([value]); buf.write('\r\n'); continue
        for row in value: w.writerow(row)
        buf.write('\r\n')
    return buf.getvalue()


for name in NAMES:
    raw = (SEEDS / f'{name}.txt').read_bytes()
    text = raw.decode('utf-8')
    parts = tables_of_cells(text) if name.startswith('002') else tables_of_tsv(text)
    (OUT / f'{name}.html').write_text(to_html(parts, True), encoding='utf-8')
    (OUT / f'{name}.for-docx.html').write_text(to_html(parts, False), encoding='utf-8')
    (OUT / f'{name}.csv').write_bytes(b'\xef\xbb\xbf' + to_csv(parts).encode('utf-8'))
    (OUT / f'{name}.gb18030.txt').write_bytes(text.encode('gb18030'))
    (OUT / f'{name}.utf16.txt').write_bytes(text.encode('utf-16'))
    page = to_html(parts, True).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    (OUT / f'{name}.gb18030.html').write_bytes(page.encode('gb18030'))
