# Independent reference values for the clustered (sandwich) rate ratio, the ratio of rate ratios,
# the dispersion, the exact conditional p-value, Holm and the person bootstrap (org.nwd.stats).
# Run: Rscript clustered-rate-ratio.R > clustered-rate-ratio.Rout
# R 4.2.2 (Debian bookworm r-base-core), sandwich 3.0-2 (r-cran-sandwich), boot 1.3-28.1.
suppressMessages({library(sandwich); library(boot)})
options(digits = 15)
# Iterate the GLM to machine precision (the default epsilon 1e-8 leaves ~1e-9 relative error).
tight <- glm.control(epsilon = 1e-15, maxit = 100)

# Cohort T: per young person events before b in Tb days, events after a in Ta days.
b  <- c(0, 3, 1, 12, 0, 2, 5, 0, 1, 7, 0, 4)
Tb <- c(365, 365, 200, 365, 120, 365, 300, 365, 365, 250, 90, 365)
a  <- c(1, 0, 0, 5, 0, 1, 2, 0, 3, 2, 0, 1)
Ta <- c(365, 300, 365, 365, 365, 180, 365, 365, 200, 365, 365, 365)
# Comparison cohort C.
cb  <- c(2, 0, 6, 1, 1, 0, 3, 9, 0, 2)
cTb <- c(365, 365, 365, 200, 365, 150, 365, 365, 365, 300)
ca  <- c(1, 1, 4, 0, 2, 0, 3, 6, 1, 1)
cTa <- c(365, 365, 300, 365, 365, 365, 365, 250, 365, 365)

long <- function(b, Tb, a, Ta) {
  n <- length(b)
  data.frame(id = rep(seq_len(n), 2), y = c(b, a), days = c(Tb, Ta), after = rep(0:1, each = n))
}

cat("== Cohort T: Poisson GLM, period term, log days offset, clusters = young people\n")
dT <- long(b, Tb, a, Ta)
fT <- glm(y ~ after + offset(log(days)), family = poisson, data = dT, control = tight)
est <- unname(coef(fT)["after"])
hc0 <- vcovCL(fT, cluster = ~id, type = "HC0", cadjust = FALSE)["after", "after"]
hc0adj <- vcovCL(fT, cluster = ~id, type = "HC0", cadjust = TRUE)["after", "after"]
n <- length(b)
cat("log IRR", est, "IRR", exp(est), "\n")
cat("HC0 variance", hc0, "\n")
cat("HC0 x G/(G-1) variance", hc0adj, "SE", sqrt(hc0adj), "\n")
q <- qt(0.975, n - 1)
cat("95% CI (t, n-1 df)", exp(est - q * sqrt(hc0adj)), exp(est + q * sqrt(hc0adj)), "\n")
cat("p (t, n-1 df)", 2 * pt(-abs(est / sqrt(hc0adj)), n - 1), "\n")
q90 <- qt(0.95, n - 1)
cat("90% CI (t, n-1 df)", exp(est - q90 * sqrt(hc0adj)), exp(est + q90 * sqrt(hc0adj)), "\n")

cat("== Dispersion: sum (y - R T)^2 / (Y (1 - sum T^2 / (sum T)^2)), R = Y / sum T\n")
disp <- function(y, t) { R <- sum(y) / sum(t); sum((y - R * t)^2) / (sum(y) * (1 - sum(t^2) / sum(t)^2)) }
cat("before", disp(b, Tb), "after", disp(a, Ta), "\n")
cat("equal days: var/mean", var(c(3, 0, 7, 1, 1)) / mean(c(3, 0, 7, 1, 1)),
    "formula", disp(c(3, 0, 7, 1, 1), rep(365, 5)), "\n")

cat("== Ratio of rate ratios: HC0 of each cohort's log rate ratio (separate GLMs)\n")
dC <- long(cb, cTb, ca, cTa)
fC <- glm(y ~ after + offset(log(days)), family = poisson, data = dC, control = tight)
estC <- unname(coef(fC)["after"])
hc0C <- vcovCL(fC, cluster = ~id, type = "HC0", cadjust = FALSE)["after", "after"]
nC <- length(cb)
cat("comparison log IRR", estC, "HC0", hc0C, "\n")
# Stacked model with a group x period interaction: the same HC0 sum (a check of additivity).
dC$id <- dC$id + 100
both <- rbind(cbind(dT, treated = 1), cbind(dC, treated = 0))
fB <- glm(y ~ after * treated + offset(log(days)), family = poisson, data = both, control = tight)
cat("stacked interaction", unname(coef(fB)["after:treated"]),
    "HC0", vcovCL(fB, cluster = ~id, type = "HC0", cadjust = FALSE)["after:treated", "after:treated"], "\n")
vT <- hc0 * n / (n - 1); vC <- hc0C * nC / (nC - 1)
se <- sqrt(vT + vC); df <- (vT + vC)^2 / (vT^2 / (n - 1) + vC^2 / (nC - 1))
lrrr <- est - estC
cat("RRR", exp(lrrr), "SE", se, "df", df, "\n")
cat("95% CI", exp(lrrr - qt(0.975, df) * se), exp(lrrr + qt(0.975, df) * se),
    "p", 2 * pt(-abs(lrrr / se), df), "\n")

