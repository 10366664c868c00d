#!/bin/sh
# Regenerates the office corpus: HTML sources (src/*.html, written by src/generate.py) → .docx (LibreOffice Writer) → .pdf.
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
rm -rf "$home"
