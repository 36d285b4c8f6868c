#!/usr/bin/env bash
# Round 25's batch check: every trafilatura evaluation page (less the lead's held-out field pages) and the broken files
# of make_broken.py in one folder, converted in one run that is stopped with Ctrl-C (SIGINT) after STOP seconds and
# then run again to the end. Prints what each run said at its end, peak memory and CPU time, and counts inputs, failed
# inputs and complete output folders (brief.pdf, dataset.xlsx and dataset.json each) so that nothing lost shows.
# Usage: bench/Hardening/batch990.sh [STOP]   (needs /work/data/trafilatura; qpdf for the password-protected PDF)
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
stop=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/DocReport.Cli" -c Release -nologo -v quiet >/dev/null
cli="$repo/src/DocReport.Cli/bin/Release/net10.0/DocReport.Cli"
python3 - "$work/in" <<'PY'
import json, os, shutil, sys
root = "/work/data/trafilatura"
held = ("theguardian.com.academics phys.org.tool wikimediafoundation.org.turkey salon.com.emissions thepointsguy.com.alaska "
        "instyle.com.cancer laweekly.com-Cultivation jamaicaobserver.com-attacks mercurynews.com.2023.01.16.letters-1119 "
        "dw.com.colonial abc7news.com-Napa bostonherald.com-Brothel-catering politico.com.retirement independent.co.uk.penalty "
        "caymancompass.com-prison stluciatimes.com-dea pagesix.com.myers wired.com.burn axios.com.future "
        "nymag.com.polarization dailymail.co.uk.food").split()
os.makedirs(sys.argv[1])
for page in json.load(open(os.path.join(root, "evaldata.json"))).values():
    name = page["file"]
    if any(name.startswith(h + ".") for h in held): continue
    source = next(p for p in (os.path.join(root, d, name) for d in ("eval", "cache")) if os.path.exists(p))
    shutil.copy(source, sys.argv[1])
PY
python3 "$repo/bench/Hardening/make_broken.py" "$work/in" "$repo/samples"
inputs=$(ls "$work/in" | wc -l)
cd "$work"
# Job control on: without it a script's background job ignores SIGINT. Run the script from a terminal: started as
# another script's background job it inherits SIGINT ignored, which nothing can undo, and the first run is not stopped.
set -m
/usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB peak' -o time1 "$cli" convert in -o out >log1 2>err1 &
sleep "$stop"; kill -INT $(pgrep -P $!) 2>/dev/null
wait
echo "first run, SIGINT after ${stop} s: exit $(grep -o 'status [0-9]*' time1 || echo 0) (130 when it stopped)"; grep -v '^\[' log1 | tail -2; tail -1 time1
/usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB peak' -o time2 "$cli" convert in -o out >log2 2>err2
echo "second run: exit $?"; grep -v '^\[' log2 | tail -1; tail -1 time2
grep '^error:' err2
complete=0
for d in out/*/; do [ -f "$d/brief.pdf" ] && [ -f "$d/dataset.xlsx" ] && [ -f "$d/dataset.json" ] && complete=$((complete + 1)); done
failed=$(grep -c '^error:' err2)
echo "inputs $inputs = complete folders $complete + failed $failed: $([ $((complete + failed)) -eq "$inputs" ] && echo nothing lost || echo MISMATCH)"
echo "left in staging: $(find out/.docreport -mindepth 2 | wc -l)"
