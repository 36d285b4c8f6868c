#!/usr/bin/env bash
# Published builds compared in turn on one case, for a machine whose CPU time moves by 10-30% from run to run: each build
# runs once untimed (its image into the page cache), then ROUNDS times, the order reversed every other round, outputs on
# tmpfs; prints every run (CPU = user + sys, peak memory, load) and each build's median.
# Usage: bench/Batch/interleave.sh ROUNDS CASE BIN...      e.g. bench/Batch/interleave.sh 4 batch pub-old pub-new
#   CASE batch: 1,000 copies of $ARTICLES (made by make-articles.sh), each made distinct as run.sh makes them, to JSON;
#   CASE 40k: the 40,000-paragraph text of bench/Hardening/make_cases.py, every default output (pdf, xlsx, json).
#   N=copies for another batch size; OUT=folder for the outputs (default a folder in /dev/shm).
set -euo pipefail
rounds=$1 case=$2; shift 2
bins=("$@")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
out=${OUT:-$(mktemp -d -p /dev/shm)}
trap 'rm -rf "$work" "$out"' EXIT
case $case in
  batch)
    mkdir -p "$work/in"
    mapfile -t articles < <(find "${ARTICLES:-/work/data/articles800}" -maxdepth 1 -type f -name '*.txt' | sort)
    for i in $(seq 1 "${N:-1000}"); do
      { cat "${articles[$(( (i - 1) % ${#articles[@]} ))]}"; printf '\n\nThis copy is number %d of the benchmark batch.\n' "$i"; } > "$work/in/doc$i.txt"
    done
    input=$work/in formats=json ;;
  40k)
    python3 "$root/bench/Hardening/make_cases.py" "$work/cases" >/dev/null
    input=$work/cases/paragraphs-40k.txt formats=pdf,xlsx,json ;;
  *) echo "CASE is batch or 40k" >&2; exit 2 ;;
esac

run() { # BIN: one conversion; prints CPU seconds, peak MiB
  rm -rf "$out/docs"
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$1/DocReport.Cli" convert "$input" -o "$out/docs" --format "$formats" >/dev/null 2>&1 || true
  read -r user sys rss < "$work/time"
  echo "$(awk "BEGIN{print $user + $sys}") $((rss / 1024))"
}
for bin in "${bins[@]}"; do run "$bin" >/dev/null; done
for r in $(seq 1 "$rounds"); do
  order=("${bins[@]}")
  if (( r % 2 == 0 )); then order=(); for (( i = ${#bins[@]} - 1; i >= 0; i-- )); do order+=("${bins[$i]}"); done; fi
  for bin in "${order[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r cpu peak < <(run "$bin")
    echo "$bin $cpu $peak" >> "$work/runs"
    echo "round $r  $bin  CPU $cpu s  peak $peak MiB  load $load"
  done
done
for bin in "${bins[@]}"; do
  awk -v b="$bin" '$1 == b { print $2 }' "$work/runs" | sort -n | awk -v b="$bin" '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s: median CPU %.2f s over %d runs (%.2f-%.2f)\n", b, m, NR, v[1], v[NR] }'
done
