# SciPy cross-check of Wilcoxon signed-rank p-values in paired-reference.R, and the one case R's coin
# does not offer: Pratt's zero method with the continuity-corrected normal approximation.
# SciPy's method="exact" assumes no ties (with ties it is not the exact conditional distribution,
# see the R script's coin values), so it is used only for the untied d4.
# Run: python3 paired-reference.py > paired-reference-py.out   (SciPy 1.17.1, Python 3.11)
import numpy as np
import scipy
from scipy import stats

print("scipy", scipy.__version__)
d4 = np.array([1.5, -0.25, 3, 4.75, -2, 6, 0.5, 7.25, 8, -9.5, 10, 11.25, 12.5])
r = stats.wilcoxon(d4, method="exact")
print(f"d4 wilcox exact: W+ / W- min={r.statistic!r} p={r.pvalue!r}")
d5 = np.tile([-3, -2, -1, 1, 2, 3, 4], 7).astype(float)
d6 = np.concatenate([d5, [0, 0, 5]])
for zm in ["wilcox", "pratt"]:
    for corr in [True, False]:
        r = stats.wilcoxon(d6, zero_method=zm, method="approx", correction=corr)
        print(f"d6 {zm} approx correction={corr}: p={r.pvalue!r}")

# Conditional odds ratio for b = 1, c = 2e9 at 95% in 60-digit arithmetic (mpmath 1.3): the
# Clopper-Pearson limits for c of n = b + c solve P(X >= c) = 0.025 and P(X <= c) = 0.025, mapped by
# p / (1 - p). Double-precision beta quantiles (R's qbeta, Commons' solver) lose digits here.
import mpmath as mp

mp.mp.dps = 60
n = 2000000001
g = lambda q: (1 - q) ** n + n * (1 - q) ** (n - 1) * q - mp.mpf("0.025")  # q = 1 - p
lo, hi = mp.mpf("1e-10"), mp.mpf("1e-8")
for _ in range(200):
    m = (lo + hi) / 2
    lo, hi = (m, hi) if g(m) > 0 else (lo, m)
print("b=1 c=2e9 L=" + mp.nstr((1 - lo) / lo, 20))
pu = mp.mpf("0.975") ** (mp.mpf(1) / n)
print("b=1 c=2e9 U=" + mp.nstr(pu / (1 - pu), 20))
