# Independent values for the person bootstrap's building blocks (PersonBootstrap): R's type 7
# quantile, the percentile p-value, the BCa bias correction, the BCa adjusted level and the BCa
# p-value, each computed here from its closed form.
# Run: Rscript bootstrap-helpers.R > bootstrap-helpers.Rout   (R 4.2.2, Debian bookworm)
options(digits = 15)
x <- c(1, 2, 3, 4, 10)
cat("quantile type 7 at 0.25, 0.3, 0.9:", quantile(x, c(0.25, 0.3, 0.9), type = 7, names = FALSE), "\n")
pperc <- function(r) min(1, 2 * min((1 + sum(r <= 0)) / (length(r) + 1), (1 + sum(r >= 0)) / (length(r) + 1)))
cat("percentile p, (-3,-2,-1,-0.5,2):", pperc(c(-3, -2, -1, -0.5, 2)), "\n")
cat("percentile p, nine negatives:", pperc(-(1:9)), "\n")
cat("percentile p, (-1,0,0,1):", pperc(c(-1, 0, 0, 1)), "\n")
z0 <- function(r, est) qnorm((sum(r < est) + 0.5 * sum(r == est)) / length(r))
r1 <- c(-2, -1, 0, 1, 2, 3)
cat("z0, (-2..3), estimate 0:", z0(r1, 0), "\n")
r2 <- c(-0.9, -0.7, -0.6, -0.5, -0.45, -0.4, -0.3, -0.2, -0.1, 0.05)
cat("z0, r2, estimate -0.45:", z0(r2, -0.45), "\n")
adj <- function(z, z0, a) pnorm(z0 + (z0 + z) / (1 - a * (z0 + z)))
cat("adjusted z=1.96 z0=0.1 a=0.05:", adj(1.96, 0.1, 0.05), " z=-1.96:", adj(-1.96, 0.1, 0.05), "\n")
bcap <- function(r, est, a) {
  g <- (sum(r < 0) + 0.5 * sum(r == 0) + 0.5) / (length(r) + 1)
  w <- qnorm(g) - z0(r, est)
  t <- pnorm(w / (1 + a * w) - z0(r, est))
  min(1, 2 * min(t, 1 - t))
}
cat("BCa p, r2, estimate -0.45, a 0.03:", bcap(r2, -0.45, 0.03), "\n")
cat("BCa p, r2, estimate -0.45, a 0:", bcap(r2, -0.45, 0), "\n")
cat("BCa p, (-1,0,0,1,2), estimate 0.5, a -0.1:", bcap(c(-1, 0, 0, 1, 2), 0.5, -0.1), "\n")
