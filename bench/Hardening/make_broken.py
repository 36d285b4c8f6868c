"""Writes the broken inputs of round 25's batch check into a folder: empty, a binary renamed .html, a page cut after its
<head>, a 50 MB page, a PDF with no text, a PDF cut in half, a password-protected PDF (with qpdf, when installed) and
a password-protected DOCX's container (an OLE compound file holding EncryptionInfo and EncryptedPackage, as Office
writes one). Usage: make_broken.py OUT SAMPLES"""
import os, shutil, struct, subprocess, sys

out, samples = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
path = lambda name: os.path.join(out, name)

open(path("broken-empty.html"), "wb").close()
with open(path("broken-binary.html"), "wb") as f:
    f.write(bytes(range(256)) * 64)
with open(path("broken-cut.html"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html><head><title>Council budget</title><style>" + "p { margin: 0; }\n" * 200)
line = "<p>Paragraph {} of a very long page says the council met on Tuesday and agreed the budget, officials said.</p>\n"
with open(path("broken-50mb.html"), "w", encoding="utf-8") as f:
    f.write("<html><head><title>Big page</title></head><body>")
    written, i = 0, 0
    while written < 50 * 1024 * 1024:
        written += f.write(line.format(i))
        i += 1
    f.write("</body></html>")

def pdf(objects):
    body, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objects):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)

drawing = b"0 0 1 rg 72 600 300 100 re f 0 0 0 RG 72 500 m 400 520 l S"
with open(path("broken-no-text.pdf"), "wb") as f:
    f.write(pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
                 b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream"]))
sample_pdf = os.path.join(samples, "river-survey.pdf")
with open(sample_pdf, "rb") as f:
    data = f.read()
with open(path("broken-cut.pdf"), "wb") as f:
    f.write(data[: len(data) // 2])
if shutil.which("qpdf"):
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", sample_pdf, path("broken-password.pdf")], check=True)

def entry(name, kind, start, size, right=-1, child=-1):
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBBiii", len(encoded), kind, 1, -1, right, child) + b"\0" * 36
            + struct.pack("<IIi", start & 0xFFFFFFFF, size, 0))

end, free = 0xFFFFFFFE, 0xFFFFFFFF
header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0) + struct.pack("<109I", 0, *([free] * 108))
fat = [0xFFFFFFFD, end] + [i + 1 for i in range(2, 9)] + [end] + [i + 1 for i in range(10, 17)] + [end]
directory = (entry("Root Entry", 5, end, 0, child=1) + entry("EncryptionInfo", 2, 2, 4096, right=2)
             + entry("EncryptedPackage", 2, 10, 4096)).ljust(512, b"\0")
with open(path("broken-password.docx"), "wb") as f:
    f.write(header + struct.pack("<128I", *(fat + [free] * (128 - len(fat)))) + directory + bytes(4096) + bytes(range(256)) * 16)
