#!/usr/bin/env bash
# Byte-identity check for refactors: run `stance -f jsonl` over every gold text in
# ../shared/eval/ (when present) and every fixture, and compare with a saved baseline.
#
#   scripts/same-output.sh save   # before the refactor: write the baseline
#   scripts/same-output.sh check  # after it: exit 1 and show the diff if anything changed
#
# The baseline lives in .bench/same-output/ (ignored by git). Builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
dir=.bench/same-output
mkdir -p "$dir"
npm run build >/dev/null
out=$(mktemp)
{
  for f in ../shared/eval/*.jsonl; do
    [ -f "$f" ] || continue
    echo "## $f"
    node bin/stance.js -f jsonl -j 1 -q "$f" 2>/dev/null || true
  done
  for f in $(find fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.text' -o -name '*.html' -o -name '*.json' -o -name '*.jsonl' -o -name '*.ndjson' \) | LC_ALL=C sort); do
    echo "## $f"
    node bin/stance.js -f jsonl -j 1 -q "$f" 2>/dev/null || true
  done
} >"$out"
if [ "$mode" = save ]; then
  mv "$out" "$dir/baseline.jsonl"
  echo "saved $(wc -l <"$dir/baseline.jsonl") lines to $dir/baseline.jsonl"
else
  if cmp -s "$dir/baseline.jsonl" "$out"; then
    echo "identical ($(wc -l <"$out") lines)"
    rm -f "$out"
  else
    diff "$dir/baseline.jsonl" "$out" | head -40 || true
    echo "DIFFERENT: full output in $out" >&2
    exit 1
  fi
fi
