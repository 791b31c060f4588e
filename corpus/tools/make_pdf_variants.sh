#!/bin/sh
# PDFs made by LibreOffice 7 (Debian libreoffice-writer-nogui) into corpus/pdf/: each catalogue seed
# from its corpus .docx; the Shanghai report from its HTML page (its cells' nowrap taken out, so
# that the tables fit an A4 page as a browser's print would wrap them; Writer otherwise prints the
# table wider than the page and cuts it off); and the four-page catalogue with a page header,
# page-number footer, repeated header row and rows cut by page breaks, from make_paged_catalogue.py,
# the same without cell borders (a table known by its text's alignment), and a hundred-page one
# like it for the benchmark.
# Run from the repository root: sh corpus/tools/make_pdf_variants.sh
set -eu
out=corpus/pdf
tmp=$(mktemp -d)
mkdir -p "$out"
for n in 000_8323535ad2f7897b 001_6b51252c69ebe662 002_59a7dd9431f93d90; do
  soffice --headless --convert-to pdf --outdir "$out" "corpus/seed-variants/$n.docx"
done
sed 's/ nowrap="nowrap"//g' corpus/reports/shanghai-gov-office-2019.html > "$tmp/shanghai-gov-office-2019.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$out" "$tmp/shanghai-gov-office-2019.html"
python3 corpus/tools/make_paged_catalogue.py "$out"
soffice --headless --convert-to pdf --outdir "$out" "$out/paged-catalogue.fodt"
# The same table without cell borders, each row kept on one page.
python3 corpus/tools/make_paged_catalogue.py "$out" --name unruled-catalogue --unruled
soffice --headless --convert-to pdf --outdir "$out" "$out/unruled-catalogue.fodt"
# The same items 30 times over, about a hundred pages, for the benchmark (only its PDF is kept).
python3 corpus/tools/make_paged_catalogue.py "$tmp" --name long-catalogue --times 30
soffice --headless --convert-to pdf --outdir "$out" "$tmp/long-catalogue.fodt"
rm -r "$tmp"
