#!/usr/bin/env bash
# How long `notebook check notebooks/article.md` takes in release: every cell of the article
# parsed, lowered, resolved and its library calls checked, nothing run. Prints each of five
# runs and the median wall time. Usage: Benchmarks/check-article.sh (from the repository root).
set -euo pipefail
swift build -c release --product notebook >/dev/null
bin="$(swift build -c release --show-bin-path)/notebook"
times=()
for run in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$bin" check notebooks/article.md 2>/dev/null || { echo "notebook check reported problems"; exit 1; }
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
  printf 'run %d: %.3f s\n' "$run" "${times[-1]}"
done
printf 'median: %.3f s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
