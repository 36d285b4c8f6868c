"""Round 45 (branch claims45): two tune --scores files (FOLDER/NAME.scores and NAME.scores.dev) compared.
compare FOLDER A [B]: AUC, F1 (tp fp fn) and share flagged at each file's article threshold on news-cv, news dev 942, news-dev2 and
the two pooled, and B - A with its sd over 1,000 samples of whole pages (pooled file: news-eval.tsv's rows then news-dev2.tsv's).
groups FOLDER A B ANALYSIS NEWS-TRAIN: the errors of A and B by what the analysis says of the sentence (freeze-analysis's file).
classes FOLDER A B: the classified errors of news-train-errors.tsv (round 41) and news-dev-disagreements.tsv (round 37), still wrong under A and B.
Run from the repository root."""
import sys, random, collections
mode, folder = sys.argv[1], sys.argv[2]
def read(path):
    rows=[]
    for l in open(path):
        if l.startswith('#'): continue
        f=l.rstrip('\n').split('\t')
        rows.append((f[1]=='True', float(f[2]), f[3], f[4] if len(f)>4 else ''))
    return rows
def thr(path):
    for l in open(path):
        if l.startswith('# threshold'): return float(l.split()[2])
dev2pages=set(l.split('\t')[1] for l in open('bench/ClaimTraining/news-dev2.tsv') if not l.startswith('#') and l.strip())
def f1(rows,t):
    tp=sum(1 for g,p,*_ in rows if g and p>=t); fp=sum(1 for g,p,*_ in rows if not g and p>=t); fn=sum(1 for g,p,*_ in rows if g and p<t)
    return (2*tp/(2*tp+fp+fn) if tp else 0.0), tp,fp,fn, sum(1 for g,p,*_ in rows if p>=t)/max(1,len(rows))
def auc(rows):
    pos=[p for g,p,*_ in rows if g]; neg=[p for g,p,*_ in rows if not g]
    allr=sorted([(p,1) for p in pos]+[(p,0) for p in neg]); 
    # rank-based
    ranks={}; i=0
    vals=[p for p,_ in allr]
    r=[0]*len(allr)
    while i<len(allr):
        j=i
        while j<len(allr) and allr[j][0]==allr[i][0]: j+=1
        for k in range(i,j): r[k]=(i+j+1)/2
        i=j
    sp=sum(r[k] for k in range(len(allr)) if allr[k][1]==1)
    return (sp-len(pos)*(len(pos)+1)/2)/(len(pos)*len(neg))
def compare(names):
    names=names
    data={}
    for n in names:
        cv=read(f'{folder}/{n}.scores'); dv=read(f'{folder}/{n}.scores.dev'); t=thr(f'{folder}/{n}.scores')
        d1=[r for r in dv if r[2] not in dev2pages]; d2=[r for r in dv if r[2] in dev2pages]
        data[n]=dict(t=t, cv=cv, dev=d1, dev2=d2, pooled=dv)
    for n in names:
        d=data[n]; print(f'{n}: threshold {d["t"]}')
        for s in ['cv','dev','dev2','pooled']:
            f,tp,fp,fn,fl=f1(d[s],d['t']); print(f'   {s:7s} n={len(d[s]):5d} AUC {auc(d[s]):.3f} F1 {f:.3f} ({tp} {fp} {fn}) flagged {fl:.1%}')
    if len(names)==2:
        a,b=data[names[0]],data[names[1]]
        rng=random.Random(1)
        for s in ['cv','dev','dev2','pooled']:
            ra,rb=a[s],b[s]
            assert [r[3] for r in ra]==[r[3] for r in rb]
            pages=collections.defaultdict(list)
            for i,r in enumerate(ra): pages[r[2]].append(i)
            keys=list(pages)
            base=f1(rb,b['t'])[0]-f1(ra,a['t'])[0]
            diffs=[]
            for _ in range(1000):
                idx=[i for k in (rng.choice(keys) for _ in keys) for i in pages[k]]
                diffs.append(f1([rb[i] for i in idx],b['t'])[0]-f1([ra[i] for i in idx],a['t'])[0])
            m=sum(diffs)/len(diffs); sd=(sum((x-m)**2 for x in diffs)/len(diffs))**0.5
            print(f'   {s:7s} diff {base:+.3f} (sd {sd:.3f})')
