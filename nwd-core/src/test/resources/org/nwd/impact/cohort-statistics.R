k <- 365.25
eb <- c(5,3,0,2,4,1); ea <- c(1,0,0,2,1,3)
db <- rep(365,6); da <- c(365,365,365,365,365,304)
print(sum(db)); print(sum(da))
pt <- poisson.test(c(sum(ea), sum(eb)), c(sum(da)/k, sum(db)/k))
print(pt$estimate, digits=15); print(pt$conf.int, digits=15)
rb <- sum(eb)/(sum(db)/k); ra <- sum(ea)/(sum(da)/k)
print(c(rb, ra, ra-rb, (ra-rb)/rb*100), digits=15)
print((rb-ra)*sum(da)/k, digits=15)
# per-person change in rate from exact integers (as the library does), zeros dropped
d <- (ea*db - eb*da)/(da*db)*k
w <- wilcox.test(d[d != 0])
print(w$statistic, digits=15); print(w$p.value, digits=15)
sb <- c(20,18,25,12,22); sa <- c(15,17,20,14,16)
tt <- t.test(sa, sb, paired=TRUE)
print(tt$estimate, digits=15); print(tt$conf.int, digits=15); print(tt$p.value, digits=15)
n <- 5; sp <- sqrt(((n-1)*var(sa)+(n-1)*var(sb))/(2*n-2)); d <- (mean(sa)-mean(sb))/sp; J <- 1-3/(4*(2*n)-9); g <- J*d
v <- J^2*((2*n)/(n*n) + d^2/(2*(2*n)))
print(c(g, g-qnorm(0.975)*sqrt(v), g+qnorm(0.975)*sqrt(v)), digits=15)
print(prop.test(2,6,correct=FALSE)$conf.int, digits=15)
print(prop.test(4,6,correct=FALSE)$conf.int, digits=15)
print(binom.test(1,4)$p.value, digits=15)
# comparison group
cb <- c(2,3,1,4); ca <- c(2,3,2,3); cdb <- rep(365,4); cda <- rep(365,4)
rcb <- sum(cb)/(sum(cdb)/k); rca <- sum(ca)/(sum(cda)/k)
did <- (ra-rb)-(rca-rcb); print(did, digits=15); print(-did*sum(da)/k, digits=15)
rrr <- (ra/rb)/(rca/rcb); se <- sqrt(1/sum(ea)+1/sum(eb)+1/sum(ca)+1/sum(cb))
print(c(rrr, rrr*exp(-qnorm(0.975)*se), rrr*exp(qnorm(0.975)*se)), digits=15)
