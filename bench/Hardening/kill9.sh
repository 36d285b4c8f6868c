#!/usr/bin/env bash
# Kills the CLI with SIGKILL at random moments of a batch, checks that the output folder holds only complete files,
# then lets a last run finish and checks that every input has its outputs. Usage: bench/Hardening/kill9.sh [ROUNDS] [COPIES]
set -euo pipefail
rounds=${1:-20}
copies=${2:-10}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/DocReport.Cli" -c Release -nologo -v quiet >/dev/null
cli="$repo/src/DocReport.Cli/bin/Release/net10.0/DocReport.Cli"

# Inputs: every sample article, copied under distinct names.
mkdir -p "$work/in"
for n in $(seq 1 "$copies"); do
  for sample in "$repo"/samples/*.*; do cp "$sample" "$work/in/$n-$(basename "$sample")"; done
done
inputs=$(ls "$work/in" | wc -l)
echo "$inputs inputs, $rounds kills"

bad=0
for round in $(seq 1 "$rounds"); do
  "$cli" convert "$work/in" -o "$work/out" -f pdf,xlsx,json,csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 6.0), 2))')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! python3 "$repo/bench/Hardening/check_outputs.py" "$work/out"; then bad=$((bad + 1)); fi
done

"$cli" convert "$work/in" -o "$work/out" -f pdf,xlsx,json,csv >/dev/null 2>&1 || true
python3 "$repo/bench/Hardening/check_outputs.py" "$work/out" --expect "$inputs" || bad=$((bad + 1))
echo "rounds with incomplete or missing files: $bad of $((rounds + 1))"
[ "$bad" -eq 0 ]
