#!/usr/bin/env bash
# Whole-process timing of a batch: N copies of the articles in samples/ or in $ARTICLES (each made distinct),
# converted by the published CLI in one process; prints wall time, throughput, peak memory,
# CPU time (the machine may be shared: CPU time says more than wall time then) and the load average.
# Usage: bench/Batch/run.sh [N] [formats]      e.g. bench/Batch/run.sh 1000 pdf,xlsx,json
#   ARTICLES=/work/data/articles800 (made by make-articles.sh) for real-size articles;
#   DOCREPORT_BIN=folder of an already published CLI, to time another build (e.g. an older commit) as is.
set -euo pipefail
n=${1:-200}
formats=${2:-pdf,xlsx,json}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# As the README publishes it for the fastest start-up: self-contained, the runtime and the app one composite ReadyToRun image.
bin=${DOCREPORT_BIN:-$work/bin}
if [ -z "${DOCREPORT_BIN:-}" ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet publish "$root/src/DocReport.Cli" -c Release -r "$rid" --self-contained -o "$bin" -nologo -v quiet >/dev/null
fi
mkdir -p "$work/in"
mapfile -t samples < <(find "${ARTICLES:-$root/samples}" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
for i in $(seq 1 "$n"); do
  src=${samples[$(( (i - 1) % ${#samples[@]} ))]}
  ext=${src##*.}
  # A distinct last paragraph per copy, so no two documents are byte-identical.
  { cat "$src"; printf '\n\nThis copy is number %d of the benchmark batch.\n' "$i"; } > "$work/in/doc$i.$ext"
done

# ext4 passes over inodes freed in the last 30 s when it creates files: an earlier run's outputs just deleted (this
# script deletes its own on exit) would add seconds of system time to this one. SETTLE=0 to start at once.
sleep "${SETTLE:-35}"
load=$(cut -d" " -f1-3 /proc/loadavg)
/usr/bin/time -v "$bin/DocReport.Cli" convert "$work/in" -o "$work/out" --format "$formats" \
  >"$work/stdout" 2>"$work/time" || true
tail -1 "$work/stdout"
wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/time")
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
secs=$(awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }' <<<"$wall")
echo "documents: $n  formats: $formats  load before: $load"
echo "wall: ${secs}s  throughput: $(awk "BEGIN{printf \"%.1f\", $n/$secs}") docs/s  peak RSS: $((rss / 1024)) MiB  CPU (user+sys): ${cpu}s"
