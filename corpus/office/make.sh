#!/bin/sh
# Regenerates the office corpus: HTML sources (src/*.html, written by src/generate.py) → .docx (LibreOffice Writer) → .pdf;
# src/borderless.text (tables laid out with tabs, no ruling lines) → .pdf through Writer's text import; src/calc-*.csv
# (spreadsheets printed without borders, default narrow columns) → .pdf through Calc.
# Needs: apt-get install libreoffice-writer-nogui fonts-noto-cjk (LibreOffice 7.4.7 was used).
# The .docx files are byte-stable only up to their timestamps; the expected findings do not depend on them.
set -eu
cd "$(dirname "$0")"
python3 src/generate.py
home=$(mktemp -d)
for f in src/*.html; do
  name=$(basename "$f" .html)
  HOME="$home" soffice --headless --norestore --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir . "$f" >/dev/null
  HOME="$home" soffice --headless --norestore --convert-to pdf --outdir . "$name.docx" >/dev/null
done
HOME="$home" soffice --headless --norestore --infilter="Text (encoded):UTF8" --convert-to pdf --outdir . src/borderless.text >/dev/null
for f in src/calc-*.csv; do
  HOME="$home" soffice --headless --norestore --infilter="Text - txt - csv (StarCalc):44,34,76,1" --convert-to pdf --outdir . "$f" >/dev/null
done
rm -rf "$home"
