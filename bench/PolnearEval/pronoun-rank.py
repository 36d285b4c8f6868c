#!/usr/bin/env python3
"""Round 36 (issue 8): a learned ranking of the people a "he"/"she" may stand for, on PronounCandidates' rows.

A conditional logit (softmax over one example's candidates; the pairwise logistic ranking's listwise form) trained by gradient
descent on the labelled ("masked" and "described") examples, cross-validated by article (the bench's 5 folds). Prints out-of-fold top-1 accuracy
against the rules' baselines (the latest person, the current speaker) and, by threshold on the top candidate's probability, the
share answered and the accuracy of the answers. With --apply, the real pronouns are scored by a model trained on all labelled
examples: their choices against DocReport's, and the contexts of those where the rules left the pronoun unresolved.

The "none" row (PronounCandidates) is a candidate of its own, right for the "described" examples; --no-none leaves it and them
out. --threshold P (0.9): the least probability of an answer given with --apply; a person cited nowhere ("~") is no answer.

    python3 bench/PolnearEval/pronoun-rank.py FILE [--apply [--threshold 0.9]] [--no-none] [--features a,b,c]
"""
import math
import random
import sys
from collections import defaultdict

FEATURES = ["recency", "logchars", "sentences", "paragraphs", "speaker", "speakerrank", "current", "opens", "subjectrank",
            "quoted", "known", "logmentions", "ownsentence", "object", "full", "shared", "sentencebefore"]
# the "none" row's own features (PronounCandidates: a described speaker since the latest candidate, a description opening the
# sentence before); every other feature is zero on it
NONE = ["null", "descbetween", "descbefore"]
# ranks are also given as one-hot columns: their effect need not be linear
ONE_HOT = {"recency": 4, "speakerrank": 3, "subjectrank": 3}


def load(path):
    examples = defaultdict(list)
    meta = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            examples[row["example"]].append(row)
            if row["context"]:
                meta[row["example"]] = row
    return examples, meta


def vector(row, features):
    x = []
    none = row["candidate"] == "<none>"
    for name in features:
        v = 0.0 if none and name not in NONE else float(row.get(name, 0))
        x.append(v)
        for k in range(ONE_HOT.get(name, 0)):
            x.append(1.0 if int(v) == k else 0.0)
    return x


def train(data, dims, epochs=60, rate=0.05, l2=1e-3):
    w = [0.0] * dims
    data = list(data)
    rng = random.Random(1)
    for epoch in range(epochs):
        rng.shuffle(data)
        step = rate / (1 + epoch * 0.1)
        for xs, y in data:
            scores = [sum(wi * xi for wi, xi in zip(w, x)) for x in xs]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            for j, x in enumerate(xs):
                g = exps[j] / z - (1.0 if j == y else 0.0)
                if g:
                    for i, xi in enumerate(x):
                        if xi:
                            w[i] -= step * g * xi
            for i in range(dims):
                w[i] -= step * l2 * w[i]
    return w


def probabilities(w, xs):
    scores = [sum(wi * xi for wi, xi in zip(w, x)) for x in xs]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    return [e / z for e in exps]


