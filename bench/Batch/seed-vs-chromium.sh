#!/usr/bin/env bash
# The seed article to every output by the published CLI (one whole process), against headless Chromium printing
# the same article (as a plain HTML page) to PDF; alternated ROUNDS times, each run's wall and CPU seconds printed.
# Needs Debian's chromium. Usage: bench/Batch/seed-vs-chromium.sh [ROUNDS]      (DOCREPORT_BIN as in run.sh;
# DOCREPORT_BEFORE=folder of another published build also runs it in each round, for a before/after side by side)
set -euo pipefail
rounds=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
seed=${SEED:-$root/../shared/seed/000_ced87ea54c95ff2a.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${DOCREPORT_BIN:-$work/bin}
if [ -z "${DOCREPORT_BIN:-}" ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  dotnet publish "$root/src/DocReport.Cli" -c Release -r "$rid" --self-contained -o "$bin" -nologo -v quiet >/dev/null
fi
# The article as a page: each paragraph of the text in <p>, the first as the heading.
awk 'BEGIN { RS = ""; print "<html><head><meta charset=\"utf-8\"></head><body>" }
     { gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;"); print (NR == 1 ? "<h1>" $0 "</h1>" : "<p>" $0 "</p>") }
     END { print "</body></html>" }' "$seed" > "$work/seed.html"

measure() { # label, command...: prints wall and user+sys seconds of one run
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1 || true
  read -r wall user sys < "$work/t"
  echo "$label wall ${wall}s cpu $(awk "BEGIN { print $user + $sys }")s"
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$rounds"); do
  if [ -n "${DOCREPORT_BEFORE:-}" ]; then
    rm -rf "$work/out"
    measure "docreport before              " "$DOCREPORT_BEFORE/DocReport.Cli" convert "$seed" -o "$work/out" --format pdf,xlsx,json,csv
  fi
  rm -rf "$work/out"
  measure "docreport (pdf,xlsx,json,csv)" "$bin/DocReport.Cli" convert "$seed" -o "$work/out" --format pdf,xlsx,json,csv
  measure "chromium --print-to-pdf     " chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/profile$i" \
    --print-to-pdf="$work/chromium.pdf" "file://$work/seed.html"
done
ls -l "$work/out"/*/ "$work/chromium.pdf" | awk '{ print $5, $9 }'
