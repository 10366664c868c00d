#!/usr/bin/env bash
# Makes a batch of N documents for whole-process timings of 'reportminer check':
# the seed and its renditions (and corpus/ files, when present) replicated round-robin into
# subdirectories of 100 files, with one bad file (empty, random bytes, invalid UTF-8, a broken link)
# in every 50 documents. Deterministic: the same N gives the same files.
#
#   tests/ReportMiner.Benchmarks/scripts/make-batch.sh 10000 /tmp/batch-10000
set -euo pipefail
count="${1:?usage: make-batch.sh COUNT OUTDIR}"
out="${2:?usage: make-batch.sh COUNT OUTDIR}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"

rm -rf "$out"
mkdir -p "$out"

mapfile -t sources < <(
  {
    find "$root/seeds" -type f \( -name '*.txt' -o -name '*.docx' -o -name '*.pdf' \)
    if [ -d "$root/corpus" ]; then
      find "$root/corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.docx' -o -name '*.pdf' \) -size -8M
    fi
  } | LC_ALL=C sort
)
[ "${#sources[@]}" -gt 0 ] || { echo "make-batch: no source documents found under $root" >&2; exit 1; }

random_bytes() { # $1 = seed, $2 = length: deterministic pseudo-random bytes
  awk -v seed="$1" -v n="$2" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%c", int(rand() * 256) }' LC_ALL=C
}

bad=0
for ((i = 0; i < count; i++)); do
  dir="$out/$(printf 'd%04d' $((i / 100)))"
  [ -d "$dir" ] || mkdir -p "$dir"
  if (( i % 50 == 49 )); then
    case $((bad % 5)) in
      0) : > "$dir/$(printf 'bad%05d' "$i") empty.txt" ;;
      1) random_bytes "$i" 8192 > "$dir/$(printf 'bad%05d' "$i")-random.docx" ;;
      2) random_bytes "$i" 8192 > "$dir/$(printf 'bad%05d' "$i")-random.pdf" ;;
      3) { printf '支出预算'; printf '\xff\xfe\xc3'; printf '100万元\n'; } > "$dir/$(printf 'bad%05d' "$i")-invalid-utf8.txt" ;;
      4) ln -s "$out/no-such-target" "$dir/$(printf 'bad%05d' "$i")-broken-link.txt" ;;
    esac
    bad=$((bad + 1))
    continue
  fi
  src="${sources[$((i % ${#sources[@]}))]}"
  base="$(basename "$src")"
  cp "$src" "$dir/$(printf '%05d' "$i")-${base}"
done

echo "make-batch: $count documents ($bad bad) from ${#sources[@]} sources in $out"
