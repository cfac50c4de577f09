# Independent expected values for the paired statistics of issue 12 (McNemar exact, Wilcoxon exact
# with ties and zeros, Newcombe paired interval, conditional odds ratio, d_z with its noncentral t
# interval, noncentral t CDF). Run: Rscript paired-reference.R > paired-reference.out
# R 4.2.2 (Debian bookworm r-base-core) with Debian's r-cran-coin, r-cran-exactranktests and
# r-cran-effectsize. Nothing here calls the Java code: every value is computed from its definition
# or by an R package.
options(digits = 15, warn = 1)
suppressPackageStartupMessages({ library(coin); library(exactRankTests); library(effectsize) })

cat("== McNemar exact: min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2)\n")
# Exact sums with integers (choose) for small n, checked against binom.test and pbinom.
exact_sum <- function(b, c) { n <- b + c; k <- min(b, c); min(1, 2 * sum(choose(n, 0:k)) / 2^n) }
for (bc in list(c(5, 14), c(14, 5), c(3, 9), c(0, 5), c(4, 4), c(0, 1), c(1, 9), c(12, 12),
                c(2, 22), c(7, 8))) {
  b <- bc[1]; c <- bc[2]
  cat(sprintf("b=%d c=%d exact_sum=%.17g binom.test=%.17g pbinom=%.17g\n", b, c, exact_sum(b, c),
              binom.test(b, b + c)$p.value, min(1, 2 * pbinom(min(b, c), b + c, 0.5))))
}
cat(sprintf("b=1000 c=1100 pbinom=%.17g\n", min(1, 2 * pbinom(1000, 2100, 0.5))))
cat(sprintf("b=20 c=2000000 pbinom=%.17g\n", min(1, 2 * pbinom(20, 2000020, 0.5))))
cat("== McNemar chi-square with Edwards' correction, not floored (R mcnemar.test)\n")
for (bc in list(c(4, 4), c(30, 12), c(12, 13), c(1, 1))) {
  m <- mcnemar.test(matrix(c(10, bc[2], bc[1], 15), 2))
  cat(sprintf("b=%d c=%d statistic=%.17g p=%.17g\n", bc[1], bc[2], m$statistic, m$p.value))
}

cat("== Wilcoxon signed-rank\n")
b2 <- c(4, 6, 3, 5, 8, 2, 7, 5, 6, 3, 9, 4)
a2 <- c(2, 4, 3, 6, 5, 1, 4, 3, 6, 1, 6, 5)
d2 <- a2 - b2; print(d2)
for (zm in c("Wilcoxon", "Pratt")) {
  t <- wilcoxsign_test(a2 ~ b2, distribution = "exact", zero.method = zm)
  cat(sprintf("d2 coin exact %s: W+=%.17g p=%.17g\n", zm, statistic(t, type = "linear"), pvalue(t)))
}
cat(sprintf("d2 exactRankTests::wilcox.exact (zeros dropped): V=%.17g p=%.17g\n",
            wilcox.exact(d2, exact = TRUE)$statistic, wilcox.exact(d2, exact = TRUE)$p.value))
# Many ties, zeros and half ranks: differences of small counts.
b3 <- c(0, 1, 2, 0, 3, 1, 0, 2, 5, 1, 0, 4, 2, 1, 0, 3, 2, 2, 1, 0)
a3 <- c(1, 0, 0, 0, 1, 1, 2, 0, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 1, 3)
d3 <- a3 - b3; print(d3)
for (zm in c("Wilcoxon", "Pratt")) {
  t <- wilcoxsign_test(a3 ~ b3, distribution = "exact", zero.method = zm)
  cat(sprintf("d3 coin exact %s: W+=%.17g p=%.17g\n", zm, statistic(t, type = "linear"), pvalue(t)))
}
# No ties, no zeros: wilcox.test's exact test is the reference.
d4 <- c(1.5, -0.25, 3, 4.75, -2, 6, 0.5, 7.25, 8, -9.5, 10, 11.25, 12.5)
w <- wilcox.test(d4, exact = TRUE)
cat(sprintf("d4 wilcox.test exact: V=%.17g p=%.17g\n", w$statistic, w$p.value))
t <- wilcoxsign_test(d4 ~ rep(0, length(d4)), distribution = "exact")
cat(sprintf("d4 coin exact: p=%.17g\n", pvalue(t)))
# 49 non-zero differences with ties: still exact. 50 and more: normal approximation.
d5 <- rep(c(-3, -2, -1, 1, 2, 3, 4), 7)
t <- wilcoxsign_test(d5 ~ rep(0, length(d5)), distribution = "exact", zero.method = "Wilcoxon")
cat(sprintf("d5 (n=49) coin exact: W+=%.17g p=%.17g\n", statistic(t, type = "linear"), pvalue(t)))
d6 <- c(d5, 0, 0, 5)
for (corr in c(TRUE, FALSE)) {
  w <- wilcox.test(d6[d6 != 0], exact = FALSE, correct = corr)
  cat(sprintf("d6 (n=50 non-zero) wilcox.test normal correct=%s: V=%.17g p=%.17g\n", corr,
              w$statistic, w$p.value))
}
t <- wilcoxsign_test(d6 ~ rep(0, length(d6)), distribution = "asymptotic", zero.method = "Pratt")
cat(sprintf("d6 coin asymptotic Pratt (no continuity correction): W+=%.17g p=%.17g\n",
            statistic(t, type = "linear"), pvalue(t)))

