#!/usr/bin/env bash
# Side-by-side: python jieba 0.42.1, cppjieba (nodejieba), jieba-rs (@node-rs/jieba) and
# ReportMiner.Segmentation on the same text, one thread each, same protocol (fresh process: load
# time; then every line cut, best of the rounds; MB/s = UTF-8 bytes of the lines / seconds), plus
# the share of lines identical to python jieba's output.
#
# Needs: apt-get install python3-jieba fortunes-zh manpages-zh debian-reference-zh-cn nodejs npm
#        (cd $NODE_DIR && npm_config_yes=true npm install nodejieba @node-rs/jieba)
# usage: bash tests/ReportMiner.Benchmarks/scripts/compare.sh WORKDIR NODE_DIR [FILE...]
#        (default FILEs: WORKDIR/all.txt and WORKDIR/fortunes.txt from make-corpus.sh)
set -euo pipefail
work=${1:?WORKDIR}; node_dir=${2:?NODE_DIR with node_modules}; shift 2
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/../../.." && pwd)
[ -f "$work/all.txt" ] || bash "$here/make-corpus.sh" "$work" > /dev/null
files=("$@"); [ ${#files[@]} -gt 0 ] || files=("$work/all.txt" "$work/fortunes.txt")
dotnet build -c Release "$repo/tests/ReportMiner.Benchmarks" -o "$work/bench" > "$work/build.log"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(dotnet --version | sed 's/^/dotnet /'); node $(node --version)"
for f in "${files[@]}"; do
  b=$(basename "$f" .txt)
  echo "== $f ($(wc -c < "$f") bytes, $(wc -l < "$f") lines)"
  /usr/bin/python3 "$here/cut_python.py" "$f" --rounds 1 --out "$work/$b.python.tsv" --no-cache
  for port in nodejieba @node-rs/jieba; do
    (cd "$node_dir" && NODE_PATH="$node_dir/node_modules" node "$here/cut_node.js" "$port" "$f" --rounds 3 --out "$work/$b.${port//[@\/]/_}.tsv")
    echo "   agreement with python jieba: $(python3 "$here/agreement.py" "$work/$b.python.tsv" "$work/$b.${port//[@\/]/_}.tsv")"
  done
  "$work/bench/ReportMiner.Benchmarks" segment-throughput "$f" --rounds 3 --out "$work/$b.reportminer.tsv"
  echo "   agreement with python jieba: $(python3 "$here/agreement.py" "$work/$b.python.tsv" "$work/$b.reportminer.tsv")"
  "$work/bench/ReportMiner.Benchmarks" segment-throughput "$f" --rounds 3 --threads 2
done
