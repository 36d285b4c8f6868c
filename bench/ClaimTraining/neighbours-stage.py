# The neighbours' second stage (README "Round 41", rebuilt in round 42 because round 41's scratch script was not kept): the label fitted
# on the sentence's own logit and the mean logit of up to K sentences either side in its page (an indicator where there is none),
# against the same fit on the logit alone; cross-fitted on news-train by five page folds, fitted on all of news-train for news dev.
# A labelled news-train neighbour takes its out-of-fold score (the library was trained on it); the other neighbours take the
# library's score from page-profiles. Thresholds are F1-best over news-cv and the pooled dev; sd over 1,000 samples of whole pages.
# Usage: python3 neighbours-stage.py SCORES PROFILES news-dev2.tsv [K=2] [fixed]
#   SCORES: tune --scores FILE (and FILE.dev), run with --news-eval news-eval.tsv plus news-dev2.tsv's rows (README "Round 42");
#   PROFILES: page-profiles --news-train /tmp/news-train-r15.tsv --news-eval the same pooled file --out FILE.
import sys, math, random, hashlib, collections
scores, profiles, dev2file = sys.argv[1], sys.argv[2], sys.argv[3]
K = int(sys.argv[4]) if len(sys.argv) > 4 else 2
def key(t): return ' '.join(t.replace('\u00a0',' ').split())
def logit(p): p=min(max(p,1e-4),1-1e-4); return math.log(p/(1-p))
def rows(path):
    out=[]
    for l in open(path, encoding='utf-8'):
        if l.startswith('#'): continue
        f=l.rstrip('\n').split('\t')
        if len(f)<5: continue
        out.append(dict(gold=f[1]=='True', p=float(f[2]), page=f[3], key=key(f[4])))
    return out
train=rows(scores); dev=rows(scores+'.dev')
dev2pages={l.split('\t')[1] for l in open(dev2file, encoding='utf-8') if not l.startswith('#')}
for r in dev:
    r['set']='dev2' if r['page'] in dev2pages else ('polnear' if r['page'].endswith('.txt') else 'readability')
for r in train: r['set']='cv'
prof=collections.defaultdict(list)
for l in open(profiles, encoding='utf-8'):
    if l.startswith('#'): continue
    page,s,flag,text=l.rstrip('\n').split('\t',3)
    prof[page].append([logit(float(s)), key(text)])
# a labelled news-train neighbour takes its out-of-fold score (the library was trained on it)
oof={(r['page'],r['key']):logit(r['p']) for r in train}
for page,lst in prof.items():
    for e in lst:
        if (page,e[1]) in oof: e[0]=oof[(page,e[1])]
missing=0
for r in train+dev:
    lst=prof.get(r['page'])
    idx=None
    if lst:
        for i,e in enumerate(lst):
            if e[1]==r['key']: idx=i; break
    r['x']=logit(r['p'])
    if idx is None:
        missing+=1; r['nb']=0.0; r['none']=1.0; continue
    nb=[lst[j][0] for j in range(idx-K, idx+K+1) if j!=idx and 0<=j<len(lst)]
    r['nb']=sum(nb)/len(nb) if nb else 0.0; r['none']=0.0 if nb else 1.0
print(f'# {len(train)} news-train, {len(dev)} dev rows; {missing} not placed in a profile', file=sys.stderr)
def fit(X,y,l2=1e-3,it=30):
    d=len(X[0]); w=[0.0]*d
    for _ in range(it):
        g=[0.0]*d; H=[[0.0]*d for _ in range(d)]
        for x,t in zip(X,y):
            z=sum(a*b for a,b in zip(w,x)); p=1/(1+math.exp(-max(min(z,30),-30)))
            for i in range(d):
                g[i]+=(p-t)*x[i]
                for j in range(d): H[i][j]+=p*(1-p)*x[i]*x[j]
        for i in range(1,d): g[i]+=l2*w[i]; H[i][i]+=l2
        # solve H dw = g
        A=[H[i][:]+[g[i]] for i in range(d)]
        for c in range(d):
            piv=max(range(c,d),key=lambda r_:abs(A[r_][c])); A[c],A[piv]=A[piv],A[c]
            for r_ in range(d):
                if r_!=c:
                    f=A[r_][c]/A[c][c]
                    for k in range(c,d+1): A[r_][k]-=f*A[c][k]
        dw=[A[i][d]/A[i][i] for i in range(d)]
        w=[a-b for a,b in zip(w,dw)]
        if max(abs(v) for v in dw)<1e-8: break
    return w
