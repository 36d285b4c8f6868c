"""Writes the hostile inputs of issue 10 into a folder (small files that used to cost minutes or gigabytes)."""
import os, sys, zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
sentence = "The council said the budget rose by {} percent in 2023, the largest rise in a decade."

def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)

write("noncharacter-\ufffe-name.txt", "Budget \ufffe Rises\n\n" + sentence.format(5) + "\uffff\n")
write("long-word.txt", "A Long Word\n\nThe council said that " + "x" * 200_000 + " was the word.\n")
write("nested-divs-100k.html", "<html><head><title>Nested</title></head><body>" + "<div>" * 100_000
      + "<p>" + sentence.format(5) + "</p>" + "</div>" * 100_000 + "</body></html>")
write("tiny-paragraphs-1m.html", "<html><head><title>Tiny</title></head><body><article>" + "<p>a b.</p>" * 1_000_000 + "</article></body></html>")
write("paragraphs-100k.txt", "Many Paragraphs\n\n" + "".join(sentence.format(i) + "\n\n" for i in range(100_000)))
write("paragraphs-40k.txt", "Many Paragraphs\n\n" + "".join(sentence.format(i) + "\n\n" for i in range(40_000)))
# Paragraphs side by side in one <article>: 49,999 (the largest page within --max-paragraphs, with its heading) and
# 407,000 (50 MB, under the 500,000-element check; refused as over the side-by-side limit before reading).
def flat_page(name, count):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("<html><head><title>Flat</title></head><body><article><h1>Flat Page</h1>")
        for i in range(count):
            f.write("<p>The council said the budget for road repairs rose by " + str(i) + " percent in the year, the largest rise in a decade of plans.</p>\n")
        f.write("</article></body></html>")

flat_page("flat-paragraphs-50k.html", 49_999)
flat_page("flat-paragraphs-407k.html", 407_000)
write("no-title.txt", sentence.format(5) + " Officials expect a smaller rise.\n\nAnother paragraph follows.\n")

# A DOCX whose document part inflates to 1.3 GB from about 1.3 MB.
head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
tail = b'</w:t></w:r></w:p></w:body></w:document>'
types = b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
with zipfile.ZipFile(os.path.join(out, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", rels)
    with z.open("word/document.xml", "w", force_zip64=True) as w:
        w.write(head)
        chunk = b"a" * (1 << 20)
        for _ in range(1300):
            w.write(chunk)
        w.write(tail)
