#!/usr/bin/env bash
# Sharded against single run at batch size: COUNT articles converted once by one process, then by N shard processes
# running at the same time (into one shared output folder, as pods on a shared volume; SEPARATE=1 for one folder each),
# merged with `docreport merge`; every batch output (batch.xlsx, parquet/*) and every per-document file is compared
# byte for byte with cmp. Prints each run's wall and CPU seconds, the load, and the files that differ (none, exit 0).
# Usage: bench/Batch/shard-check.sh [N] [COUNT] [FORMATS]      e.g. bench/Batch/shard-check.sh 4 1000 json,xlsx,parquet
#   ARTICLES=/work/data/articles800 (made by make-articles.sh; cycled, each copy made distinct); DOCREPORT_BIN as in run.sh.
set -euo pipefail
shards=${1:-4}
count=${2:-1000}
formats=${3:-json,xlsx,parquet}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-$(mktemp -d)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
bin=${DOCREPORT_BIN:-$work/bin}
if [ -z "${DOCREPORT_BIN:-}" ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet publish "$root/src/DocReport.Cli" -c Release -r "$rid" --self-contained false -o "$bin" -nologo -v quiet >/dev/null
fi
rm -rf "$work/in" "$work/single" "$work/shard"* "$work/merged"
mkdir -p "$work/in"
mapfile -t articles < <(find "${ARTICLES:-/work/data/articles800}" -maxdepth 1 -type f -name '*.txt' | sort)
for i in $(seq 1 "$count"); do
  src=${articles[$(( (i - 1) % ${#articles[@]} ))]}
  { cat "$src"; printf '\n\nThis copy is number %d of the shard check.\n' "$i"; } > "$work/in/$(printf 'a%04d' "$i")-$(basename "$src")"
done

timed() { # label, command...: the run's wall and user+sys seconds
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t.$label" "$@" >"$work/log.$label" 2>&1 || true
  read -r wall user sys < "$work/t.$label"
  echo "$label: wall ${wall}s cpu $(awk "BEGIN { print $user + $sys }")s  ($(tail -1 "$work/log.$label"))"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed single "$bin/DocReport.Cli" convert "$work/in" -o "$work/single" --format "$formats"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
folders=()
for i in $(seq 0 $((shards - 1))); do
  out=$work/shard; [ -n "${SEPARATE:-}" ] && out=$work/shard$i
  folders+=("$out")
  timed "shard$i" "$bin/DocReport.Cli" convert "$work/in" -o "$out" --format "$formats" --shard "$i/$shards" &
done
wait
mapfile -t folders < <(printf '%s\n' "${folders[@]}" | sort -u)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
timed merge "$bin/DocReport.Cli" merge "${folders[@]}" -o "$work/merged"

# Every file of the single run but its own run record (.docreport/: which shard ran what) must exist with the same bytes.
differ=0 compared=0
while IFS= read -r -d '' file; do
  rel=${file#"$work/single/"}
  case $rel in batch.xlsx|parquet/*) other=$work/merged/$rel ;;
    *) other=""; for f in "${folders[@]}"; do if [ -e "$f/$rel" ]; then other=$f/$rel; fi; done ;;
  esac
  compared=$((compared + 1))
  if [ -z "$other" ] || ! cmp -s "$file" "$other"; then echo "differs: $rel"; differ=$((differ + 1)); fi
done < <(find "$work/single" -type f -not -path '*/.docreport/*' -print0)
echo "inputs: $count  shards: $shards  files compared: $compared  differing: $differ"
[ "$differ" -eq 0 ]
