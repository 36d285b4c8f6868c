# Round 41: the gold cues of the sources `eval --verbose` reports missed with nothing tagged in a sentence where no cue was found at
# all (MISS lines marked "sentence bare" with no tagged span), by class and by a crude stem of their head word (the first word of the
# cue that is no auxiliary, preposition, determiner, function word or -ly adverb; a listed word first). Run from the repository root:
#   dotnet run -c Release --project bench/PolnearEval -- eval --split train --verbose > FILE; python3 bench/PolnearEval/cue-classes.py FILE [TOP]
# Classes, the first that applies: a word of the library's cue lists (as miss-shapes.py reads them); only function words; a nominal cue
# (its last word a noun by its ending or a short list of stance and speech nouns, "according to", "in a ..."); a passive; an adjective
# or preposition after "be" ("is critical of"); a document subject ("the report ..."); the rest, a verb the lists lack.
import sys, re, collections
D = 'src/DocReport/Analysis/'
LISTS = ['Data/cues.tsv', 'Attributions/Data/speech-verbs.txt', 'Attributions/Data/belief-cues.txt', 'Attributions/Data/stance-verbs.txt',
         'Attributions/Data/speech-acts.txt', 'Attributions/Data/view-verbs.txt', 'Attributions/Data/reporting-nouns.txt']
FUNCTION = {l.strip() for l in open(D + 'Attributions/Data/function-words.txt') if l.strip() and not l.startswith('#')}
listed = {w for f in LISTS for l in open(D + f) if l.strip() and not l.startswith('#')
          for part in l.split('\t')[0].split('|') for w in part.lower().split()} - FUNCTION - {'a', 'an', 'the', 'up', 'out', 'off', 'back', 'on', 'in', 'go', 'goes', 'went', 'going', 'take', 'takes', 'took', 'taking', 'hit', 'hits', 'strike', 'fire', 'push', 'pushes', 'lash', 'lashes', 'after'}
AUX = set('for of in on at by with about from into over against as up out off than toward towards upon after before like the a an his her its their our my your this that these those is are was were be been being am has have had will would can could may might must should shall do does did not also still just never to have'.split())
IRREG = {'said':'say','says':'say','told':'tell','thought':'think','knew':'know','felt':'feel','saw':'see','seen':'see','wrote':'write','written':'write',
 'made':'make','took':'take','taken':'take','gave':'give','given':'give','spoke':'speak','went':'go','found':'find','got':'get','put':'put','sought':'seek',
 'heard':'hear','held':'hold','led':'lead','kept':'keep','brought':'bring','meant':'mean','stood':'stand','understood':'understand','chose':'choose','became':'become','came':'come','ran':'run','won':'win','lost':'lose','left':'leave','began':'begin','read':'read','struck':'strike'}
def lemma(w):
    w = w.lower()
    if w in IRREG: return IRREG[w]
    for suf, rep in (('ies','y'),('ied','y'),('ying','y')):
        if w.endswith(suf) and len(w) > 4: return w[:-len(suf)] + rep
    if w.endswith('ing') and len(w) > 5: w = w[:-3]; return w[:-1] if len(w) > 2 and w[-1] == w[-2] and w[-1] not in 'ls' else w
    if w.endswith('ed') and len(w) > 4: w = w[:-2]; return w[:-1] if len(w) > 2 and w[-1] == w[-2] and w[-1] not in 'ls' else w
    if w.endswith('es') and w[-3] in 'sxzh' and len(w) > 4: return w[:-2]
    if w.endswith('s') and not w.endswith('ss') and len(w) > 3: return w[:-1]
    return w
