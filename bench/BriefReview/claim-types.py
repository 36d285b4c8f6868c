"""Per-type precision and recall of DocReport's claim types against claim-types.tsv (round 32).

usage: python3 bench/BriefReview/claim-types.py ROWS.tsv... [--errors]
ROWS: the files `dotnet run -c Release --project bench/FieldEval -- --set S --brief ROWS.tsv` writes for dev, dev2, mixed and dev4.
Each labelled claim is found by set, article and its first 12 words; one not found (no longer a claim) is counted apart.
"""
import csv
import sys
from pathlib import Path

TYPES = ["statistic", "temporal", "attribution", "quote", "comparative", "causal", "prediction", "other"]


def main(argv):
    errors = "--errors" in argv
    output = {}
    for name in [a for a in argv if not a.startswith("--")]:
        with open(name, encoding="utf-8") as rows:
            for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
                anchor = " ".join(row["text"].split()[:12])
                output.setdefault((row["set"], row["article"], anchor), set(row["types"].split(",")))
    labels = Path(__file__).with_name("claim-types.tsv")
    gold = [line.rstrip("\n").split("\t") for line in labels.open(encoding="utf-8") if line.strip() and not line.startswith("#")]
    counts = {t: [0, 0, 0] for t in TYPES}  # true positives, DocReport's, gold's
    exact = no_wrong = missing = 0
    for n, set_name, article, _, types, anchor in gold:
        wanted = set(types.split(","))
        given = output.get((set_name, article, anchor))
        if given is None:
            missing += 1
            continue
        exact += given == wanted
        no_wrong += not (given - wanted)
        for t in TYPES:
            counts[t][0] += t in given and t in wanted
            counts[t][1] += t in given
            counts[t][2] += t in wanted
        if errors and given != wanted:
            print(f"{n:>4} given {','.join(sorted(given))} | gold {types} | {anchor}")
    found = len(gold) - missing
    print(f"{found} of {len(gold)} labelled claims found ({missing} no longer claims); exact set of types {exact}/{found}, no wrong type {no_wrong}/{found}")
    for t, (tp, given, wanted) in counts.items():
        p = f"{tp / given:.2f} ({tp}/{given})" if given else "-"
        r = f"{tp / wanted:.2f} ({tp}/{wanted})" if wanted else "-"
        print(f"  {t:<12} precision {p:<16} recall {r}")


if __name__ == "__main__":
    main(sys.argv[1:])
