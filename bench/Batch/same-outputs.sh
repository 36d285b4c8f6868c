#!/usr/bin/env bash
# Two published builds on the same inputs, run in turn: CPU time and peak memory of each run, then whether their
# outputs are byte-identical (manifests, which hold the version, and run records aside).
# Inputs: N copies of $ARTICLES made distinct as run.sh makes them (a batch to JSON), then the 40,000-paragraph text of
# bench/Hardening/make_cases.py (default outputs: pdf, xlsx, json).
# Usage: bench/Batch/same-outputs.sh BEFORE_BIN AFTER_BIN [N] [ROUNDS]
#   e.g. ARTICLES=/work/data/articles800 bench/Batch/same-outputs.sh pub-main pub-perf 1000 3
set -euo pipefail
before=$1 after=$2 n=${3:-1000} rounds=${4:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/batch" "$work/cases"
mapfile -t samples < <(find "${ARTICLES:-/work/data/articles800}" -maxdepth 1 -type f -name '*.txt' | sort)
for i in $(seq 1 "$n"); do
  { cat "${samples[$(( (i - 1) % ${#samples[@]} ))]}"; printf '\n\nThis copy is number %d of the benchmark batch.\n' "$i"; } > "$work/batch/doc$i.txt"
done
python3 "$root/bench/Hardening/make_cases.py" "$work/all-cases" >/dev/null
mv "$work/all-cases/paragraphs-40k.txt" "$work/cases/" && rm -rf "$work/all-cases"

run() { # BIN LABEL INPUT FORMATS
  local out="$work/out-$2-$(basename "$3")"
  rm -rf "$out"
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$1/DocReport.Cli" convert "$3" -o "$out" --format "$4" >/dev/null 2>&1 || true
  read -r user sys rss < "$work/time"
  echo "$2 $(basename "$3") $4: CPU $(awk "BEGIN{print $user + $sys}") s, peak $((rss / 1024)) MiB, load $(cut -d' ' -f1 /proc/loadavg)"
}
for r in $(seq 1 "$rounds"); do
  for input in "$work/batch:json" "$work/cases/paragraphs-40k.txt:pdf,xlsx,json"; do
    run "$before" before "${input%%:*}" "${input#*:}"
    run "$after" after "${input%%:*}" "${input#*:}"
  done
done
for input in batch paragraphs-40k.txt; do
  if diff -rq -x manifest.json -x .docreport "$work/out-before-$input" "$work/out-after-$input" >/dev/null; then
    echo "$input: outputs identical ($(find "$work/out-after-$input" -type f ! -name manifest.json | wc -l) files)"
  else
    echo "$input: OUTPUTS DIFFER"; diff -rq -x manifest.json -x .docreport "$work/out-before-$input" "$work/out-after-$input" | head
  fi
done