DOC = set('report reports study studies poll polls survey surveys data analysis document documents records letter memo audit review figures numbers statistics research findings investigation evidence filing filings estimates results report’s paper papers model models projection projections'.split())
NOUN_END = re.compile(r'(?:tion|sion|ment|ance|ence|ity|ism|ship|ness|ure)s?$')
NOUNS = set('statement view views opinion comments comment remarks remark claim claims position criticism interview speech message letter tweet tweets post belief response support opposition vision plan plans argument promise pledge concern concerns words case stance campaign pitch proposal policy policies agenda rhetoric obsession interest attack attacks call calls warning warnings message account version answer answers question questions testimony ad ads advertisement book column op-ed editorial video note memo email emails record praise'.split())
ADJ = set('ready critical confident skeptical sceptical sure certain aware clear convinced eager willing happy proud worried concerned optimistic pessimistic open opposed adamant unconvinced hopeful wary keen reluctant unwilling able unable likely unlikely determined committed right wrong careful vocal silent quiet outspoken firm blunt candid frank supportive dismissive doubtful fond angry upset furious pleased disappointed comfortable uncomfortable afraid'.split())
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|got)\s+(?:\w+ly\s+|not\s+|also\s+)*(?:\w+ed|\w+en|told|said|thought|known|seen|held|made|led|put|quoted|heard|understood)\b", re.I)
def klass(src, cue):
    words = re.findall(r"[A-Za-z’'-]+", cue); low = [w.lower() for w in words]
    content = [w for w in low if w not in AUX and w not in FUNCTION and not (w.endswith('ly') and len(w) > 4)]
    srcw = [w.lower().strip("’'s") for w in src.split()]
    if not words: return 'punctuation (colon, dash)', cue.strip()
    if not content and not any(w in listed for w in low): return 'function words only ("for", "to")', low[0]
    if any(w in listed for w in low): return 'a listed word, untagged', lemma(next(w for w in low if w in listed))
    if low[:2] == ['according', 'to'] or re.match(r'(?i)in\s+(?:a|an|the|his|her|its|their)\b', cue) or (content and (content[-1] in NOUNS or NOUN_END.search(content[-1]) and content[-1] not in ('comment','mention'))) and not PASSIVE.search(cue):
        if content and (content[-1] in NOUNS or NOUN_END.search(content[-1])) or low[:2]==['according','to']:
            return 'nominal cue', lemma(content[-1]) if content else low[0]
    if PASSIVE.search(cue): return 'passive', lemma(PASSIVE.search(cue).group(0).split()[-1])
    if re.search(r"\b(?:is|are|was|were|be|been|being|am|seemed|seems|seem|remains|remained|appears|appeared)\b", cue, re.I) and any(w in ADJ or w.endswith(('ful','ive','ous','ic','al','ant','ent','able','ible')) for w in content) or any(w in ADJ for w in content):
        return 'adjectival / prepositional', next((w for w in content if w in ADJ or w.endswith(('ful','ive','ous','ic','al','ant','ent','able','ible'))), content[0] if content else low[0])
    if any(w in DOC for w in srcw): return 'evidence verb, document subject', lemma(content[0]) if content else low[0]
    if content and NOUN_END.search(content[-1]) or content and content[-1] in NOUNS: return 'nominal cue', lemma(content[-1])
    return 'verb not listed', lemma(content[0]) if content else lemma(low[0])
MISS = re.compile(r"^  MISS \[(.*?)\] <(.*?)> (.*?)(?:«(.*)»)?\s+in: ")
rows = [m.groups() for m in map(MISS.match, open(sys.argv[1])) if m]
total = len(rows)
bare = [(s, c) for s, c, r, t in rows if t and 'sentence bare' in r and not r.startswith('tagged') and 'cue tagged' not in r]
print(f'{total} missed gold sources; {len(bare)} ({len(bare)/total:.0%}) with nothing tagged in a sentence where no cue was found')
by = collections.defaultdict(collections.Counter)
for s, c in bare:
    k, l = klass(s, c); by[k][l] += 1
print('\n| class | misses | share of bare misses | share of all misses | commonest lemmas |\n|---|---:|---:|---:|---|')
for k, cnt in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
    n = sum(cnt.values())
    top = sum(v for _, v in cnt.most_common(20))
    print(f'<!-- {k}: {len(cnt)} distinct lemmas; the 20 commonest cover {top} ({top/n:.0%}) -->')
    print(f'| {k} | {n} | {n/len(bare):.0%} | {n/total:.1%} | ' + ', '.join(f'{l} {v}' for l, v in cnt.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 12)) + ' |')