cat("== Newcombe (1998) method 10 paired interval, from its formula\n")
wilson <- function(x, n, z) {
  p <- x / n; cen <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  h <- z / (1 + z^2 / n) * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)); c(cen - h, cen + h)
}
newcombe <- function(a, b, c, d, level = 0.95) {
  # after = a + c, before = a + b; difference after - before = (c - b) / n
  n <- a + b + c + d; z <- qnorm(1 - (1 - level) / 2)
  p1 <- (a + c) / n; p2 <- (a + b) / n
  w1 <- wilson(a + c, n, z); w2 <- wilson(a + b, n, z)
  A <- (a + b) * (c + d) * (a + c) * (b + d); B <- a * d - b * c
  C <- if (B > n / 2) B - n / 2 else if (B < 0) B else 0
  phi <- if (A == 0) 0 else C / sqrt(A)
  D <- p1 - p2
  L <- D - sqrt((p1 - w1[1])^2 - 2 * phi * (p1 - w1[1]) * (w2[2] - p2) + (w2[2] - p2)^2)
  U <- D + sqrt((p2 - w2[1])^2 - 2 * phi * (p2 - w2[1]) * (w1[2] - p1) + (w1[2] - p1)^2)
  c(D = D, phi = phi, L = L, U = U)
}
for (t in list(c(12, 3, 9, 6), c(1, 7, 1, 12), c(59, 16, 6, 80), c(0, 0, 0, 10), c(0, 5, 0, 0),
               c(10, 0, 0, 10), c(3, 0, 8, 1), c(40, 10, 25, 25))) {
  r <- newcombe(t[1], t[2], t[3], t[4])
  cat(sprintf("a=%d b=%d c=%d d=%d D=%.17g phi=%.17g L=%.17g U=%.17g\n", t[1], t[2], t[3], t[4],
              r["D"], r["phi"], r["L"], r["U"]))
}
r <- newcombe(4e18, 1e17, 3e17, 4e18)
cat(sprintf("huge: a=4e18 b=1e17 c=3e17 d=4e18 D=%.17g phi=%.17g L=%.17g U=%.17g\n", r["D"], r["phi"],
            r["L"], r["U"]))
r <- newcombe(12, 3, 9, 6, 0.9)
cat(sprintf("90%%: a=12 b=3 c=9 d=6 L=%.17g U=%.17g\n", r["L"], r["U"]))

cat("== Conditional odds ratio c / b, exact: binom.test(c, b + c) mapped by p / (1 - p)\n")
for (bc in list(c(5, 14), c(3, 9), c(0, 5), c(6, 0), c(12, 12), c(1, 1), c(40, 70))) {
  b <- bc[1]; c <- bc[2]; ci <- binom.test(c, b + c)$conf.int
  cat(sprintf("b=%d c=%d psi=%.17g L=%.17g U=%.17g\n", b, c, c / b, ci[1] / (1 - ci[1]),
              ci[2] / (1 - ci[2])))
}
ci <- binom.test(2000000000, 2000000001)$conf.int
cat(sprintf("huge: b=1 c=2e9 L=%.17g U=%.17g\n", ci[1] / (1 - ci[1]), ci[2] / (1 - ci[2])))
ci <- binom.test(9, 12, conf.level = 0.9)$conf.int
cat(sprintf("90%%: b=3 c=9 L=%.17g U=%.17g\n", ci[1] / (1 - ci[1]), ci[2] / (1 - ci[2])))

cat("== d_z with its noncentral t interval\n")
b1 <- c(3, 5, 2, 8, 6, 4, 7, 1, 9, 2, 10, 4)
a1 <- c(1, 5, 2, 4, 6, 9, 0, 4, 3, 2, 1, 3)
e <- cohens_d(a1, b1, paired = TRUE, ci = 0.95)
cat(sprintf("effectsize::cohens_d paired (a1 - b1): d=%.17g L=%.17g U=%.17g\n", e$Cohens_d,
            e$CI_low, e$CI_high))
