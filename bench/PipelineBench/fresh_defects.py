#!/usr/bin/python3
"""Count structure defects by class in DocReport's datasets of the documents fresh_inputs.py made.

Usage: /usr/bin/python3 bench/PipelineBench/fresh_defects.py SET OUT [--show CLASS]
SET is fresh_inputs.py's folder (SET/truth), OUT the folder `docreport convert SET/in -o OUT -f json` wrote.
Classes, counted per document (a document counts once a class) and as occurrences:
  title       the title is not the headline (case, quotes, spaces and a final stop aside)
  author      the authors do not hold the byline's names (each name before a comma)
  headinbody  the headline or the byline is one of paragraphs 1-3
  order       a body paragraph's opening words come before the previous paragraph's (or are missing)
  runninghead a paragraph holds the running head or foot
  words       a word of the output that is no word of the source: glued (two source words), split (part of one),
              or a compound that lost its hyphen
  table       the table is not one table block of its rows
  list        a list item is not a list_item block (or is missing)
"""
import argparse, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    s = re.sub(r"[\"“”‘’'`.]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return WORD.findall(unicodedata.normalize("NFKC", s).replace("\u00a0", " ").replace("’", "'"))


def check(t, ds):
    d = defaultdict(list)
    doc = ds["document"]
    if norm(doc.get("title") or "") != norm(t["title"]):
        d["title"].append(doc.get("title"))
    names = [n.split(",")[0] for n in re.sub(r"^(By )+", "", t["author"]).split(" and ")]
    if not all(any(norm(a) == norm(n) for a in doc.get("authors") or []) for n in names):
        d["author"].append(doc.get("authors"))
    paras = ds["paragraphs"]
    for p in paras[:3]:
        if norm(p["text"]) in (norm(t["title"]), norm(t["author"]), norm("By " + t["author"])):
            d["headinbody"].append(p["id"] + ": " + p["text"][:60])
    text = norm(ds["text"])
    last = -1
    for p in t["paragraphs"]:
        key = " ".join(norm(p).split()[:6])
        pos = text.find(key, last + 1)
        if pos < 0:
            pos = text.find(key)
            d["order"].append(("missing" if pos < 0 else "before previous") + ": " + key)
        if pos >= 0:
            last = max(last, pos)
    for p in paras:
        for mark in (t["head"], t["foot"]):
            if mark and (norm(mark) in norm(p["text"]) and not norm(p["text"]).startswith("also in")):
                d["runninghead"].append(p["id"] + ": " + p["text"][:80])
    src = " ".join([t["title"], t["author"]] + t["paragraphs"] + t["items"] + [c for r in t["table"] for c in r]
                   + [t["head"] or "", t["foot"] or "", t["lead_in"]])
    vocab = {w.lower() for w in words(src)}
    pairs = set()
    sw = [w.lower() for w in words(src)]
    for a, b in zip(sw, sw[1:]):
        pairs.add(a + b)
    for w in words(ds["text"]):
        lw = w.lower()
        if lw in vocab or lw in ("page",):
            continue
        if lw in pairs:
            d["words"].append("glued " + w)
        elif any(v.replace("-", "") == lw for v in vocab if "-" in v):
            d["words"].append("lost hyphen " + w)
        elif any(lw in v for v in vocab if len(v) > len(lw)):
            d["words"].append("split " + w)
        else:
            d["words"].append("other " + w)
    tables = [p for p in paras if p["kind"] == "table"]
    want = "\n".join("\t".join(r) for r in t["table"])
    if not any(norm(p["text"]) == norm(want) for p in tables):
        d["table"].append(f"{len(tables)} table blocks; cells: "
                          + ", ".join(p["kind"] for p in paras if norm(p["text"]) in (norm(t["table"][1][0]), norm(t["table"][1][2]))))
    for it in t["items"]:
        got = [p for p in paras if norm(it) in norm(p["text"])]
        if not got or got[0]["kind"] != "list_item":
            d["list"].append((got[0]["kind"] if got else "missing") + ": " + it[:50])
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("out")
    ap.add_argument("--show")
    a = ap.parse_args()
    docs, occ = Counter(), Counter()
    by_layout = defaultdict(Counter)
    n = 0
    for f in sorted(os.listdir(os.path.join(a.set, "truth"))):
        t = json.load(open(os.path.join(a.set, "truth", f), encoding="utf-8"))
        path = os.path.join(a.out, t["name"], "dataset.json")
        if not os.path.exists(path):
            print(t["name"], "no dataset.json")
            continue
        n += 1
        d = check(t, json.load(open(path, encoding="utf-8")))
        for c, v in d.items():
            docs[c] += 1
            occ[c] += len(v)
            by_layout[t["layout"]][c] += 1
            if a.show == c:
                for x in v:
                    print(t["name"], "|", x)
    print(f"{n} documents")
    for c in ["title", "author", "headinbody", "order", "runninghead", "words", "table", "list"]:
        lay = ", ".join(f"{k} {v[c]}" for k, v in sorted(by_layout.items()) if v[c])
        print(f"{c:12} {docs[c]:3} docs {occ[c]:5} times   {lay}")


if __name__ == "__main__":
    sys.exit(main())
