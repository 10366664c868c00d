#!/bin/bash
# Build everything: xlsx -> pdf, fodt -> docx -> (numbering rewrite) -> pdf, D4 pdf via pdftocairo (CID TrueType).
set -e
cd "$(dirname "$0")"
PY=/usr/bin/python3
rm -rf out; mkdir -p out/pdf out/docx
$PY make_xlsx.py
$PY make_docx.py
soffice --headless --convert-to pdf --outdir out/pdf out/xlsx/*.xlsx >/dev/null 2>&1
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir out/docx out/fodt/*.fodt >/dev/null 2>&1
$PY post_docx.py
soffice --headless --convert-to pdf --outdir out/pdf out/docx/*.docx >/dev/null 2>&1
mv out/pdf/D4_*.pdf /tmp/D4_lo.pdf
pdftocairo -pdf /tmp/D4_lo.pdf "out/pdf/D4_某某县民政局2023年度部门决算情况说明.pdf"
# the corpus that is checked
rm -rf corpus; mkdir -p corpus
cp out/pdf/*.pdf out/docx/*.docx corpus/
ls corpus | wc -l