def feats(r,model): return [1.0,r['x']] if model=='base' else [1.0,r['x'],r['nb'],r['none']]
def fold(page): return int(hashlib.md5(page.encode()).hexdigest(),16)%5
def prob(w,x): z=sum(a*b for a,b in zip(w,x)); return 1/(1+math.exp(-z))
for model in ('base','mean'):
    for f in range(5):
        tr=[r for r in train if fold(r['page'])!=f]
        w=fit([feats(r,model) for r in tr],[r['gold'] for r in tr])
        for r in train:
            if fold(r['page'])==f: r[model]=prob(w,feats(r,model))
    w=fit([feats(r,model) for r in train],[r['gold'] for r in train])
    print(f'# {model} weights on all news-train: '+' '.join(f'{v:.3f}' for v in w), file=sys.stderr)
    for r in dev: r[model]=prob(w,feats(r,model))
def counts(rs,model,t):
    tp=sum(1 for r in rs if r[model]>=t and r['gold']); fp=sum(1 for r in rs if r[model]>=t and not r['gold']); fn=sum(1 for r in rs if r[model]<t and r['gold'])
    return tp,fp,fn
def f1(c): tp,fp,fn=c; return 2*tp/(2*tp+fp+fn) if tp else 0.0
def auc(rs,model):
    s=sorted(rs,key=lambda r:r[model]); pos=sum(r['gold'] for r in rs); neg=len(rs)-pos; rank=0; acc=0
    for i,r in enumerate(s,1):
        if r['gold']: acc+=i
    return (acc-pos*(pos+1)/2)/(pos*neg)
pool=train+dev
grid=[i/100 for i in range(20,61)]
thr={m:max(grid,key=lambda t:f1(counts(pool,m,t))) for m in ('base','mean')}
sets={'news-cv':train,'news dev 942':[r for r in dev if r['set']!='dev2'],'  Readability 174':[r for r in dev if r['set']=='readability'],
      '  PolNeAR r27+r33 768':[r for r in dev if r['set']=='polnear'],'news-dev2 651':[r for r in dev if r['set']=='dev2'],
      'PolNeAR dev 1419':[r for r in dev if r['set']!='readability'],'pooled dev 1593':dev}
for p in sorted(dev2pages): sets['  '+p[:40]]=[r for r in dev if r['page']==p]
random.seed(42)
def resample_sd(rs,tb,tm,n=1000):
    bypage=collections.defaultdict(list)
    for r in rs: bypage[r['page']].append(r)
    pages=list(bypage); ds=[]
    for _ in range(n):
        smp=[r for p in (random.choice(pages) for _ in pages) for r in bypage[p]]
        ds.append(f1(counts(smp,'mean',tm))-f1(counts(smp,'base',tb)))
    m=sum(ds)/n; return math.sqrt(sum((d-m)**2 for d in ds)/(n-1))
print(f'thresholds (F1-best over news-cv + pooled dev): base {thr["base"]:.2f}, mean {thr["mean"]:.2f}')
print('| set | AUC base / mean | base F1 (tp fp fn) | mean F1 (tp fp fn) | diff (sd) | flagged base / mean / gold |')
print('|---|---|---|---|---|---|')
for name,rs in sets.items():
    if not rs: continue
    cb=counts(rs,'base',thr['base']); cm=counts(rs,'mean',thr['mean'])
    # one page alone has no page-resampling spread
    sd=f"{resample_sd(rs,thr['base'],thr['mean'], 1000 if len(rs)<3000 else 300):.3f}" if len({r['page'] for r in rs})>1 else '-'
    n=len(rs); g=sum(r['gold'] for r in rs)
    print(f'| {name} | {auc(rs,"base"):.3f} / {auc(rs,"mean"):.3f} | {f1(cb):.3f} ({cb[0]} {cb[1]} {cb[2]}) | {f1(cm):.3f} ({cm[0]} {cm[1]} {cm[2]}) | {f1(cm)-f1(cb):+.3f} ({sd}) | {(cb[0]+cb[1])/n:.1%} / {(cm[0]+cm[1])/n:.1%} / {g/n:.1%} |')
if len(sys.argv)>5:
    print('fixed thresholds, pooled dev 1593 / news-dev2 / news dev 942 / news-cv: mean minus base at the same threshold')
    for t in [0.28,0.30,0.32,0.34,0.36,0.38,0.40,0.42]:
        print(t, ' '.join(f'{f1(counts(rs,"mean",t))-f1(counts(rs,"base",t)):+.3f}' for rs in (dev,sets['news-dev2 651'],sets['news dev 942'],train)))
