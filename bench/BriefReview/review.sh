#!/bin/sh
# Converts the round-19 reading set (8 articles, 30 trafilatura dev pages) and round 20's (8 more, read20/) to every
# format and renders each brief's pages to PNG for reading by eye (pdftoppm from Debian's poppler-utils).
# Usage: bench/BriefReview/review.sh OUT [CLI.dll]
set -e
out=${1:?output folder}
cli=${2:-}
R=../shared/data/readability-pages
T=/work/data/trafilatura/eval
mkdir -p "$out/in" "$out/batch" "$out/in20"
# Round 24: rgate's pages (bench/FieldEval, a gate nobody reads) replaced by pages of the same kinds: a short news story,
# a long analysis, a foreign-language front page, a long essay and a long feature (cnn, wapo-2, nytimes-5, citylab-1,
# quanta-1 -> bbc-1, wapo-1, lemonde-1, medium-1, medium-3; aclu -> topicseed-1).
for p in bbc-1 wapo-1 lemonde-1 medium-1 medium-3; do cp "$R/$p/source.html" "$out/in/$p.html"; done
for p in observer.com-LVMH twincities.com-mayor; do cp "$T/$p.html" "$out/in/"; done
cp ../shared/seed/000_ced87ea54c95ff2a.txt "$out/in/seed.txt"
for p in $(cat "$(dirname "$0")/batch-pages.txt"); do cp "$T/$p.html" "$out/batch/"; done
# Round 20: a long article (lwn-1, 3,993 words), two with no source named (aclu, now topicseed-1; thepostpartumparty), five more.
for p in lwn-1 topicseed-1 dropbox-blog; do cp "$R/$p/source.html" "$out/in20/$p.html"; done
for p in japantimes.co.jp.surgical nationnews.com-schools thestkittsnevisobserver.com-bvi pawszilla.com.celine \
    thepostpartumparty.com.nursery; do cp "$T/$p.html" "$out/in20/"; done
run() { if [ -n "$cli" ]; then dotnet "$cli" "$@"; else dotnet run -c Release --project src/DocReport.Cli -- "$@"; fi; }
run convert "$out/in" -o "$out/articles" -f pdf,xlsx,json,csv
run convert "$out/batch" -o "$out/batched" -f pdf,xlsx
run convert "$out/in20" -o "$out/read20" -f pdf,xlsx,json,csv
for pdf in "$out"/articles/*/brief.pdf "$out"/batched/*/brief.pdf "$out"/read20/*/brief.pdf; do pdftoppm -r 80 -png "$pdf" "$(dirname "$pdf")/page"; done
python3 "$(dirname "$0")/measure.py" "$out/articles" "$out/batched"
python3 "$(dirname "$0")/measure.py" "$out/read20"
