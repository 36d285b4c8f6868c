# Round 33: classes the gold sources of a held-out fold dumped by `cv --runs 1 --misses FILE` (GoldSourceDump.cs):
# recall by the gold cue's class, the cue's side and distance, the source's form and whether the content is quoted.
# Run from the repository root: python3 bench/PolnearEval/classify-misses.py FILE ["cue class" to list its missed cues]
import sys, re, collections
D='src/DocReport/Analysis/Attributions/Data/'
def words(f):
    return {l.strip().split('\t')[0].lower() for l in open(D+f) if l.strip() and not l.startswith('#')}
cuewords=words('cue-words.txt'); nouns=words('reporting-nouns.txt'); beliefs=words('belief-cues.txt')
rates={}
for l in open(D+'cue-rates.tsv'):
    if l.startswith('#') or not l.strip(): continue
    w,a,b,c=l.rstrip('\n').split('\t'); rates[w]=int(a)/int(c)
SAY=re.compile(r"^(say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|write|writes|wrote|writing|written)$")
PRON={'he','she','they','we','i','you','it','him','her','them','us'}
REL={'who','which','that','whom'}
def cueclass(cue, ctx):
    ws=[w.lower() for w in re.findall(r"[A-Za-z']+", cue)]
    if not ws: return 'punctuation'
    c=' '.join(ws)
    if 'according to' in c or c in ('per',) or c.startswith('in an interview') : return 'preposition'
    if ws[-1]=='by' or ' by' in c: return 'passive by'
    if any(SAY.match(w) for w in ws): return 'say/tell/ask/write'
    if any(w in nouns for w in ws): return 'reporting noun'
    if any(w in cuewords for w in ws): return 'cue-words.txt word'
    if any(w in beliefs for w in ws): return 'belief'
    if any(rates.get(w,0)>=0.1 for w in ws): return 'rated >=0.1'
    if any(rates.get(w,0)>=0.02 for w in ws): return 'rated 0.02-0.1'
    return 'open class (unrated)'
def form(src):
    ws=src.split()
    lw=src.lower().strip()
    if lw in PRON: return 'pronoun'
    if lw in REL: return 'relative'
    if re.search(r"(his|her|their|its)$", lw) or lw.endswith("'s") or lw.endswith("’s"): return 'possessive'
    if len(ws)>=6: return 'long (6+ words)'
    if all(w[0].isupper() or w in ('of','the','and','.','-') for w in ws if w): return 'name'
    if any(w[0].isupper() for w in ws[1:] if w): return 'description with name'
    return 'description'
def gapb(side,g):
    g=int(g)
    if side=='none': return 'no cue'
    b='adjacent' if g<=1 else '2-20' if g<=20 else '21-60' if g<=60 else '>60'
    return side+' '+b
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
tabs=collections.defaultdict(lambda: collections.Counter())
for r in rows:
    name,found,cue,f1,fc1,side,gap,src,cuet,cont,ctx=r
    k='found' if found=='1' else ('missed, cue tagged' if cue=='1' else 'missed, neither')
    q='quote' if re.match(r'^\s*["“”\'‘]', cont) else 'no quote'
    for t,v in [('cue class',cueclass(cuet,ctx)),('cue side/gap',gapb(side,gap)),('source form',form(src)),('content',q)]:
        tabs[t][(v,k)]+=1
for t,c in tabs.items():
    vals=sorted({v for v,_ in c}, key=lambda v:-sum(c[(v,k)] for k in ('missed, neither','missed, cue tagged')))
    print(f'\n{t:30} {"gold":>6} {"found":>6} {"miss-neither":>12} {"miss-cue-tagged":>15} {"recall":>6}')
    for v in vals:
        n=sum(c[(v,k)] for k in ('found','missed, neither','missed, cue tagged'))
        print(f'{v:30} {n:6} {c[(v,"found")]:6} {c[(v,"missed, neither")]:12} {c[(v,"missed, cue tagged")]:15} {c[(v,"found")]/n:6.3f}')
print(len(rows),'gold attributions with source')

if len(sys.argv)>2:
    want=sys.argv[2]
    cnt=collections.Counter(); tot=collections.Counter()
    for r in rows:
        name,found,cue,f1,fc1,side,gap,src,cuet,cont,ctx=r
        if cueclass(cuet,ctx)!=want: continue
        key=cuet.lower()
        tot[key]+=1
        if found=='0': cnt[key]+=1
    print(want, 'top missed cues (missed/gold):')
    print(', '.join(f'{k} {v}/{tot[k]}' for k,v in cnt.most_common(60)))
