#!/usr/bin/python3
"""Set PolNeAR texts as documents DocReport has not seen, with their truth, for a count of structure defects.

Usage: /usr/bin/python3 bench/PipelineBench/fresh_inputs.py OUT [--data ../shared/data] [--every 14] [--offset 0]
                                                             [--layouts pdf1,pdf2,docx,pandoc,md]
Writes OUT/in/<name>.{pdf,docx,md} and OUT/truth/<name>.json (title, author, body paragraphs in order,
list items, table rows, the running head and foot). Layouts, one per text in turn:
  pdf1   groff -ms, one column, running head (publisher, date) and foot (page number), a tbl table, a bullet list
  pdf2   the same in two columns (.2C)
  docx   python-docx: Title style, a byline, a page header and footer, a table, List Bullet items
  pandoc the Markdown below through pandoc into DOCX (title and author in its metadata)
  md     Markdown: # title, a byline, a pipe table, a - list
  pandocpdf the Markdown through pandoc into PDF (pandoc's ms writer set by groff's pdfroff; title and author in its metadata)
--offset starts the every-N pick further on (round 48's second set: --offset 7), for texts the first set does not hold.
The table lists four other PolNeAR articles (publisher, date, author) and the list their titles, so every word is public text.
Needs groff (with tbl and preconv), python3-docx and pandoc (apt). Score with fresh_defects.py.
"""
import argparse, csv, json, os, subprocess, sys, unicodedata

LAYOUTS = ["pdf1", "pdf2", "docx", "pandoc", "md", "pandocpdf"]


def load(data, every, offset):
    root = os.path.join(data, "attributions", "polnear")
    meta = {}
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    names = sorted(os.listdir(os.path.join(root, "train", "text")))[offset::every]
    docs = []
    for n in names:
        stem = n[:-4]
        text = open(os.path.join(root, "train", "text", n), encoding="utf-8").read()
        parts = [unicodedata.normalize("NFC", p.strip()) for p in text.split("\n\n") if p.strip()]
        author = meta[stem]["author"] if meta[stem]["author"] not in ("", "None") else "Jane Doe"
        docs.append(dict(stem=stem, title=parts[0], paragraphs=parts[1:], author=author,
                         publisher=meta[stem]["publisher"], date=meta[stem]["publication_date"]))
    others = sorted(meta.values(), key=lambda r: r["filename"])
    return docs, others


def extras(i, others):
    picks = [others[(i * 7 + k * 13) % len(others)] for k in range(4)]
    rows = [["Publisher", "Date", "Author"]] + [[p["publisher"], p["publication_date"],
                                                  p["author"] if p["author"] != "None" else "staff"] for p in picks]
    items = [p["title"] for p in picks[:3]]
    return rows, items


def troff(s):
    s = s.replace("\\", "\\e").replace("\u00a0", "\\~").replace("\u2015", "\u2014").replace("\ufeff", "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return "\\&" + s if s[:1] in (".", "'") else s


def groff_source(d, rows, items, columns):
    head = d["publisher"].capitalize() + " politics desk"
    out = [".ds LH " + head, ".ds CH", ".ds RH " + d["date"], ".ds CF Page %", ".nr PS 11", ".nr VS 13",
           ".TL", troff(d["title"]), ".AU", troff(d["author"])]
    if columns == 2:
        out.append(".2C")
    mid = len(d["paragraphs"]) // 2
    for k, p in enumerate(d["paragraphs"]):
        out += [".PP", troff(p)]
        if k == mid:
            out += [".PP", "Also in this edition:"]
            for it in items:
                out += [".IP \\(bu 2", troff(it)]
            out += [".TS", "center box tab(|);", "l l l."]
            out += ["|".join(troff(c) for c in r) for r in rows]
            out += [".TE"]
    return "\n".join(out) + "\n", head


def markdown(d, rows, items):
    mid = len(d["paragraphs"]) // 2
    out = ["# " + d["title"], "", "By " + d["author"], ""]
    for k, p in enumerate(d["paragraphs"]):
        out += [p, ""]
        if k == mid:
            out += ["Also in this edition:", ""] + ["- " + it for it in items] + [""]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
    return "\n".join(out)


def write_docx(d, rows, items, path):
    import docx
    doc = docx.Document()
    head = d["publisher"].capitalize() + " politics desk"
    doc.sections[0].header.paragraphs[0].text = head + "\t\t" + d["date"]
    doc.sections[0].footer.paragraphs[0].text = "Internal briefing copy"
    doc.add_paragraph(d["title"], style="Title")
    doc.add_paragraph("By " + d["author"])
    mid = len(d["paragraphs"]) // 2
    for k, p in enumerate(d["paragraphs"]):
        doc.add_paragraph(p)
        if k == mid:
            doc.add_paragraph("Also in this edition:")
            for it in items:
                doc.add_paragraph(it, style="List Bullet")
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    doc.save(path)
    return head


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
    ap.add_argument("--every", type=int, default=14)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--layouts", default=",".join(LAYOUTS[:5]))
    a = ap.parse_args()
    layouts = a.layouts.split(",")
    docs, others = load(a.data, a.every, a.offset)
    for sub in ("in", "truth", "src"):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
    for i, d in enumerate(docs):
        layout = layouts[i % len(layouts)]
        rows, items = extras(i, others)
        name = f"{i:03d}_{layout}"
        md = markdown(d, rows, items)
        head, foot = None, None
        if layout in ("pdf1", "pdf2"):
            src, head = groff_source(d, rows, items, 2 if layout == "pdf2" else 1)
            open(os.path.join(a.out, "src", name + ".ms"), "w", encoding="utf-8").write(src)
            pdf = subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf"], input=src.encode(), capture_output=True, check=True)
            open(os.path.join(a.out, "in", name + ".pdf"), "wb").write(pdf.stdout)
            foot = "Page"
        elif layout == "docx":
            head = write_docx(d, rows, items, os.path.join(a.out, "in", name + ".docx"))
            foot = "Internal briefing copy"
        elif layout in ("pandoc", "pandocpdf"):
            meta = f"---\ntitle: \"{d['title'].replace(chr(34), chr(92) + chr(34))}\"\nauthor: \"{d['author']}\"\n---\n\n"
            body = md.split("\n", 4)[4]
            target = ["-o", name + ".docx"] if layout == "pandoc" else ["-t", "ms", "--pdf-engine=pdfroff", "-o", name + ".pdf"]
            subprocess.run(["pandoc", "-f", "markdown"] + target, input=(meta + body).encode(), check=True,
                           cwd=os.path.join(a.out, "in"))
        else:
            open(os.path.join(a.out, "in", name + ".md"), "w", encoding="utf-8").write(md)
        truth = dict(name=name, layout=layout, source=d["stem"], title=d["title"], author=d["author"],
                     paragraphs=d["paragraphs"], lead_in="Also in this edition:", items=items, table=rows,
                     head=head, foot=foot)
        json.dump(truth, open(os.path.join(a.out, "truth", name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(docs)} documents in {a.out}/in")


if __name__ == "__main__":
    sys.exit(main())
