#!/usr/bin/env bash
# Real-size articles for the speed benchmarks, made at bench time from public news text (never committed):
# each PolNeAR training article of at least 800 words, cut after the paragraph that reaches 800 words.
# The headline's closing full stop is dropped: a first line ending in one is not taken for a title (yet).
# Usage: bench/Batch/make-articles.sh [OUT_DIR]      (default /work/data/articles800)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${POLNEAR:-$root/../shared/data/attributions/polnear/train/text}
out=${1:-/work/data/articles800}
mkdir -p "$out"
for f in "$src"/*.txt; do
  # Paragraph mode: the first record is the headline, then paragraphs until 800 words of body.
  awk 'BEGIN { RS = ""; ORS = "\n\n" } NR == 1 { sub(/\.$/, ""); print; next } { print; words += NF; if (words >= 800) { done = 1; exit } }
       END { exit done ? 0 : 1 }' "$f" > "$out/$(basename "$f")" || rm -f "$out/$(basename "$f")"
done
ls "$out" | wc -l | xargs echo "articles of 800+ words in $out:"
