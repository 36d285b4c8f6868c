"""What a reader of the briefs trips on, counted with poppler's pdftotext: page 1 naming who is cited, claims the
key-claims table repeats from the key findings, words past the right margin, pages, briefs with a key-claims table
whose page 1 shows none of its rows, and table rows split across a page break (a page whose repeated header is followed by a
line without a row id), ids broken over two lines, and (where dataset.json is beside the brief) outline paragraphs that lead
into the next (a heading, one ending in a colon, a caption cell before a table) left on a page before it. Usage: measure.py FOLDER..."""
import glob, json, os, re, subprocess, sys

def text(pdf, *options):
    return subprocess.run(['pdftotext', *options, pdf, '-'], capture_output=True, text=True).stdout

cited = repeated = rows = past = briefs = pages = late_claims = split = broken = lead_ins = 0
split_rows, late_names, orphans = [], [], []

def leads_into(paragraph, following):
    return paragraph['kind'] == 'heading' or paragraph['text'].rstrip().endswith(':') \
        or (paragraph['kind'] == 'table_cell' and following['kind'] == 'table')

def outline_page(sheets, pid):
    """The last page with a line starting with the paragraph's id: the outline comes last."""
    found = [n for n, sheet in enumerate(sheets, 1) if re.search(rf'^{pid}\b', sheet, re.M)]
    return found[-1] if found else None

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
        # An id cell too narrow for its id ("C111" set as "C11" over "1") leaves a line of the id's head and one of its tail.
        broken += len(re.findall(r'^[CSP]\d+\n\d+\n', raw, re.M))
        sheets = raw.split('\f')
        pages += len([p for p in sheets if p.strip()])
        first = sheets[0][sheets[0].find('Key claims'):] if 'Key claims' in sheets[0] else ''
        if 'Key claims' in raw and not re.search(r'^C\d+ ', first, re.M):
            late_claims += 1
            late_names.append(os.path.basename(os.path.dirname(pdf)))
        for number, sheet in enumerate(sheets[1:], 2):
            lines = sheet.split('\n')
            for at, line in enumerate(lines[:-1]):
                if re.match(r'ID (Claim|Name) ', line) and 'Key claims' not in sheet[:sheet.find(line)] \
                        and not re.match(r'[CS]\d+ ', lines[at + 1]) and not lines[at + 1].startswith('DocReport brief'):
                    split += 1
                    split_rows.append(f'{os.path.basename(os.path.dirname(pdf))} p{number}')
        dataset = os.path.join(os.path.dirname(pdf), 'dataset.json')
        if os.path.exists(dataset):
            paragraphs = json.load(open(dataset, encoding='utf-8'))['paragraphs']
            for paragraph, following in zip(paragraphs, paragraphs[1:]):
                if not leads_into(paragraph, following):
                    continue
                lead_ins += 1
                at, next_at = outline_page(sheets, paragraph['id']), outline_page(sheets, following['id'])
                if at is not None and next_at is not None and at < next_at:
                    orphans.append(f'{os.path.basename(os.path.dirname(pdf))} {paragraph["id"]} p{at}')
        past += any(float(x) > width - 56 + 0.5 for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', boxes))
print(f'{briefs} briefs: page 1 names who is cited {cited}; key-claims rows {rows}, repeated from key findings {repeated}; '
      f'briefs with a word past the right margin {past}')
print(f'pages {pages}; briefs whose page 1 shows no key-claims row {late_claims} ({", ".join(late_names)}); rows split across pages {split}'
      + (f' ({", ".join(split_rows)})' if split_rows else '') + f'; ids broken over two lines {broken}')
print(f'outline lead-ins (briefs with dataset.json) {lead_ins}, left on the page before what they lead into {len(orphans)}'
      + (f' ({", ".join(orphans)})' if orphans else ''))
