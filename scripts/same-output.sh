#!/usr/bin/env bash
# Byte-identity check for refactors: run `stance -f jsonl` over every gold text in
# ../shared/eval/ (when present; EVAL_DIR=... names another folder, as from a git worktree)
# and every fixture, and compare with a saved baseline.
#
#   scripts/same-output.sh save   # before the refactor: write the baseline
#   scripts/same-output.sh check  # after it: exit 1 and show the diff if anything changed
#
# The wholly held-out eval sets (fixtures/eval/own2, own5, own6, own7 and the eval folder's dev4: see fixtures/eval/README.md)
# are checked too, but a difference there is reported by file name only: nobody tuning the
# tool may read their texts or the tool's output on them.
#
# The baseline lives in .bench/same-output/ (ignored by git), one file per input. Builds first.
# STANCE_FULL_TAG=1 runs every input with --full-tag against its own baseline (.bench/same-output-full/).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
eval_dir=${EVAL_DIR:-../shared/eval}
held_out=${HELD_OUT:-'(^fixtures/eval/own[2567]|/dev4)\.jsonl$'}
npm run build >/dev/null
out=$(mktemp -d)
inputs=()
for f in "$eval_dir"/*.jsonl; do [ -f "$f" ] && inputs+=("$f"); done
while IFS= read -r f; do inputs+=("$f"); done < <(find fixtures -type f \( -name '*.txt' -o -name '*.md' -o -name '*.text' -o -name '*.html' -o -name '*.json' -o -name '*.jsonl' -o -name '*.ndjson' \) | LC_ALL=C sort)
for f in "${inputs[@]}"; do
  name=$(printf '%s' "$f" | sed 's#^\.\./##; s#/#__#g')
  node bin/stance.js -f jsonl -j 1 -q "$f" >"$out/$name" 2>/dev/null || true
done
dir=.bench/same-output${STANCE_FULL_TAG:+-full}
if [ "$mode" = save ]; then
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")" && mv "$out" "$dir"
  echo "saved the output of ${#inputs[@]} inputs to $dir/"
  exit 0
fi
status=0
for f in "${inputs[@]}"; do
  name=$(printf '%s' "$f" | sed 's#^\.\./##; s#/#__#g')
  if ! cmp -s "$dir/$name" "$out/$name"; then
    status=1
    if [[ "$f" =~ $held_out ]]; then echo "DIFFERENT: $f (held out: not shown)"
    else echo "DIFFERENT: $f"; diff "$dir/$name" "$out/$name" | head -20 || true; fi
  fi
done
if [ $status = 0 ]; then echo "identical (${#inputs[@]} inputs)"; rm -rf "$out"; else echo "new output in $out" >&2; fi
exit $status
