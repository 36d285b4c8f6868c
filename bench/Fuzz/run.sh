#!/usr/bin/env bash
# Fuzzes one reader (text, html, markdown, docx, pdf) or the whole pipeline for a fixed number of mutated inputs made
# from samples/. Inputs that crash, hang or lose outputs are saved in bench/Fuzz/crashers/.
# Usage: bench/Fuzz/run.sh TARGET COUNT [SEED] [FIRST]   (FIRST: resume after a hang, from that input of the sequence)
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project Fuzz.csproj -- "${1:-text}" "${2:-1000}" "${3:-1}" "$(cd ../../samples && pwd)" "${4:-0}"
