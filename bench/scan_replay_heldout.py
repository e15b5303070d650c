"""Replay a past held-out measurement: the rules as of COMMIT (never tuned on that commit's
held-out sources) together with a wording model trained, by the procedure of
bench/train_wording_model.py, only on that commit's dev split; scored on its held-out split.

    git worktree add /tmp/wt bd884f2
    .venv/bin/python bench/scan_replay_heldout.py /tmp/wt      (needs make scan-model's scikit-learn)
    git worktree remove /tmp/wt

bd884f2 is the last commit at which round 9 and the public cisco, MCPSecBench, github and
filesystem sources were held out; docs/scanner.md reports what this prints for it.
"""
import sys, glob, yaml, numpy as np
TREE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wt"
sys.path.insert(0, TREE + "/src")
from mcpfort.scan.text import strings
from mcpfort.scan.tools import scan_tool
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack
assert scan_tool.__code__.co_filename.startswith(TREE), "the rules must come from the replayed tree"
def text_of(tool): return " \n ".join(t for _, _, t in strings(tool))
def load(folder):
    out = []
    for f in sorted(glob.glob(folder + "/*.yaml") + glob.glob(folder + "/*.json")):
        d = yaml.safe_load(open(f))
        if isinstance(d, dict) and "cases" in d: out.append(d)
    return out
srcs = load(TREE + "/tests/data/scan")
rows = []
for s in srcs:
    for c in s["cases"]:
        r = scan_tool(c["tool"])
        rows.append(dict(src=s["source"], split=s["split"], y=int(c["label"] == "malicious"), text=text_of(c["tool"]),
                         rule=r.verdict != "clean", corr=any(f.severity != "info" for f in r.findings)))
def fit(tr):
    vecs = [TfidfVectorizer(ngram_range=(1,2), min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b"),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3,5), min_df=2, sublinear_tf=True)]
    X = hstack([v.fit_transform([r["text"] for r in tr]) for v in vecs]).tocsr()
    clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=5000).fit(X, [r["y"] for r in tr])
    return lambda rs: clf.predict_proba(hstack([v.transform([r["text"] for r in rs]) for v in vecs]).tocsr())[:, 1]
dev = [r for r in rows if r["split"] == "dev"]; held = [r for r in rows if r["split"] == "heldout"]
# threshold by leave-one-source-out on dev, as bench/train_wording_model.py does
lo = np.zeros(len(dev))
for g in sorted({r["src"] for r in dev}):
    m = np.array([r["src"] == g for r in dev])
    lo[m] = fit([r for r, k in zip(dev, m) if not k])([r for r, k in zip(dev, m) if k])
y = np.array([r["y"] for r in dev]); rule = np.array([r["rule"] for r in dev]); corr = np.array([r["corr"] for r in dev])
def q(flag, yy):
    tp = int((flag & (yy == 1)).sum()); fp = int((flag & (yy == 0)).sum()); fn = int(((~flag) & (yy == 1)).sum()); tn = int(((~flag) & (yy == 0)).sum())
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), fp / max(fp + tn, 1), tp, fp, fn
t = next(t for t in np.arange(0.5, 0.96, 0.05) if q(rule | ((lo >= t) & (corr | (lo >= 0.85))), y)[0] >= 0.95)
print("threshold from dev LOSO:", round(t, 2))
p = fit(dev)(held)
yh = np.array([r["y"] for r in held]); rh = np.array([r["rule"] for r in held]); ch = np.array([r["corr"] for r in held])
print("held-out n=%d (%d poisoned)" % (len(held), yh.sum()))
print("rules alone      P=%.3f R=%.3f FPR=%.3f tp=%d fp=%d fn=%d" % q(rh, yh))
print("rules + model    P=%.3f R=%.3f FPR=%.3f tp=%d fp=%d fn=%d" % q(rh | ((p >= t) & (ch | (p >= 0.85))), yh))
for g in sorted({r["src"] for r in held}):
    m = np.array([r["src"] == g for r in held])
    print("  %-40s rules R=%.3f FPR=%.3f | +model P=%.3f R=%.3f FPR=%.3f" % ((g,) + q(rh[m], yh[m])[1:3] + q((rh | ((p >= t) & (ch | (p >= 0.85))))[m], yh[m])[:3]))
