# NWD indicators on the fixed records of IndicatorsTest (R 4.2.2)
print(quantile(c(5, 10, 30, 84, 85, 120, 200), c(0.25, 0.5, 0.75, 0.9)), digits = 15)
print(prop.test(2, 4, correct = FALSE)$conf.int, digits = 15)   # edge of care: 2 of 4 stayed out
print(prop.test(4, 9, correct = FALSE)$conf.int, digits = 15)   # 4 of 9 stays beyond 84 days
print(prop.test(4, 7, correct = FALSE)$conf.int, digits = 15)   # 4 of 7 endings family/community
print(prop.test(2, 4, correct = FALSE)$conf.int, digits = 15)   # life coach: 2 of 4 teams
