#!/bin/bash
# rebuild every test file from scratch
set -e
cd "$(dirname "$0")"
PY=/usr/bin/python3
rm -rf xlsx mut_xlsx docx mut_docx pdf inputs
$PY make_xlsx.py xlsx
$PY verify_xlsx.py xlsx/*.xlsx mut_xlsx/*.xlsx
$PY make_docx.py
mkdir -p pdf
soffice --headless --convert-to pdf --outdir pdf xlsx/*.xlsx mut_xlsx/*.xlsx docx/*.docx mut_docx/*.docx >/dev/null 2>&1
pdftocairo -pdf pdf/D_linchuan_transport_2023_juesuan.pdf pdf/D_linchuan_transport_2023_juesuan_cairo.pdf
mkdir -p inputs/clean inputs/mutants inputs/extra inputs/probes
cp pdf/A_*.pdf pdf/B_*.pdf pdf/C_*.pdf pdf/E_*.pdf pdf/X*.pdf docx/X*.docx pdf/D_*_cairo.pdf inputs/clean/
cp pdf/D_linchuan_transport_2023_juesuan.pdf inputs/extra/D_linchuan_transport_2023_juesuan_soffice.pdf
cp pdf/M*.pdf mut_docx/*.docx inputs/mutants/
cp pdf/P*.pdf inputs/probes/
$PY make_manifest.py
pdffonts inputs/clean/D_linchuan_transport_2023_juesuan_cairo.pdf
