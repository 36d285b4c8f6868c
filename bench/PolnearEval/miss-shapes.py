# Round 40: the gold sources `eval --verbose` reports missed (its MISS lines), counted by the shape of the gold source span and by
# where it was lost (no cue tagged in the sentence, the cue word in one of the library's cue lists or not; the tagger's cue found
# but left without a source; the source tagged and lost in assembly), then the misses whose cue was tagged by how the source stands
# to it in a bare sentence. Run from the repository root:
#   dotnet run -c Release --project bench/PolnearEval -- eval --split train --verbose > FILE; python3 bench/PolnearEval/miss-shapes.py FILE
import sys, re, collections
D = 'src/DocReport/Analysis/'
LISTS = ['Data/cues.tsv', 'Attributions/Data/speech-verbs.txt', 'Attributions/Data/belief-cues.txt', 'Attributions/Data/stance-verbs.txt',
         'Attributions/Data/speech-acts.txt', 'Attributions/Data/view-verbs.txt', 'Attributions/Data/reporting-nouns.txt']
FUNCTION = {l.strip() for l in open(D + 'Attributions/Data/function-words.txt') if l.strip() and not l.startswith('#')}
listed = {w for f in LISTS for l in open(D + f) if l.strip() and not l.startswith('#')
          for part in l.split('\t')[0].split('|') for w in part.lower().split()} - FUNCTION
PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us'}
GROUP_WORDS = {'some', 'others', 'many', 'critics', 'both', 'all', 'few', 'most', 'several', 'everyone', 'nobody', 'someone', 'none', 'one',
               'supporters', 'opponents', 'analysts', 'experts', 'officials', 'democrats', 'republicans', 'voters', 'people', 'observers'}
DETERMINERS = ('the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our')

def shape(src):
    w = src.split(); lw = [x.lower().strip(',.') for x in w]
    if len(w) == 1 and lw[0] in PRONOUNS: return 'pronoun'
    if len(w) == 1 and lw[0] in ('who', 'which', 'that', 'whom'): return 'relative pronoun'
    if re.search(r"\w['’]s?(\s|$)", src) and len(w) <= 6: return 'possessive ("the agency\'s spokeswoman")'
    if len(w) > 6 or ',' in src or any(x in ('who', 'which', 'that') for x in lw[1:]): return 'long: apposition, clause or over six words'
    if lw[0] in DETERMINERS: return '"the" + name ("The Post")' if w[-1][0].isupper() else '"the" + description ("the senator")'
    if all(x[0].isupper() or x in ('of', 'and', 'the', 'de', 'for') for x in w): return 'name, capitals only'
    if len(w) == 1 and lw[0] in GROUP_WORDS: return 'group word ("others", "critics")'
    if w[0][0].isupper(): return 'capital, then lower case ("Senate Republicans")'
    return 'lower case ("many economists", "officials")'

def lost(rest, cue):
    if 'source untagged, cue tagged' in rest: return 'cue tagged, no source'
    if rest.startswith('tagged'): return 'source tagged, lost'
    return 'nothing tagged, cue word listed' if any(x in listed for x in re.findall(r"[a-z’']+", cue.lower())) else 'nothing tagged, no listed word'

def place(src, cue, sent):
    i, j = sent.find(src), sent.find(cue)
    if i < 0 or j < 0: return 'not found'
    if j < i: return 'source after cue'
    between = sent[i + len(src):j]
    if not between.strip() or re.fullmatch(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|then|later|again|never|still|just|now|not|did|does|do|been|\w+ly)\s*)+", between): return 'next to the cue'
    if re.search(r"\band\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$", between): return '"and" before the cue'
    if cue.split()[0].endswith('ing'):
        if re.search(r",\s+(?:\w+ly\s+)?$", between): return 'participle after a comma'
        if re.search(r"\b(?:by|after|before|while|in|for|when|without)\s+$", between): return 'participle after a preposition'
    if between.lstrip()[:1] in (',', '—', '('): return 'aside between'
    return 'other words between'

MISS = re.compile(r"^  MISS \[(.*?)\] <(.*?)> (.*?)(?:«(.*)»)?\s+in: ")
rows = [m.groups() for m in map(MISS.match, open(sys.argv[1])) if m]
order = ['nothing tagged, cue word listed', 'nothing tagged, no listed word', 'cue tagged, no source', 'source tagged, lost']
table = collections.Counter((shape(s), lost(r, c)) for s, c, r, _ in rows)
shapes = collections.Counter(shape(s) for s, _, _, _ in rows)
print(f'{len(rows)} missed gold sources\n\n| shape of the gold source | all | ' + ' | '.join(order) + ' |\n|---|' + '---:|' * (len(order) + 1))
for s, n in shapes.most_common(): print(f'| {s} | {n} | ' + ' | '.join(str(table[(s, o)]) for o in order) + ' |')
print('| all | %d | ' % len(rows) + ' | '.join(str(sum(table[(s, o)] for s in shapes)) for o in order) + ' |')
places = collections.Counter(place(s, c, t) for s, c, r, t in rows if t and lost(r, c) == 'cue tagged, no source')
print('\nbare sentences, cue tagged but no source, by how the gold source stands to the gold cue:')
for p, n in places.most_common(): print(f'{n:6d}  {p}')
