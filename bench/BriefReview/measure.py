"""What a reader of the briefs trips on, counted with poppler's pdftotext: page 1 naming who is cited, claims the
key-claims table repeats from the key findings, and words past the right margin. Usage: measure.py FOLDER..."""
import glob, os, re, subprocess, sys

def text(pdf, *options):
    return subprocess.run(['pdftotext', *options, pdf, '-'], capture_output=True, text=True).stdout

cited = repeated = rows = past = briefs = 0
for folder in sys.argv[1:]:
    for pdf in sorted(glob.glob(os.path.join(folder, '*', 'brief.pdf'))):
        briefs += 1
        page1 = text(pdf, '-f', '1', '-l', '1')
        cited += 'Cited:' in page1 or '\nSources\n' in page1
        raw = text(pdf, '-raw')
        findings = set()
        if 'Key findings' in raw:
            tail = raw[raw.index('Key findings'):]
            ends = [i for i in (tail.find('Claims per paragraph'), tail.find('Key claims'), tail.find('Sources\nID')) if i > 0]
            findings = set(re.findall(r'\b(C\d+) · P\d+', tail[:min(ends + [len(tail)])]))
        table = set()
        if 'Key claims' in raw:
            start = raw.index('Key claims')
            end = raw.find('Sources\nID', start)
            table = set(re.findall(r'^(C\d+) ', raw[start:end if end > 0 else len(raw)], re.M))
        repeated += len(findings & table)
        rows += len(table)
        boxes = text(pdf, '-bbox')
        width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
        past += any(float(x) > width - 56 + 0.5 for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', boxes))
print(f'{briefs} briefs: page 1 names who is cited {cited}; key-claims rows {rows}, repeated from key findings {repeated}; '
      f'briefs with a word past the right margin {past}')
