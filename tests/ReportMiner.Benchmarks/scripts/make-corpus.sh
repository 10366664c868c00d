#!/usr/bin/env bash
# Builds the parity/benchmark corpus from Debian Chinese text packages plus the repository's seed
# texts. Nothing here is committed: run it on any Debian machine.
#   apt-get install python3-jieba fortunes-zh manpages-zh debian-reference-zh-cn
#   bash tests/ReportMiner.Benchmarks/scripts/make-corpus.sh OUTDIR
set -euo pipefail
out=${1:?usage: make-corpus.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
mkdir -p "$out"
cat /usr/share/games/fortunes/{chinese,song100,tang300}.u8 > "$out/fortunes.txt"
# man pages: raw roff source, simplified and traditional (Latin options, escapes, punctuation).
find /usr/share/man/zh_CN /usr/share/man/zh_TW -name '*.gz' | sort | xargs zcat -f > "$out/manpages.txt"
# debian-reference: raw HTML (tags, URLs, entities, code mixed with Chinese).
cat /usr/share/doc/debian-reference-zh-cn/docs/*.html > "$out/debref.html.txt"
# the repository's own government-report texts
cat "$repo"/seeds/*.txt "$repo"/seeds/renditions/*.expected.txt > "$out/seeds.txt"
python3 "$here/make_tricky.py" 42 20000 > "$out/tricky.txt"
# one mixed file for throughput runs
cat "$out"/fortunes.txt "$out"/manpages.txt "$out"/debref.html.txt "$out"/seeds.txt "$out"/tricky.txt > "$out/all.txt"
wc -c -l "$out"/*.txt