def groups():
    a,b=sys.argv[3],sys.argv[4]
    feat={}
    for l in open(sys.argv[5]):
        if l.startswith('#'): continue
        k,h,f=l.rstrip('\n').split('\t'); feat[k]=f.split()
    # map (page, text) -> features via news files
    txt={}
    for p in [sys.argv[6],'bench/ClaimTraining/news-eval.tsv','bench/ClaimTraining/news-dev2.tsv']:
        for l in open(p):
            if l.startswith('#') or not l.strip(): continue
            s,pg,i,y,t=l.rstrip('\n').split('\t',4)
            if pg+'/'+i in feat: txt[(pg,' '.join(t.split()))]=feat[pg+'/'+i]
    def load(n):
        cv=read(f'{folder}/{n}.scores'); dv=read(f'{folder}/{n}.scores.dev'); t=thr(f'{folder}/{n}.scores')
        return t,cv,dv
    ta,cva,dva=load(a); tb,cvb,dvb=load(b)
    def grp(f):
        if 'a:continued:Speech' in f: return 'continued quotation'
        if 'a:quoted:Speech' in f: return 'quoted speech'
        if 'a:frame:Speech' in f: return 'speech, not quoted'
        if 'a:frame:Belief' in f or 'a:frame:View' in f: return 'belief or view'
        if 'a:frame:Document' in f: return 'document'
        if 'a:content:part' in f or 'a:content:most' in f: return 'reported content, cue elsewhere'
        return 'unattributed'
    for name,A,B in [('news-cv',cva,cvb),('news dev 942 + news-dev2',dva,dvb)]:
        c=collections.defaultdict(lambda:[0,0,0,0,0,0])
        for ra,rb in zip(A,B):
            f=txt.get((ra[2],' '.join(ra[3].split())),[])
            g=grp(f) if f else 'no analysis'
            wa=(ra[1]>=ta)!=ra[0]; wb=(rb[1]>=tb)!=rb[0]
            v=c[g]; v[0]+=1; v[1]+=wa; v[2]+=wb; v[3]+= wa and not wb; v[4]+= wb and not wa; v[5]+=ra[0]
        print(name+': group | n | Yes share | errors base -> new | fixed | broken')
        for g,v in sorted(c.items(),key=lambda x:-x[1][0]): print(f'  {g} | {v[0]} | {v[5]/v[0]:.2f} | {v[1]} -> {v[2]} | {v[3]} | {v[4]}')

def classes():
    a,b=sys.argv[3],sys.argv[4]
    def key(page,text): return (page,' '.join(text.split()))
    def load(n):
        cv=read(f'{folder}/{n}.scores'); dv=read(f'{folder}/{n}.scores.dev'); t=thr(f'{folder}/{n}.scores')
        return t,{key(r[2],r[3]):(r[0],r[1]) for r in cv},{key(r[2],r[3]):(r[0],r[1]) for r in dv}
    ta,cva,dva=load(a); tb,cvb,dvb=load(b)
    # news-train errors sample
    rows=[l.rstrip('\n').split('\t') for l in open('bench/ClaimTraining/news-train-errors.tsv') if not l.startswith('#')]
    tab=collections.OrderedDict()
    for err,score,op,cls,page,sent in rows:
        k=key(page,sent)
        if k not in cva: continue
        g,pa=cva[k]; _,pb=cvb[k]
        wa=(pa>=ta)!=g; wb=(pb>=tb)!=g
        c=tab.setdefault((err,cls),[0,0,0]); c[0]+=1; c[1]+=wa; c[2]+=wb
    print('news-train sample: class | n | wrong base | wrong new')
    for (e,c),v in tab.items(): print(f'  {e} | {c} | {v[0]} | {v[1]} | {v[2]}')
    # news dev disagreements
    text={}
    for l in open('bench/ClaimTraining/news-eval.tsv'):
        if l.startswith('#') or not l.strip(): continue
        f=l.rstrip('\n').split('\t',4); text[(f[1],f[2])]=f[4]
    tab=collections.OrderedDict()
    seen=set()
    for l in open('bench/ClaimTraining/news-dev-disagreements.tsv'):
        if l.startswith('#'): continue
        page,sid,gold,score,verdict,cls=l.rstrip('\n').split('\t')
        k=key(page,text.get((page,sid),''))
        if k not in dva: continue
        seen.add(k)
        g,pa=dva[k]; _,pb=dvb[k]
        wa=(pa>=ta)!=g; wb=(pb>=tb)!=g
        c=tab.setdefault(('missed' if gold=='Yes' else 'false',cls),[0,0,0]); c[0]+=1; c[1]+=wa; c[2]+=wb
    print('news dev (round 37 classes): class | n | wrong base | wrong new')
    for (e,c),v in sorted(tab.items()): print(f'  {e} | {c} | {v[0]} | {v[1]} | {v[2]}')

if mode == 'compare': compare(sys.argv[3:])
elif mode == 'classes': classes()
else: groups()
