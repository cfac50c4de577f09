# The clustered (default) rate ratio and ratio of rate ratios of SmallCohorts (cohort-statistics.R's
# data), by a Poisson GLM with young people as clusters (sandwich::vcovCL, HC0 x G/(G-1)), t on n-1
# df; the ratio of rate ratios adds the two cohorts' variances (Welch-Satterthwaite df).
# Run: Rscript cohort-statistics-clustered.R > cohort-statistics-clustered.Rout
# R 4.2.2 (Debian bookworm), sandwich 3.0-2.
suppressMessages(library(sandwich))
options(digits = 15)
tight <- glm.control(epsilon = 1e-15, maxit = 100)
clustered <- function(eb, db, ea, da) {
  n <- length(eb)
  d <- data.frame(id = rep(1:n, 2), y = c(eb, ea), days = c(db, da), after = rep(0:1, each = n))
  f <- glm(y ~ after + offset(log(days)), family = poisson, data = d, control = tight)
  v <- vcovCL(f, cluster = ~id, type = "HC0", cadjust = TRUE)["after", "after"]
  list(est = unname(coef(f)["after"]), v = v, n = n)
}
eb <- c(5,3,0,2,4,1); ea <- c(1,0,0,2,1,3)
db <- rep(365,6); da <- c(365,365,365,365,365,304)
t <- clustered(eb, db, ea, da)
q <- qt(0.975, t$n - 1)
cat("rate ratio", exp(t$est), "CI", exp(t$est - q * sqrt(t$v)), exp(t$est + q * sqrt(t$v)),
    "p", 2 * pt(-abs(t$est / sqrt(t$v)), t$n - 1), "\n")
disp <- function(y, tt) { R <- sum(y) / sum(tt); sum((y - R * tt)^2) / (sum(y) * (1 - sum(tt^2) / sum(tt)^2)) }
cat("dispersion before", disp(eb, db), "after", disp(ea, da), "\n")
cb <- c(2,3,1,4); ca <- c(2,3,2,3); cdb <- rep(365,4); cda <- rep(365,4)
c <- clustered(cb, cdb, ca, cda)
se <- sqrt(t$v + c$v); df <- (t$v + c$v)^2 / (t$v^2 / (t$n - 1) + c$v^2 / (c$n - 1))
l <- t$est - c$est
cat("ratio of rate ratios", exp(l), "CI", exp(l - qt(0.975, df) * se), exp(l + qt(0.975, df) * se),
    "p", 2 * pt(-abs(l / se), df), "df", df, "\n")
