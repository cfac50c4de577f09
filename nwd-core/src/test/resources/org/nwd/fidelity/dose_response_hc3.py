# Reference values for DoseResponseTest: OLS slope of change on fidelity score with the HC3
# (MacKinnon-White) standard error and a t(n - 2) interval.
# Run: /usr/bin/python3 dose_response_hc3.py > dose_response_hc3.out   (statsmodels 0.13.5, Debian 12)
import numpy as np
import statsmodels
import statsmodels.api as sm

cases = {
    "nine": ([0, 0, 0.25, 0.5, 0.5, 0.75, 1, 1, 1],
             [1.5, -0.5, 2.0, 0.0, -1.0, -2.5, -3.0, 0.5, -4.0]),
    "five": ([0.2, 0.4, 0.4, 0.9, 1.0],
             [0.0, 3.0, -1.0, -2.0, 1.0]),
}
print("statsmodels", statsmodels.__version__)
for name, (x, y) in cases.items():
    X = sm.add_constant(np.array(x, dtype=float))
    for level in (0.95, 0.9):
        fit = sm.OLS(np.array(y, dtype=float), X).fit(cov_type="HC3", use_t=True)
        lo, hi = fit.conf_int(alpha=1 - level)[1]
        print(f"{name} level={level} slope={fit.params[1]!r} intercept={fit.params[0]!r} "
              f"se={fit.bse[1]!r} lower={lo!r} upper={hi!r}")
