# Exact coverage of the Newcombe (1998) method 10 paired interval at 95%, by enumerating every paired
# table (a, b, c, d) of n young people under multinomial probabilities (pa, pb, pc, pd), for 400
# parameter points (Dirichlet(1,1,1,1) draws, seed 12). Supports PairedProportions.SMALL_N.
# Run: Rscript newcombe-coverage.R > newcombe-coverage.out   (R 4.2.2)
set.seed(12)
z <- qnorm(0.975)
wl <- function(x, n) { p <- x / n; cen <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  h <- z / (1 + z^2 / n) * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)); cbind(cen - h, cen + h) }
g <- matrix(rexp(1600), ncol = 4); g <- g / rowSums(g)
for (n in c(10, 20, 30, 50, 100)) {
  t <- expand.grid(a = 0:n, b = 0:n, c = 0:n); t <- t[t$a + t$b + t$c <= n, ]; t$d <- n - t$a - t$b - t$c
  p1 <- (t$a + t$c) / n; p2 <- (t$a + t$b) / n; w1 <- wl(t$a + t$c, n); w2 <- wl(t$a + t$b, n)
  A <- (t$a + t$b) * (t$c + t$d) * (t$a + t$c) * (t$b + t$d); B <- t$a * t$d - t$b * t$c
  C <- ifelse(B > n / 2, B - n / 2, ifelse(B < 0, B, 0)); phi <- ifelse(A == 0, 0, C / sqrt(A))
  D <- p1 - p2
  L <- D - sqrt((p1 - w1[, 1])^2 - 2 * phi * (p1 - w1[, 1]) * (w2[, 2] - p2) + (w2[, 2] - p2)^2)
  U <- D + sqrt((p2 - w2[, 1])^2 - 2 * phi * (p2 - w2[, 1]) * (w1[, 2] - p1) + (w1[, 2] - p1)^2)
  lc <- lgamma(n + 1) - lgamma(t$a + 1) - lgamma(t$b + 1) - lgamma(t$c + 1) - lgamma(t$d + 1)
  cov <- apply(g, 1, function(p) {
    theta <- p[3] - p[2]
    lp <- lc + t$a * log(p[1]) + t$b * log(p[2]) + t$c * log(p[3]) + t$d * log(p[4])
    sum(exp(lp)[L <= theta + 1e-12 & theta - 1e-12 <= U])
  })
  cat(sprintf("n=%3d mean coverage %.4f, minimum %.4f, share of points below 0.93: %.3f, below 0.94: %.3f\n",
              n, mean(cov), min(cov), mean(cov < 0.93), mean(cov < 0.94)))
}