def main():
    path = sys.argv[1]
    features = FEATURES
    for i, a in enumerate(sys.argv):
        if a == "--features":
            features = sys.argv[i + 1].split(",")
    examples, meta = load(path)
    if "--no-none" in sys.argv:
        examples = {k: [r for r in rows if r["candidate"] != "<none>"] for k, rows in examples.items() if rows[0]["kind"] != "described"}
    elif "null" in examples[next(iter(examples))][0]:
        features = features + NONE
    labelled = {k: rows for k, rows in examples.items() if rows[0]["kind"] in ("masked", "described") and sum(r["label"] == "1" for r in rows) == 1}
    several = {k: rows for k, rows in labelled.items() if len(rows) > 1}
    print(f"labelled examples {len(labelled)}, with several candidates {len(several)}; pronouns {sum(1 for r in examples.values() if r[0]['kind'] == 'pronoun')}")
    dims = len(vector(next(iter(several.values()))[0], features))
    folds = sorted({rows[0]["fold"] for rows in several.values()})
    results = []  # (example, probability of top, top right, kind)
    for fold in folds:
        train_set = [([vector(r, features) for r in rows], [r["label"] for r in rows].index("1")) for rows in several.values() if rows[0]["fold"] != fold]
        w = train(train_set, dims)
        for k, rows in several.items():
            if rows[0]["fold"] != fold:
                continue
            p = probabilities(w, [vector(r, features) for r in rows])
            j = max(range(len(rows)), key=lambda i: p[i])
            results.append((k, p[j], rows[j]["label"] == "1", rows[0]["kind"], rows[j]["candidate"] == "<none>"))
    described = [r for r in results if r[3] == "described"]
    if described:
        print(f"out of fold, described (a pronoun there stands for none of the named): none chosen {sum(1 for r in described if r[4])}/{len(described)}")
    masked_rows = {k: rows for k, rows in several.items() if rows[0]["kind"] == "masked"}
    results = [r for r in results if r[3] == "masked"]
    n = len(results)
    right = sum(1 for r in results if r[2])
    print(f"masked: none chosen {sum(1 for r in results if r[4])}/{n}")
    # the examples with two named candidates or more, to compare a run with the "none" row and one without
    named = [r for r in results if sum(1 for x in several[r[0]] if x["candidate"] != "<none>") > 1]
    print(f"masked with several named candidates: model top-1 {sum(1 for r in named if r[2])}/{len(named)} = {sum(1 for r in named if r[2]) / len(named):.3f}")
    latest = sum(1 for rows in masked_rows.values() if next(r for r in rows if r["recency"] == "0" and r["candidate"] != "<none>")["label"] == "1")
    current = [next((r for r in rows if r["current"] == "1"), None) for rows in masked_rows.values()]
    print(f"out of fold, several candidates: model top-1 {right}/{n} = {right / n:.3f}; latest named {latest}/{n} = {latest / n:.3f}; "
          f"current speaker {sum(1 for r in current if r and r['label'] == '1')}/{n} (none {sum(1 for r in current if r is None)})")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        answered = [r[2] for r in results if r[1] >= threshold and not r[4]]
        if answered:
            print(f"  threshold {threshold}: answered {len(answered)}/{n} = {len(answered) / n:.3f}, right {sum(answered)}/{len(answered)} = {sum(answered) / len(answered):.3f}")
    if "--apply" not in sys.argv:
        return
    w = train([([vector(r, features) for r in rows], [r["label"] for r in rows].index("1")) for rows in several.values()], dims)
    print("weights (all labelled examples):")
    names = [f"{f}={k}" if i else f for f in features for i, k in enumerate([None] + list(range(ONE_HOT.get(f, 0))))]
    for name, wi in zip(names, w):
        print(f"  {name:16} {wi:+.3f}")
    threshold = float(next((sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--threshold"), "0.9"))
    tally = defaultdict(int)
    shown = []
    for k, rows in examples.items():
        if rows[0]["kind"] != "pronoun":
            continue
        p = probabilities(w, [vector(r, features) for r in rows])
        j = max(range(len(rows)), key=lambda i: p[i])
        rule = [r["candidate"] for r in rows if r["rule"] == "1"]
        # a person the text names and cites nowhere ("~" before the name) is no source: the pronoun stays unresolved
        confident = p[j] >= threshold and not rows[j]["candidate"].startswith("~") and rows[j]["candidate"] != "<none>"
        if rule:
            tally["rule resolved: model agrees" if rule == [rows[j]["candidate"]] else f"rule resolved: model {'confidently ' if confident else ''}differs"] += 1
            if rule != [rows[j]["candidate"]] and confident:
                shown.append(("DIFFERS", rule[0], rows[j]["candidate"], p[j], meta[k]))
        else:
            tally["rule unresolved: model " + ("answers" if confident else "abstains")] += 1
            if confident:
                shown.append(("NEW", "-", rows[j]["candidate"], p[j], meta[k]))
    for key, v in sorted(tally.items()):
        print(f"  {key}: {v}")
    for what, rule, model, p, row in shown:
        print(f"{what}\t{row['article']}\trule {rule}\tmodel {model} ({p:.2f})\t{row['context'][-330:]}")


if __name__ == "__main__":
    main()
