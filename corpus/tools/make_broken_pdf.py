#!/usr/bin/env python3
"""Broken and textless PDFs for corpus/broken/. Python 3 standard library only.
- scanned.pdf: one A4 page whose only content is an image (grey stripes, as a scanner's page would
  be pixels), so it has no text layer;
- truncated.pdf: the first third of reports/huaian-gov-2024.pdf.
(encrypted.pdf is made by LibreOffice: see corpus/README.md.)
Usage: make_broken_pdf.py CORPUS_DIR"""
import pathlib
import sys
import zlib

corpus = pathlib.Path(sys.argv[1])
out = corpus / 'broken'

width, height = 200, 283
pixels = bytes((0x40 if (y // 8) % 2 else 0xd0) for y in range(height) for _ in range(width))
image = zlib.compress(pixels)
objects = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (width, height, len(image)) + image + b'\nendstream',
]
content = b'q 595 0 0 842 0 0 cm /Im1 Do Q'
objects.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
pdf = bytearray(b'%PDF-1.4\n')
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b'%d 0 obj\n' % number + body + b'\nendobj\n'
xref = len(pdf)
pdf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
for offset in offsets:
    pdf += b'%010d 00000 n \n' % offset
pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
(out / 'scanned.pdf').write_bytes(bytes(pdf))

report = (corpus / 'reports' / 'huaian-gov-2024.pdf').read_bytes()
(out / 'truncated.pdf').write_bytes(report[: len(report) // 3])
