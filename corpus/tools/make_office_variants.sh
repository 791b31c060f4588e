#!/bin/sh
# Each catalogue seed and the blank 2021 report template as Word 97 (.doc) and as workbooks (.xlsx,
# .xls, .ods), made by LibreOffice 7 (Debian libreoffice-writer-nogui and libreoffice-calc-nogui)
# from the corpus .docx and HTML. Run from the repository root: sh corpus/tools/make_office_variants.sh
set -eu
tmp=$(mktemp -d)
for n in 000_8323535ad2f7897b 001_6b51252c69ebe662 002_59a7dd9431f93d90; do
  soffice --headless --convert-to doc --outdir corpus/seed-variants "corpus/seed-variants/$n.docx"
  # Calc stacks a page's tables one under the other; a paragraph of one U+3000 after each table
  # leaves an empty row between them, as a person laying the tables out in a sheet would.
  sed 's#</table>#</table><p>　</p>#g' "corpus/seed-variants/$n.for-docx.html" > "$tmp/$n.html"
  for format in xlsx xls ods; do
    soffice --headless --infilter="HTML (StarCalc)" --convert-to "$format" --outdir corpus/seed-variants "$tmp/$n.html"
  done
done
template=corpus/reports/annual-report-template-2021
soffice --headless --convert-to doc --outdir corpus/reports "$template.docx"
soffice --headless --convert-to 'html:XHTML Writer File:UTF8' --outdir "$tmp" "$template.docx"
for format in xlsx xls ods; do
  soffice --headless --infilter="HTML (StarCalc)" --convert-to "$format" --outdir corpus/reports "$tmp/annual-report-template-2021.html"
done
rm -r "$tmp"
