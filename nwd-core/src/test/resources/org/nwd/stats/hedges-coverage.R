# Coverage of HedgesG's normal interval (variance J^2 Var(d), the default) for two independent normal
# groups of n each, true standardised difference delta, 20,000 simulated pairs of groups per cell
# (seed 12). Supports HedgesG.SMALL_GROUP. Run: Rscript hedges-coverage.R > hedges-coverage.out
set.seed(12)
z <- qnorm(0.975)
for (n in c(5, 10, 20, 40)) for (delta in c(0, 0.5, 1, 2)) {
  x1 <- matrix(rnorm(20000 * n, delta), ncol = n); x2 <- matrix(rnorm(20000 * n), ncol = n)
  m1 <- rowMeans(x1); m2 <- rowMeans(x2); s1 <- apply(x1, 1, sd); s2 <- apply(x2, 1, sd)
  sp <- sqrt(((n - 1) * s1^2 + (n - 1) * s2^2) / (2 * n - 2)); d <- (m1 - m2) / sp
  J <- 1 - 3 / (4 * (2 * n) - 9); g <- J * d
  se <- J * sqrt(2 * n / (n * n) + d^2 / (2 * (2 * n)))
  cat(sprintf("n=%2d per group, delta=%.1f: coverage %.4f\n", n, delta,
              mean(g - z * se <= delta & delta <= g + z * se)))
}
