#!/usr/bin/env python3
"""Fill the blank 2021 annual-report template (.docx) with the numbers of the Shanghai 2019
report (corpus/reports/shanghai-gov-office-2019.html), read off that page by hand, to make a real
Word annual report. Uses python-docx (Debian python3-docx). Table 2 of the 2021 form asks for
制发 / 废止 / 现行有效; the 2019 page gives 新制作 / 新公开 / 对外公开总数量, so 制发 = 新制作,
废止 = 0, 现行有效 = 对外公开总数量 here. Usage: fill_report_template.py TEMPLATE OUT."""
import sys
import docx

template, out = sys.argv[1], sys.argv[2]
d = docx.Document(template)

next(p for p in d.paragraphs if p.text == '政府信息公开工作年度报告格式模板').text = '上海市人民政府办公厅2019年政府信息公开工作年度报告'
fills = {'一、总体情况': '2019年，全年共收到政府信息公开申请859件，办结805件。', '五、存在的主要问题及改进情况': '专业领域的理论学习仍需加强。', '六、其他需要报告的事项': '无。'}
paragraphs = d.paragraphs
for i, p in enumerate(paragraphs):
    if p.text.strip() in fills and i + 1 < len(paragraphs) and paragraphs[i + 1].text.startswith('（文字描述'):
        paragraphs[i + 1].text = fills[p.text.strip()]

def put(table, row, col, value):
    table.rows[row].cells[col].text = str(value)

t2, t3, t4 = d.tables
for row, values in {2: (13, 0, 524), 3: (60, 0, 368)}.items():
    for k, v in enumerate(values): put(t2, row, 1 + k, v)
for row in (6, 9, 10, 13): put(t2, row, 1, 0)

table3 = {
    3: (821, 35, 0, 0, 2, 1, 859), 4: (18, 0, 0, 0, 0, 0, 18), 5: (258, 12, 0, 0, 1, 1, 272), 6: (3, 0, 0, 0, 0, 0, 3),
    7: (14, 0, 0, 0, 0, 0, 14), 8: (0,) * 7, 9: (0,) * 7, 10: (0,) * 7, 11: (5, 0, 0, 0, 0, 0, 5), 12: (3, 1, 0, 0, 0, 0, 4),
    13: (0,) * 7, 14: (10, 2, 0, 0, 0, 0, 12), 15: (252, 12, 0, 0, 1, 0, 265), 16: (44, 3, 0, 0, 0, 0, 47), 17: (25, 0, 0, 0, 0, 0, 25),
    18: (148, 1, 0, 0, 0, 0, 149), 19: (5, 4, 0, 0, 0, 0, 9), 20: (0,) * 7, 21: (0,) * 7, 22: (0,) * 7,
    23: (0,) * 7, 24: (0,) * 7, 25: (0,) * 7, 26: (767, 35, 0, 0, 2, 1, 805), 27: (72, 0, 0, 0, 0, 0, 72),
}
for row, values in table3.items():
    for k, v in enumerate(values): put(t3, row, 3 + k, v)
for k, v in enumerate((5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0)): put(t4, 3, k, v)
d.save(out)