dz_ci <- function(n, m, s, level = 0.95) {
  t <- m / s * sqrt(n); df <- n - 1; a <- (1 - level) / 2
  f <- function(ncp, p) pt(t, df, ncp) - p
  lo <- uniroot(f, c(t - 6, t + 6), p = 1 - a, tol = 1e-14)$root
  hi <- uniroot(f, c(t - 6, t + 6), p = a, tol = 1e-14)$root
  c(dz = m / s, L = lo / sqrt(n), U = hi / sqrt(n))
}
d1 <- a1 - b1
r <- dz_ci(12, mean(d1), sd(d1))
cat(sprintf("uniroot(pt) a1 - b1: mean=%.17g sd=%.17g dz=%.17g L=%.17g U=%.17g\n", mean(d1), sd(d1),
            r["dz"], r["L"], r["U"]))
for (s in list(c(30, 0.5, 1), c(5, -2, 1.5), c(200, 0.1, 1), c(2, 1, 3), c(12, 0, 2))) {
  r <- dz_ci(s[1], s[2], s[3])
  cat(sprintf("n=%d mean=%g sd=%g dz=%.17g L=%.17g U=%.17g\n", s[1], s[2], s[3], r["dz"], r["L"],
              r["U"]))
}
r <- dz_ci(30, 0.5, 1, 0.9)
cat(sprintf("90%%: n=30 mean=0.5 sd=1 L=%.17g U=%.17g\n", r["L"], r["U"]))
# Beyond R's exact pt range (|ncp| > 37.62 R approximates): the defining integral, by integrate().
pnct <- function(t, df, ncp) {
  # P(T <= t) = E_V[ pnorm(t sqrt(V / df) - ncp) ], V ~ chi2(df), t > 0: integrated over V (the
  # Java code integrates over Z instead), split where the integrand steps (V = df (ncp / t)^2).
  f <- function(v) pnorm(t * sqrt(v / df) - ncp) * dchisq(v, df)
  lo <- qchisq(1e-17, df); hi <- qchisq(1e-17, df, lower.tail = FALSE)
  mid <- min(max(df * (ncp / t)^2, lo), hi)
  w <- sqrt(2 * df) / 50
  cuts <- sort(unique(c(lo, max(lo, mid - w), mid, min(hi, mid + w), hi)))
  sum(sapply(seq_len(length(cuts) - 1), function(i)
    integrate(f, cuts[i], cuts[i + 1], rel.tol = 1e-13, abs.tol = 0, subdivisions = 2000)$value))
}
dz_ci_int <- function(n, m, s, level = 0.95) {
  t <- m / s * sqrt(n); df <- n - 1; a <- (1 - level) / 2
  f <- function(ncp, p) pnct(t, df, ncp) - p
  lo <- uniroot(f, c(t / 10, t * 3), p = 1 - a, tol = 1e-12)$root
  hi <- uniroot(f, c(t / 10, t * 3), p = a, tol = 1e-12)$root
  c(dz = m / s, L = lo / sqrt(n), U = hi / sqrt(n))
}
for (s in list(c(10, 60, 1), c(400, 10, 1))) {
  r <- dz_ci_int(s[1], s[2], s[3])
  cat(sprintf("integral: n=%d mean=%g sd=%g dz=%.17g L=%.17g U=%.17g\n", s[1], s[2], s[3], r["dz"],
              r["L"], r["U"]))
}
# Large-t limit: delta = t S, S = sqrt(chi2_df / df), Z negligible.
q <- sqrt(qchisq(c(0.025, 0.975), 4) / 4)
cat(sprintf("limit: n=5 dz=1e9 L=%.17g U=%.17g\n", 1e9 * q[1], 1e9 * q[2]))
cat(sprintf("limit: n=5 dz=-1e9 L=%.17g U=%.17g\n", -1e9 * q[2], -1e9 * q[1]))
cat("== noncentral t CDF\n")
for (x in list(c(2.5, 11, 1.3), c(-1, 3, 0.5), c(0.3, 1, -2), c(10, 4, 8), c(40, 30, 37),
               c(1e-3, 100, 0), c(-3, 20, -4))) {
  cat(sprintf("pt(%g, %g, %g)=%.17g\n", x[1], x[2], x[3], pt(x[1], x[2], x[3])))
}
for (x in list(c(200, 10, 190), c(160, 50, 150), c(1000, 5, 800))) {
  cat(sprintf("integral(%g, %g, %g)=%.17g\n", x[1], x[2], x[3], pnct(x[1], x[2], x[3])))
}