cat("== Exact conditional p-value: 2 x smaller tail of Binomial(a + b, T1 / (T1 + T0))\n")
exactp <- function(a, T1, b, T0) { n <- a + b; p0 <- T1 / (T1 + T0)
  min(1, 2 * min(pbinom(a, n, p0), pbinom(a - 1, n, p0, lower.tail = FALSE))) }
cat("a=5 T1=9 b=12 T0=10:", exactp(5, 9, 12, 10), "\n")
cat("a=253 T1=50 b=503 T0=48:", exactp(253, 50, 503, 48), "\n")
cat("a=0 T1=2 b=6 T0=3:", exactp(0, 2, 6, 3), "\n")
cat("a=4 T1=2 b=0 T0=3:", exactp(4, 2, 0, 3), "\n")
cat("a=7 T1=10 b=7 T0=10:", exactp(7, 10, 7, 10), "\n")

cat("== log-Wald p-value\n")
lw <- log((253 / 50) / (503 / 48)); cat("253/50 vs 503/48:", 2 * pnorm(-abs(lw / sqrt(1 / 253 + 1 / 503))), "\n")

cat("== Holm (p.adjust)\n")
print(p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm"))
print(p.adjust(c(0.5, 0.5, 0.001), "holm"))
print(p.adjust(c(0.02, 0.02, 0.02), "holm"))

cat("== Person bootstrap, 40 young people (R's RNG: compare with a tolerance)\n")
set.seed(42)
m <- 40
u <- rgamma(m, shape = 0.5, scale = 2)
Tb2 <- ifelse(runif(m) < 0.8, 365, sample(60:364, m, replace = TRUE))
Ta2 <- ifelse(runif(m) < 0.8, 365, sample(60:364, m, replace = TRUE))
b2 <- rpois(m, 2 * u * Tb2 / 365)
a2 <- rpois(m, 1 * u * Ta2 / 365)
cat("b2 <-", deparse(b2), "\n"); cat("Tb2 <-", deparse(Tb2), "\n")
cat("a2 <-", deparse(a2), "\n"); cat("Ta2 <-", deparse(Ta2), "\n")
stat <- function(d, i) log(sum(d$a[i]) / sum(d$Ta[i])) - log(sum(d$b[i]) / sum(d$Tb[i]))
d2 <- data.frame(b = b2, Tb = Tb2, a = a2, Ta = Ta2)
set.seed(7)
bt <- boot(d2, stat, R = 40000)
# Efron's jackknife influence, centred on the mean of the leave-one-out values (Efron and
# Tibshirani 1993, eq. 14.15); boot's own empinf(type = "jack") centres on t0 instead.
tj <- sapply(seq_len(m), function(i) stat(d2, -i))
L <- (m - 1) * (mean(tj) - tj)
cat("estimate", bt$t0, "acceleration", sum(L^3) / (6 * sum(L^2)^1.5), "\n")
ci <- boot.ci(bt, type = c("perc", "bca"), L = L)
cat("percentile 95% (ratio scale)", exp(ci$percent[4:5]), "\n")
cat("BCa 95% (ratio scale)", exp(ci$bca[4:5]), "\n")
cat("bootstrap SD of log IRR", sd(bt$t), "\n")
f2 <- glm(y ~ after + offset(log(days)), family = poisson, data = long(b2, Tb2, a2, Ta2), control = tight)
v2 <- vcovCL(f2, cluster = ~id, type = "HC0", cadjust = TRUE)["after", "after"]
cat("clustered 95% CI", exp(coef(f2)["after"] + c(-1, 1) * qt(0.975, m - 1) * sqrt(v2)), "\n")

cat("== Huge counts: Garwood limits by qchisq, and a rate ratio of huge equal counts\n")
for (x in c(1e8, 1e12, 2305843009213693951)) cat(x, qchisq(0.025, 2 * x) / 2 / x, qchisq(0.975, 2 * x + 2) / 2 / x, "\n")
cat("exact CI, a = 0, b = 1e12, T1 = T0: upper", { pu <- qbeta(0.975, 1, 1e12); pu / (1 - pu) }, "\n")
cat("exact p, a = 0, b = 30, T1 = 1, T0 = 2:", 2 * pbinom(0, 30, 1/3), "\n")
cat("== Exact p, upper tail: a=12 T1=9 b=3 T0=10:", exactp(12, 9, 3, 10), "\n")
cat("== Exact conditional at EXACT_LIMIT events: a=40000000 T1=2 b=60000000 T0=3.0003\n")
{ a <- 40000000; b <- 60000000; T1 <- 2; T0 <- 3.0003
  pl <- qbeta(0.025, a, b + 1); pu <- qbeta(0.975, a + 1, b)
  cat("CI", pl / (1 - pl) * T0 / T1, pu / (1 - pu) * T0 / T1, "p", exactp(a, T1, b, T0), "\n") }
