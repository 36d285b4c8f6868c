#!/usr/bin/env bash
# Converts each hostile input of issue 10 on its own with every output format and prints, per case, the exit code,
# wall and CPU seconds and peak memory (from /usr/bin/time), and the run's last line. Usage: bench/Hardening/cases.sh
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/DocReport.Cli" -c Release -nologo -v quiet >/dev/null
cli="$repo/src/DocReport.Cli/bin/Release/net10.0/DocReport.Cli"
python3 "$repo/bench/Hardening/make_cases.py" "$work/in"
uptime
printf '%-28s %4s %8s %8s %9s  %s\n' case exit wall_s cpu_s peak_MiB "last line"
for input in "$work"/in/*; do
  name=$(basename "$input")
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$cli" convert "$input" -o "$work/out" -f pdf,xlsx,json,csv >"$work/log" 2>&1
  code=$?
  read -r wall user sys rss < <(tail -1 "$work/time")
  printf '%-28s %4s %8s %8.2f %9d  %s\n' "${name:0:28}" "$code" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$(grep -v '^\[' "$work/log" | tail -1 | cut -c1-110)"
done
uptime
