package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/**
 * The clustered rate ratio, the dispersion, the ratio of rate ratios and the person bootstrap against
 * R (sandwich::vcovCL on a Poisson GLM with young people as clusters, boot::boot.ci): script and output
 * in {@code src/test/resources/org/nwd/stats/clustered-rate-ratio.R} and {@code .Rout}.
 */
class ClusteredRateRatioTest {
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  // Cohort T of clustered-rate-ratio.R.
  static final long[] B = {0, 3, 1, 12, 0, 2, 5, 0, 1, 7, 0, 4};
  static final long[] TB = {365, 365, 200, 365, 120, 365, 300, 365, 365, 250, 90, 365};
  static final long[] A = {1, 0, 0, 5, 0, 1, 2, 0, 3, 2, 0, 1};
  static final long[] TA = {365, 300, 365, 365, 365, 180, 365, 365, 200, 365, 365, 365};
  // Comparison cohort C.
  static final long[] CB = {2, 0, 6, 1, 1, 0, 3, 9, 0, 2};
  static final long[] CTB = {365, 365, 365, 200, 365, 150, 365, 365, 365, 300};
  static final long[] CA = {1, 1, 4, 0, 2, 0, 3, 6, 1, 1};
  static final long[] CTA = {365, 365, 300, 365, 365, 365, 365, 250, 365, 365};

  static PersonCountSums sums(long[] b, long[] tb, long[] a, long[] ta) {
    return PersonCounts.of(b, tb, a, ta).sums();
  }

  static PersonCountSums cohortT() {
    return sums(B, TB, A, TA);
  }

  @Test
  void clusteredIntervalMatchesSandwichOnAPoissonGlm() {
    PersonCountSums s = cohortT();
    // R: vcovCL(fit, cluster = ~id, type = "HC0", cadjust = FALSE) -> 0.0858284089089894
    assertThat(s.sumOfSquaredInfluences()).isCloseTo(0.0858284089089894, within(1e-15));
    RateRatio rr = RateRatio.of(s, L95, RateRatioMethod.AUTO);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(rr.estimate().getAsDouble()).isCloseTo(0.379931543865971, within(1e-14));
    // cadjust = TRUE is G/(G-1): SE 0.30599181612762; t on 11 df.
    assertThat(rr.logStandardError().getAsDouble()).isCloseTo(0.30599181612762, within(1e-14));
    assertThat(rr.degreesOfFreedom().getAsDouble()).isEqualTo(11);
    assertThat(rr.interval().get().lower()).isCloseTo(0.193738176598635, within(1e-12));
    assertThat(rr.interval().get().upper()).isCloseTo(0.745067289052812, within(1e-12));
    assertThat(rr.pValue().getAsDouble()).isCloseTo(0.00903516083311883, within(1e-14));
    RateRatio r90 = RateRatio.of(s, ConfidenceLevel.of(0.9), RateRatioMethod.CLUSTER_ROBUST);
    assertThat(r90.interval().get().lower()).isCloseTo(0.219305345747313, within(1e-12));
    assertThat(r90.interval().get().upper()).isCloseTo(0.658205469330874, within(1e-12));
    assertThat(rr.people()).hasValue(12);
  }

  @Test
  void dispersionIsTheDayAdjustedVarianceToMeanRatio() {
    PersonCountSums s = cohortT();
    // R: before 4.22562497171894, after 2.0585732391816
    assertThat(s.dispersionBefore().getAsDouble()).isCloseTo(4.22562497171894, within(1e-13));
    assertThat(s.dispersionAfter().getAsDouble()).isCloseTo(2.0585732391816, within(1e-13));
    // Equal days at risk: exactly var/mean (R: 3.25).
    long[] y = {3, 0, 7, 1, 1};
    long[] days = {365, 365, 365, 365, 365};
    assertThat(sums(y, days, y, days).dispersionBefore()).hasValue(3.25);
    // No events, or one person: no dispersion.
    long[] zeros = {0, 0};
    long[] d2 = {10, 20};
    assertThat(sums(zeros, d2, new long[] {1, 0}, d2).dispersionBefore()).isEmpty();
    assertThat(sums(new long[] {4}, new long[] {9}, new long[] {2}, new long[] {9}).dispersionAfter())
        .isEmpty();
  }

  @Test
  void ratioOfRateRatiosAddsTheTwoGroupsVariancesWithSatterthwaiteDf() {
    RatioOfRateRatios r =
        RatioOfRateRatios.of(cohortT(), sums(CB, CTB, CA, CTA), L95, RateRatioMethod.AUTO);
    assertThat(r.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(r.methodName()).isEqualTo(RatioOfRateRatios.CLUSTERED_METHOD);
    // R: RRR 0.519594366912851 SE 0.352777291068993 df 17.1610172455083
    //    CI 0.246974487600146 1.09314248913298 p 0.0807295771832851
    assertThat(r.estimate().getAsDouble()).isCloseTo(0.519594366912851, within(1e-14));
    assertThat(r.logStandardError().getAsDouble()).isCloseTo(0.352777291068993, within(1e-14));
    assertThat(r.degreesOfFreedom().getAsDouble()).isCloseTo(17.1610172455083, within(1e-12));
    assertThat(r.interval().get().lower()).isCloseTo(0.246974487600146, within(1e-12));
    assertThat(r.interval().get().upper()).isCloseTo(1.09314248913298, within(1e-12));
    assertThat(r.pValue().getAsDouble()).isCloseTo(0.0807295771832851, within(1e-13));
    // The stacked interaction model's HC0 is the sum of the groups' (R: 0.113567151910196).
    assertThat(cohortT().sumOfSquaredInfluences() + sums(CB, CTB, CA, CTA).sumOfSquaredInfluences())
        .isCloseTo(0.113567151910196, within(1e-15));
    assertThat(r.warnings()).singleElement().asString().contains("only 10 young people");
    assertThat(r.explanation().inputs())
        .containsEntry("young people treated / comparison", "12 / 10")
        .containsEntry("method", RatioOfRateRatios.CLUSTERED_METHOD)
        .containsKeys("SE(ln RRR)", "degrees of freedom", "why this method", "warning");
    assertThat(r.toString()).startsWith("RatioOfRateRatios{0.519594 95% CI [0.246974, 1.09314], p = ")
        .contains("CLUSTER_ROBUST; warning: a group has only 10");
    // By name: the Poisson interval, with the sums still checked.
    RatioOfRateRatios wald =
        RatioOfRateRatios.of(cohortT(), sums(CB, CTB, CA, CTA), L95, RateRatioMethod.LOG_WALD);
    assertThat(wald.methodName()).isEqualTo(RatioOfRateRatios.METHOD);
    assertThat(wald.degreesOfFreedom()).isEmpty();
    assertThat(wald.warnings()).singleElement().asString().startsWith("Poisson interval although");
    assertThat(wald.methodReason()).contains("requested by name", "independent");
  }

  @Test
  void ratioOfRateRatiosRules() {
    PersonCountSums t = cohortT();
    PersonCountSums c = sums(CB, CTB, CA, CTA);
    assertThatThrownBy(() -> RatioOfRateRatios.of(t, c, L95, RateRatioMethod.BOOTSTRAP_BCA))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("for a bootstrap use DifferenceInDifferences");
    assertThatThrownBy(() -> RatioOfRateRatios.of(t, c, L95, RateRatioMethod.EXACT_CONDITIONAL))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("not EXACT_CONDITIONAL");
    RatioOfRateRatios plain = RatioOfRateRatios.of(t, c, L95, RateRatioMethod.AUTO);
    assertThatThrownBy(
            () -> RatioOfRateRatios.builder().treatedBefore(plain.treatedBefore())
                .treatedAfter(plain.treatedAfter()).comparisonBefore(plain.comparisonBefore())
                .comparisonAfter(plain.comparisonAfter()).treatedSums(t).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("both groups or for neither");
    assertThatThrownBy(
            () -> RatioOfRateRatios.builder().treatedBefore(plain.treatedBefore())
                .treatedAfter(plain.treatedAfter()).comparisonBefore(plain.comparisonBefore())
                .comparisonAfter(plain.comparisonAfter()).treatedSums(t).comparisonSums(t).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("do not match the person sums");
    assertThatThrownBy(
            () -> RatioOfRateRatios.builder()
                .treatedBefore(Rate.of(1, 1)).treatedAfter(Rate.of(1, 1))
                .comparisonBefore(Rate.of(1, 1)).comparisonAfter(Rate.of(1, 1))
                .requestedMethod(RateRatioMethod.CLUSTER_ROBUST).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("needs person-level sums of both groups");
    // One person in a group: the clustered interval is undefined, AUTO falls back to log-Wald.
    PersonCountSums one = sums(new long[] {3}, new long[] {365}, new long[] {2}, new long[] {365});
    RatioOfRateRatios fallback = RatioOfRateRatios.of(t, one, L95, RateRatioMethod.AUTO);
    assertThat(fallback.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(fallback.methodReason()).startsWith("the clustered interval is undefined (fewer than 2");
    RatioOfRateRatios forced = RatioOfRateRatios.of(t, one, L95, RateRatioMethod.CLUSTER_ROBUST);
    assertThat(forced.isDefined()).isFalse();
    assertThat(forced.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("fewer than 2"));
    assertThat(forced.pValue()).isEmpty();
    assertThat(forced.degreesOfFreedom()).isEmpty();
    assertThat(forced.warnings()).isEmpty();
  }

  @Test
  void exactConditionalPValueIsTwiceTheSmallerBinomialTail() {
    // R (clustered-rate-ratio.Rout): 2 x smaller tail of Binomial(a + b, T1 / (T1 + T0)).
    assertThat(RateRatio.of(12, 10, 5, 9, L95, RateRatioMethod.EXACT_CONDITIONAL).pValue().getAsDouble())
        .isCloseTo(0.213037884787557, within(1e-12));
    assertThat(RateRatio.of(503, 48, 253, 50, L95, RateRatioMethod.EXACT_CONDITIONAL).pValue().getAsDouble())
        .isCloseTo(3.11344644304411e-22, within(1e-30));
    assertThat(RateRatio.of(6, 3, 0, 2, L95, RateRatioMethod.AUTO).pValue().getAsDouble())
        .isCloseTo(0.093312, within(1e-12));
    assertThat(RateRatio.of(0, 3, 4, 2, L95, RateRatioMethod.AUTO).pValue().getAsDouble())
        .isCloseTo(0.0512, within(1e-12));
    assertThat(RateRatio.of(7, 10, 7, 10, L95, RateRatioMethod.AUTO).pValue()).hasValue(1.0);
    // log-Wald z-test (R: 3.53468465674977e-21).
    assertThat(RateRatio.of(503, 48, 253, 50, L95, RateRatioMethod.LOG_WALD).pValue().getAsDouble())
        .isCloseTo(3.53468465674977e-21, within(1e-29));
  }

  @Test
  void pValueAndIntervalAgreeAtTheBoundary() {
    // The clustered interval at level 1 - p just reaches 1.
    RateRatio rr = RateRatio.of(cohortT(), L95, RateRatioMethod.AUTO);
    double p = rr.pValue().getAsDouble();
    RateRatio atP = RateRatio.of(cohortT(), ConfidenceLevel.of(1 - p), RateRatioMethod.AUTO);
    assertThat(atP.interval().get().upper()).isCloseTo(1, within(1e-9));
    RateRatio exact = RateRatio.of(12, 10, 5, 9, L95, RateRatioMethod.EXACT_CONDITIONAL);
    double pe = exact.pValue().getAsDouble();
    RateRatio exactAtP = RateRatio.of(12, 10, 5, 9, ConfidenceLevel.of(1 - pe), RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(exactAtP.interval().get().upper()).isCloseTo(1, within(1e-6));
  }

  @Test
  void autoWithPersonDataFallsBackToExactWithAReasonWhenClusteringIsUndefined() {
    long[] d = {365, 365, 365};
    // No events after.
    RateRatio noAfter = RateRatio.of(sums(new long[] {2, 0, 5}, d, new long[] {0, 0, 0}, d), L95,
        RateRatioMethod.AUTO);
    assertThat(noAfter.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(noAfter.methodReason())
        .isEqualTo("the clustered interval is undefined (no events after), so the exact conditional"
            + " (Poisson) interval is shown: it assumes no overdispersion");
    assertThat(noAfter.warnings()).singleElement().asString()
        .startsWith("Poisson interval although person-level data were given (dispersion before ");
    assertThat(noAfter.interval().get().lower()).isZero();
    // Every person's rates equal the cohort's: no person-level variance.
    RateRatio flat = RateRatio.of(sums(new long[] {2, 2}, new long[] {365, 365}, new long[] {1, 1},
        new long[] {365, 365}), L95, RateRatioMethod.AUTO);
    assertThat(flat.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(flat.methodReason()).contains("person-level variance is 0");
    // One young person.
    RateRatio one = RateRatio.of(sums(new long[] {4}, new long[] {365}, new long[] {1},
        new long[] {365}), L95, RateRatioMethod.AUTO);
    assertThat(one.methodReason()).contains("fewer than 2 young people");
    // Forced clustered: undefined, said so, no silent fallback.
    RateRatio forced = RateRatio.of(sums(new long[] {4}, new long[] {365}, new long[] {1},
        new long[] {365}), L95, RateRatioMethod.CLUSTER_ROBUST);
    assertThat(forced.isDefined()).isFalse();
    assertThat(forced.undefinedReason()).hasValue("the clustered interval is undefined: fewer than 2 young people");
    assertThat(forced.pValue()).isEmpty();
    assertThat(forced.logStandardError()).isEmpty();
  }

  @Test
  void explanationAndToStringNameMethodReasonDispersionAndWarnings() {
    RateRatio rr = RateRatio.of(cohortT(), L95, RateRatioMethod.AUTO);
    assertThat(rr.explanation().inputs())
        .containsEntry("method", "CLUSTER_ROBUST (requested AUTO)")
        .containsEntry("young people (clusters)", "12")
        .containsEntry("dispersion before / after (1 = Poisson)", "4.22562 / 2.05857")
        .containsEntry("SE(ln IRR)", "0.305992")
        .containsEntry("degrees of freedom", "11")
        .containsKey("why this method");
    assertThat(rr.methodReason()).startsWith("default with person-level data: each young person is a"
        + " cluster");
    assertThat(rr.warnings()).singleElement().asString()
        .isEqualTo("only 12 young people (fewer than 100): the interval (cluster-robust, young people"
            + " as clusters) can cover less than 95% when counts are strongly overdispersed"
            + " (see the coverage study)");
    assertThat(rr.explanation().inputs()).containsEntry("warning", rr.warnings().get(0));
    assertThat(rr.explanation().formula().get()).contains("sqrt(n/(n-1) sum u_i^2)", "t_{n-1}");
    assertThat(rr.toString())
        .isEqualTo("RateRatio{0.379932 95% CI [0.193738, 0.745067], p = 0.00903516, CLUSTER_ROBUST,"
            + " 12 young people, dispersion 4.22562/2.05857; warning: " + rr.warnings().get(0) + "}");
    RateRatio named = RateRatio.of(cohortT(), L95, RateRatioMethod.LOG_WALD);
    assertThat(named.methodReason()).isEqualTo("log-Wald (Poisson), requested by name: it assumes"
        + " every event is independent (no overdispersion)");
    assertThat(RateRatio.of(Rate.of(503, 48), Rate.of(253, 50)).methodReason())
        .startsWith("only cohort totals were given, so a Poisson interval (log-Wald, both counts at"
            + " least 10)");
    assertThat(RateRatio.of(Rate.of(5, 48), Rate.of(253, 50)).methodReason())
        .contains("exact conditional, a count below 10");
  }

  @Test
  void personSumsMustMatchTheRatesAndTheMethod() {
    PersonCountSums s = cohortT();
    RateRatio ok = RateRatio.of(s, L95, RateRatioMethod.AUTO);
    assertThatThrownBy(
            () -> RateRatio.builder().before(Rate.of(31, 10)).after(ok.after()).personSums(s).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("does not match the person sums");
    assertThatThrownBy(
            () -> RateRatio.builder().before(ok.before()).after(Rate.of(31, 10)).personSums(s).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("rate after");
    assertThatThrownBy(
            () -> RateRatio.builder().before(Rate.of(3, 1)).after(Rate.of(3, 1))
                .requestedMethod(RateRatioMethod.CLUSTER_ROBUST).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("needs person-level sums");
    assertThatThrownBy(() -> RateRatio.of(s, L95, RateRatioMethod.BOOTSTRAP_PERCENTILE))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("needs every young person's counts");
    assertThatThrownBy(
            () -> RateRatio.builder().before(ok.before()).after(ok.after()).personSums(s)
                .personCounts(PersonCounts.of(CB, CTB, CA, CTA)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("are not the sums of the person counts");
    assertThatThrownBy(
            () -> RateRatio.of(PersonCounts.of(B, TB, A, TA), L95, RateRatioMethod.BOOTSTRAP_BCA, 1, 99))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("replicates 99 must be at least 100");
  }

  @Test
  void tallyIsExactAndMergesInAnyOrder() {
    PersonCountSums.Tally all = new PersonCountSums.Tally();
    PersonCountSums.Tally left = new PersonCountSums.Tally();
    PersonCountSums.Tally right = new PersonCountSums.Tally();
    for (int i = 0; i < B.length; i++) {
      all.add(B[i], TB[i], A[i], TA[i]);
      (i % 3 == 0 ? left : right).add(B[i], TB[i], A[i], TA[i]);
    }
    assertThat(new PersonCountSums.Tally().merge(right).merge(left).toSums()).isEqualTo(all.toSums());
    assertThat(left.toSums().plus(right.toSums())).isEqualTo(all.toSums());
    assertThat(all.people()).isEqualTo(12);
    // By hand: the sums and a few cross products of cohort T.
    PersonCountSums s = all.toSums();
    assertThat(s.eventsBefore()).isEqualTo(BigInteger.valueOf(35));
    assertThat(s.eventsAfter()).isEqualTo(BigInteger.valueOf(15));
    assertThat(s.daysBefore()).isEqualTo(BigInteger.valueOf(3515));
    assertThat(s.daysAfter()).isEqualTo(BigInteger.valueOf(3965));
    assertThat(s.product(0, 0)).isEqualTo(BigInteger.valueOf(249)); // Σb²
    assertThat(s.product(0, 2)).isEqualTo(BigInteger.valueOf(93)); // Σab
    assertThat(s.product(2, 0)).isEqualTo(s.product(0, 2));
    // Weighted adds equal repeated adds.
    PersonCountSums.Tally weighted = new PersonCountSums.Tally().add(2, 10, 1, 12, 3);
    PersonCountSums.Tally repeated = new PersonCountSums.Tally();
    for (int i = 0; i < 3; i++) {
      repeated.add(2, 10, 1, 12);
    }
    assertThat(weighted.toSums()).isEqualTo(repeated.toSums());
    assertThat(PersonCountSums.empty().people()).isZero();
  }

  @Test
  void tallyCarriesIntoBigIntegerInsteadOfOverflowing() {
    long huge = Long.MAX_VALUE / 2;
    PersonCountSums.Tally t = new PersonCountSums.Tally().add(huge, 3, huge, 5).add(huge, 7, 1, 2);
    PersonCountSums s = t.toSums();
    BigInteger h = BigInteger.valueOf(huge);
    assertThat(s.eventsBefore()).isEqualTo(h.add(h));
    assertThat(s.product(0, 0)).isEqualTo(h.multiply(h).add(h.multiply(h)));
    assertThat(s.product(0, 2)).isEqualTo(h.multiply(h).add(h));
    // Merging carries too, into either side.
    PersonCountSums.Tally other = new PersonCountSums.Tally().add(huge, 1, 0, 1);
    assertThat(new PersonCountSums.Tally().merge(t).merge(other).toSums())
        .isEqualTo(new PersonCountSums.Tally().merge(other).merge(t).toSums());
    assertThat(new PersonCountSums.Tally().merge(t).merge(other).toSums().eventsBefore())
        .isEqualTo(h.multiply(BigInteger.valueOf(3)));
    PersonCountSums.Tally big = new PersonCountSums.Tally().add(huge, 1, 0, 1).add(huge, 1, 0, 1)
        .add(huge, 1, 0, 1);
    assertThat(big.toSums().eventsBefore()).isEqualTo(h.multiply(BigInteger.valueOf(3)));
    // Totals beyond a long are refused when a rate is needed, naming the rule.
    assertThatThrownBy(() -> RateRatio.of(big.toSums(), L95, RateRatioMethod.AUTO))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("exceed the range of a long");
  }

  @Test
  void impossibleSumsAndBadPeopleAreRefused() {
    PersonCountSums s = cohortT();
    List<BigInteger> products = new ArrayList<>(s.crossProducts());
    products.set(0, BigInteger.valueOf(100)); // Σb² = 100 < (Σb)²/n = 102.08
    assertThatThrownBy(() -> copy(s, s.people(), s.sums(), products))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("sum of squares of b (100) is impossible");
    List<BigInteger> cross = new ArrayList<>(s.crossProducts());
    cross.set(2, BigInteger.valueOf(1000)); // Σab beyond sqrt(Σb² Σa²)
    assertThatThrownBy(() -> copy(s, s.people(), s.sums(), cross))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("sum of b x a (1000) is impossible");
    List<BigInteger> days = new ArrayList<>(s.sums());
    days.set(1, BigInteger.valueOf(11));
    assertThatThrownBy(() -> copy(s, s.people(), days, s.crossProducts()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("below the number of people 12");
    List<BigInteger> negative = new ArrayList<>(s.sums());
    negative.set(2, BigInteger.valueOf(-1));
    assertThatThrownBy(() -> copy(s, s.people(), negative, s.crossProducts()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("sum of a is negative");
    assertThatThrownBy(() -> copy(s, s.people(), s.sums().subList(0, 3), s.crossProducts()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("3 sums given, 4 needed");
    assertThatThrownBy(() -> copy(s, s.people(), s.sums(), s.crossProducts().subList(0, 9)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("9 cross products given, 10 needed");
    assertThatThrownBy(() -> copy(s, -1, s.sums(), s.crossProducts()))
        .isInstanceOf(DomainRuleException.class);
    assertThat(copy(s, s.people(), s.sums(), s.crossProducts())).isEqualTo(s);
    assertThatThrownBy(() -> new PersonCountSums.Tally().add(-1, 1, 0, 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must be at least 0");
    assertThatThrownBy(() -> new PersonCountSums.Tally().add(1, 0, 0, 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must be at least 1");
    assertThatThrownBy(() -> new PersonCountSums.Tally().add(1, 1, 0, 1, 0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("count 0");
    assertThatThrownBy(() -> PersonCounts.of(new long[] {1}, new long[] {1, 2}, new long[] {1},
        new long[] {1}))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("one value per person");
    assertThatThrownBy(() -> PersonCounts.of(new long[] {1}, new long[] {0}, new long[] {1},
        new long[] {1}))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("person 0");
    assertThatThrownBy(() -> PersonCountSums.of(List.of(PersonPeriods.of(1, 10.5, 1, 10))))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("need whole days");
    assertThat(PersonCountSums.ofWholeDays(List.of(PersonPeriods.of(1, 10.5, 1, 10)))).isEmpty();
    assertThat(PersonCountSums.of(List.of(PersonPeriods.of(1, 10, 2, 12))))
        .isEqualTo(new PersonCountSums.Tally().add(1, 10, 2, 12).toSums());
    assertThat(s.toString()).isEqualTo("PersonCountSums{12 people, b 35 in 3515 days, a 15 in 3965 days}");
    assertThat(PersonCounts.of(B, TB, A, TA).toString()).isEqualTo("PersonCounts{12 people}");
  }

  private static PersonCountSums copy(
      PersonCountSums s, long people, List<BigInteger> sums, List<BigInteger> products) {
    return PersonCountSums.builder().people(people).addAllSums(sums).addAllCrossProducts(products)
        .build();
  }

  // The 40 young people of clustered-rate-ratio.R's bootstrap section.
  static final long[] B2 = {2, 4, 8, 6, 1, 1, 0, 0, 3, 0, 2, 0, 1, 0, 1, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0,
      1, 3, 0, 3, 1, 4, 1, 0, 2, 1, 6, 8, 0, 0, 1};
  static final long[] TB2 = {365, 365, 365, 365, 365, 84, 365, 365, 365, 365, 365, 365, 365, 365, 365,
      365, 365, 365, 365, 365, 365, 73, 365, 365, 365, 241, 186, 365, 365, 365, 365, 89, 365, 365, 365,
      365, 365, 365, 365, 365};
  static final long[] A2 = {2, 0, 6, 1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0,
      0, 4, 0, 1, 0, 2, 1, 0, 0, 0, 1, 2, 0, 0, 1};
  static final long[] TA2 = {365, 365, 365, 365, 365, 365, 209, 365, 365, 113, 365, 102, 266, 365, 365,
      365, 365, 198, 365, 365, 365, 365, 365, 365, 365, 365, 266, 365, 365, 365, 365, 365, 365, 173, 365,
      365, 365, 365, 365, 365};

  @Test
  void bootstrapAgreesWithRsBootWithinMonteCarloError() {
    PersonCounts people = PersonCounts.of(B2, TB2, A2, TA2);
    // R's RNG differs, so the bounds agree only within Monte Carlo error (40,000 replicates each:
    // about 0.5% on the ratio scale); the jackknife acceleration is exact.
    PersonBootstrap boot = new PersonBootstrap(people, 7, 40_000);
    assertThat(boot.estimate).isCloseTo(-0.85737878980688, within(1e-13));
    assertThat(boot.acceleration.getAsDouble()).isCloseTo(0.0251824739143079, within(1e-13));
    RateRatio perc = RateRatio.of(people, L95, RateRatioMethod.BOOTSTRAP_PERCENTILE, 7, 40_000);
    RateRatio bca = RateRatio.of(people, L95, RateRatioMethod.BOOTSTRAP_BCA, 7, 40_000);
    // R: percentile 0.249608128641989 0.633593278270481; BCa 0.262520533335029 0.655272183299004
    assertThat(perc.interval().get().lower()).isCloseTo(0.249608128641989, within(0.005));
    assertThat(perc.interval().get().upper()).isCloseTo(0.633593278270481, within(0.012));
    assertThat(bca.interval().get().lower()).isCloseTo(0.262520533335029, within(0.005));
    assertThat(bca.interval().get().upper()).isCloseTo(0.655272183299004, within(0.012));
    // The same seed gives the same interval; another seed a slightly different one.
    assertThat(RateRatio.of(people, L95, RateRatioMethod.BOOTSTRAP_BCA, 7, 40_000).interval())
        .isEqualTo(bca.interval());
    assertThat(RateRatio.of(people, L95, RateRatioMethod.BOOTSTRAP_BCA, 8, 40_000).interval())
        .isNotEqualTo(bca.interval());
    assertThat(bca.explanation().inputs()).containsEntry("bootstrap", "40000 replicates, seed 7")
        .doesNotContainKey("SE(ln IRR)");
    assertThat(bca.explanation().formula().get()).contains("BCa");
    assertThat(perc.explanation().formula().get()).contains("percentiles");
    assertThat(bca.warnings()).singleElement().asString().startsWith("only 40 young people");
  }

  @Test
  void bootstrapPValuesAreConsistentWithTheirIntervals() {
    // A moderate effect (clustered z about -2.4), so that enough replicates lie beyond 1.
    long[] after = A2.clone();
    for (int i = 0; i < after.length; i += 3) {
      after[i]++;
    }
    PersonCounts people = PersonCounts.of(B2, TB2, after, TB2);
    for (RateRatioMethod m : List.of(RateRatioMethod.BOOTSTRAP_PERCENTILE, RateRatioMethod.BOOTSTRAP_BCA)) {
      RateRatio rr = RateRatio.of(people, L95, m, 3, 4000);
      double p = rr.pValue().getAsDouble();
      assertThat(p).isBetween(0.005, 0.05);
      // At a level just below 1 - p the interval excludes 1; just above, it includes 1.
      RateRatio excludes = RateRatio.of(people, ConfidenceLevel.of(1 - p * 1.3), m, 3, 4000);
      RateRatio includes = RateRatio.of(people, ConfidenceLevel.of(1 - p * 0.7), m, 3, 4000);
      assertThat(excludes.interval().get().upper()).isLessThan(1);
      assertThat(includes.interval().get().upper()).isGreaterThanOrEqualTo(1);
    }
    // A null effect: p near 1 and intervals around 1.
    RateRatio same = RateRatio.of(PersonCounts.of(B2, TB2, B2, TB2), L95,
        RateRatioMethod.BOOTSTRAP_PERCENTILE, 3, 1000);
    assertThat(same.pValue().getAsDouble()).isEqualTo(1.0);
    assertThat(same.interval().get().contains(1)).isTrue();
  }

  @Test
  void bootstrapUndefinedCasesAreSaid() {
    long[] d = {365, 365};
    RateRatio noAfter = RateRatio.of(PersonCounts.of(new long[] {1, 2}, d, new long[] {0, 0}, d), L95,
        RateRatioMethod.BOOTSTRAP_PERCENTILE, 1, 200);
    assertThat(noAfter.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("no events"));
    // One person holds every event after: leaving them out leaves none, so no BCa acceleration.
    RateRatio lone = RateRatio.of(PersonCounts.of(new long[] {1, 2, 3}, new long[] {365, 365, 365},
        new long[] {4, 0, 0}, new long[] {365, 365, 365}), L95, RateRatioMethod.BOOTSTRAP_BCA, 1, 200);
    assertThat(lone.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("acceleration"));
    assertThat(lone.interval()).isEmpty();
    // With replicates that drew no events at all: set aside and counted.
    RateRatio sparse = RateRatio.of(PersonCounts.of(new long[] {1, 0, 0, 0}, new long[] {9, 9, 9, 9},
        new long[] {0, 1, 0, 0}, new long[] {9, 9, 9, 9}), L95, RateRatioMethod.BOOTSTRAP_PERCENTILE, 5,
        400);
    assertThat(sparse.isDefined()).isTrue();
    assertThat(sparse.warnings()).anySatisfy(w -> assertThat(w).contains("drew no events at all"));
    assertThat(sparse.interval().get().isUpperUnbounded()).isTrue();
    assertThat(sparse.interval().get().lower()).isZero();
  }

  @Test
  void extremeFiniteInputsGiveTheRightValueOrAClearError() {
    long huge = Long.MAX_VALUE / 4;
    // Huge equal counts: ratio 1, p 1, finite intervals (log-Wald by AUTO from totals).
    RateRatio rr = RateRatio.of(huge, 1e6, huge, 1e6, L95, RateRatioMethod.AUTO);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(rr.estimate()).hasValue(1.0);
    // SE = sqrt(2 / huge) = 9.3e-10: the interval is 1 -+ 1.8e-9.
    assertThat(rr.interval().get().lower()).isCloseTo(1 - 1.96 * Math.sqrt(2.0 / huge), within(1e-12));
    assertThat(rr.interval().get().upper()).isCloseTo(1 + 1.96 * Math.sqrt(2.0 / huge), within(1e-12));
    assertThat(rr.pValue()).hasValue(1.0);
    // The exact method's beta functions do not reach such counts: refused, naming the rule.
    assertThatThrownBy(() -> RateRatio.of(huge, 1e6, huge, 1e6, L95, RateRatioMethod.EXACT_CONDITIONAL))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("at most 100000000 events before and after together");
    assertThatThrownBy(
            () -> RateRatio.of(Long.MAX_VALUE - 1, 1, Long.MAX_VALUE - 1, 1, L95,
                RateRatioMethod.EXACT_CONDITIONAL))
        .isInstanceOf(DomainRuleException.class);
    // ... except the closed-form edges: no events after, b = 10^12 (R: upper 3.68887945412074e-12).
    RateRatio none = RateRatio.of(1_000_000_000_000L, 1, 0, 1, L95, RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(none.interval().get().lower()).isZero();
    assertThat(none.interval().get().upper()).isCloseTo(3.68887945412074e-12, within(1e-24));
    assertThat(none.pValue()).hasValue(0.0);
    // R: 2 * pbinom(0, 30, 1/3) -> 1.04301901016932e-05
    assertThat(RateRatio.of(30, 2, 0, 1, L95, RateRatioMethod.EXACT_CONDITIONAL).pValue().getAsDouble())
        .isCloseTo(1.04301901016932e-05, within(1e-18));
    // Garwood limits beyond the root finder's reach (R qchisq: clustered-rate-ratio.Rout).
    Interval g12 = Rate.of(1_000_000_000_000L, 1).countInterval();
    assertThat(g12.lower() / 1e12).isCloseTo(0.999998040036963, within(1e-14));
    assertThat(g12.upper() / 1e12).isCloseTo(1.00000195996593, within(1e-14));
    Interval g61 = Rate.of(2305843009213693951L, 1).countInterval();
    assertThat(g61.lower() / 2305843009213693951.0).isCloseTo(0.999999998709276, within(1e-14));
    assertThat(g61.upper() / 2305843009213693951.0).isCloseTo(1.00000000129072, within(1e-14));
    Interval g8 = Rate.of(100_000_000L, 1).countInterval();
    assertThat(g8.lower() / 1e8).isCloseTo(0.999804013073247, within(1e-14));
    assertThat(g8.upper() / 1e8).isCloseTo(1.00019601587079, within(1e-13));
    // Both forms agree where they meet.
    assertThat(Rate.chiSquareQuantile(2e8 + 2, 0.975) / Rate.chiSquareQuantile(2e8, 0.975))
        .isCloseTo(1, within(1e-7));
    // A ratio beyond a double is refused, naming the rule.
    assertThatThrownBy(() -> RateRatio.of(1, 1e300, 1_000_000, 1e-300, L95, RateRatioMethod.AUTO))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("beyond the range of a double");
    assertThatThrownBy(() -> Rate.of(Long.MAX_VALUE, Double.MIN_VALUE))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("a rate beyond the range of a double");
    // Huge per-person counts: the exact sums keep the clustered variance right (a closed form: two
    // people with a_i = k b_i, equal days, have no person-level variance beyond the shared ratio).
    long h = 3_000_000_000L;
    PersonCountSums s = sums(new long[] {h, 3 * h}, new long[] {365, 365}, new long[] {h, 2 * h},
        new long[] {365, 365});
    // u_1 = 1/3 - 1/2 - 1/4 + 1/2 = 1/12, u_2 = -1/12: Σu² = 1/72.
    assertThat(s.sumOfSquaredInfluences()).isCloseTo(1.0 / 72, within(1e-17));
  }

  /** n people with alternating counts: enough variation for the clustered interval. */
  private static PersonCountSums cohortOf(int n, long shift) {
    PersonCountSums.Tally t = new PersonCountSums.Tally();
    for (int i = 0; i < n; i++) {
      t.add(1 + i % 3 + shift, 365, i % 2 + shift, 365);
    }
    return t.toSums();
  }

  @Test
  void boundariesAndDefaults() {
    // 100 young people is not a small cohort; 99 is.
    assertThat(RateRatio.of(cohortOf(100, 0), L95, RateRatioMethod.AUTO).warnings()).isEmpty();
    assertThat(RateRatio.of(cohortOf(99, 0), L95, RateRatioMethod.AUTO).warnings())
        .singleElement().asString().startsWith("only 99 young people");
    assertThat(RatioOfRateRatios.of(cohortOf(100, 0), cohortOf(100, 1), L95, RateRatioMethod.AUTO)
        .warnings()).isEmpty();
    assertThat(RatioOfRateRatios.of(cohortOf(100, 0), cohortOf(99, 1), L95, RateRatioMethod.AUTO)
        .warnings()).singleElement().asString().startsWith("a group has only 99 young people");
    // Two young people are enough for the clustered interval and the bootstrap.
    PersonCounts two = PersonCounts.of(new long[] {1, 4}, new long[] {365, 1}, new long[] {2, 0},
        new long[] {1, 365});
    assertThat(RateRatio.of(two.sums(), L95, RateRatioMethod.CLUSTER_ROBUST).isDefined()).isTrue();
    assertThat(RateRatio.of(two, L95, RateRatioMethod.BOOTSTRAP_PERCENTILE, 1, 100).isDefined())
        .isTrue();
    assertThat(RatioOfRateRatios.of(two.sums(), two.sums(), L95, RateRatioMethod.CLUSTER_ROBUST)
        .isDefined()).isTrue();
    // Identical groups: equal variances, ratio 1, p 1.
    RatioOfRateRatios same = RatioOfRateRatios.of(cohortT(), cohortT(), L95, RateRatioMethod.AUTO);
    assertThat(same.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(same.estimate()).hasValue(1.0);
    assertThat(same.pValue().getAsDouble()).isCloseTo(1, within(1e-12));
    assertThat(same.explanation().formula().get()).contains("sqrt(V_T + V_C)");
    assertThat(RatioOfRateRatios.of(cohortT(), cohortT(), L95, RateRatioMethod.LOG_WALD)
        .explanation().formula().get()).contains("sqrt(1/aT_after");
    assertThat(same.methodReason()).startsWith("default with person-level data");
    assertThat(RatioOfRateRatios.of(Rate.of(3, 1), Rate.of(2, 1), Rate.of(3, 1), Rate.of(2, 1), L95)
        .methodReason()).startsWith("only totals were given, so the Poisson log-Wald interval");
    // No person-level variation in either group: undefined clustered, AUTO falls back to log-Wald.
    PersonCountSums flat = sums(new long[] {2, 2}, new long[] {365, 365}, new long[] {1, 1},
        new long[] {365, 365});
    assertThat(RatioOfRateRatios.of(flat, flat, L95, RateRatioMethod.AUTO).method())
        .isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(RatioOfRateRatios.of(flat, flat, L95, RateRatioMethod.CLUSTER_ROBUST).undefinedReason())
        .hasValue("the clustered interval is undefined: the person-level variance is 0 in both groups");
    // A zero count with person sums: undefined on the log scale, said so (no division by zero).
    PersonCountSums noneAfter = sums(new long[] {2, 1}, new long[] {365, 365}, new long[] {0, 0},
        new long[] {365, 365});
    RatioOfRateRatios zero = RatioOfRateRatios.of(noneAfter, cohortT(), L95, RateRatioMethod.AUTO);
    assertThat(zero.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(zero.undefinedReason())
        .hasValue("a count is 0: the ratio of rate ratios is undefined on the log scale");
    assertThat(zero.warnings()).isEmpty();
    assertThat(zero.toString()).startsWith("RatioOfRateRatios{undefined (a count is 0");
    // Treated sums that do not match the treated rates.
    assertThatThrownBy(
            () -> RatioOfRateRatios.builder().treatedBefore(Rate.of(1, 1)).treatedAfter(Rate.of(1, 1))
                .comparisonBefore(RateRatio.rateOf(BigInteger.valueOf(35), BigInteger.valueOf(3515),
                    "x", L95))
                .comparisonAfter(RateRatio.rateOf(BigInteger.valueOf(15), BigInteger.valueOf(3965),
                    "x", L95))
                .treatedSums(cohortT()).comparisonSums(cohortT()).build())
        .isInstanceOfSatisfying(DomainRuleException.class,
            e -> assertThat(e.field()).isEqualTo("treatedSums"));
    // A ratio of rate ratios beyond a double.
    assertThatThrownBy(
            () -> RatioOfRateRatios.of(Rate.of(1, 1e300), Rate.of(1_000_000, 1e-300), Rate.of(1, 1),
                Rate.of(1, 1), L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("beyond the range of a double");
    // Defaults and accepted edges.
    RateRatio rr = RateRatio.of(cohortT(), L95, RateRatioMethod.AUTO);
    assertThat(rr.seed()).isEqualTo(20240401L);
    assertThat(rr.replicates()).isEqualTo(2000);
    assertThat(RateRatio.of(PersonCounts.of(B, TB, A, TA), L95, RateRatioMethod.BOOTSTRAP_PERCENTILE,
        1, 100).replicates()).isEqualTo(100);
    // No events before, a huge count after: the exact interval's closed-form edge.
    RateRatio onlyAfter = RateRatio.of(0, 1, 1_000_000_000_000L, 1, L95,
        RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(onlyAfter.interval().get().isUpperUnbounded()).isTrue();
    assertThat(onlyAfter.interval().get().lower()).isCloseTo(1 / 3.68887945412074e-12, within(1e-3 / 3.68887945412074e-12));
    assertThat(onlyAfter.pValue()).hasValue(0.0);
    // Sums that fit a long exactly are accepted; one more is refused.
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertThat(RateRatio.rateOf(max, BigInteger.ONE, "f", L95).events()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> RateRatio.rateOf(max.add(BigInteger.ONE), BigInteger.ONE, "f", L95))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> RateRatio.rateOf(BigInteger.ONE, max.add(BigInteger.ONE), "f", L95))
        .isInstanceOf(DomainRuleException.class);
    // Several warnings are numbered.
    RateRatio sparse = RateRatio.of(PersonCounts.of(new long[] {1, 0, 0, 0}, new long[] {9, 9, 9, 9},
        new long[] {0, 1, 0, 0}, new long[] {9, 9, 9, 9}), L95, RateRatioMethod.BOOTSTRAP_PERCENTILE, 5,
        400);
    assertThat(sparse.warnings()).hasSize(2);
    assertThat(sparse.explanation().inputs()).containsKeys("warning 1", "warning 2")
        .doesNotContainKey("warning");
    // Whole days, and days too large for a long.
    assertThat(PersonCountSums.ofWholeDays(List.of(PersonPeriods.of(1, 10, 2, 12))))
        .contains(new PersonCountSums.Tally().add(1, 10, 2, 12).toSums());
    assertThat(PersonCountSums.ofWholeDays(List.of(PersonPeriods.of(1, 10, 2, 12.5)))).isEmpty();
    assertThat(PersonCountSums.ofWholeDays(List.of(PersonPeriods.of(1, 0x1p63, 2, 12)))).isEmpty();
    assertThatThrownBy(() -> copy(cohortT(), -1, cohortT().sums(), cohortT().crossProducts()))
        .hasMessageContaining("people -1 is negative");
    // The smallest valid person.
    assertThat(new PersonCountSums.Tally().add(0, 1, 0, 1).people()).isEqualTo(1);
    assertThat(PersonCounts.of(new long[] {0}, new long[] {1}, new long[] {0}, new long[] {1}).people())
        .isEqualTo(1);
    assertThat(Fmt.p(0.0001)).isEqualTo("0.0001");
    assertThat(Fmt.p(0.00009)).isEqualTo("0.00009");
    assertThat(Fmt.p(4.1538e-19)).isEqualTo("4.154E-19");
    assertThat(Fmt.p(0)).isEqualTo("0");
    assertThat(Fmt.num(java.util.OptionalDouble.empty())).isEqualTo("undefined");
  }

  @Test
  void methodsSayWhatTheyAre() {
    assertThat(RateRatioMethod.AUTO.text()).isEqualTo("default (clustered with person-level data)");
    assertThat(RateRatioMethod.EXACT_CONDITIONAL.text()).isEqualTo("exact conditional (Poisson)");
    assertThat(RateRatioMethod.LOG_WALD.text()).isEqualTo("log-Wald (Poisson)");
    assertThat(RateRatioMethod.CLUSTER_ROBUST.text()).isEqualTo("cluster-robust, young people as clusters");
    assertThat(RateRatioMethod.BOOTSTRAP_PERCENTILE.text()).isEqualTo("person bootstrap, percentile");
    assertThat(RateRatioMethod.BOOTSTRAP_BCA.text()).isEqualTo("person bootstrap, BCa");
    assertThat(RateRatioMethod.EXACT_CONDITIONAL.isPoisson()).isTrue();
    assertThat(RateRatioMethod.LOG_WALD.isPoisson()).isTrue();
    assertThat(RateRatioMethod.CLUSTER_ROBUST.isPoisson()).isFalse();
    assertThat(RateRatioMethod.AUTO.isPoisson()).isFalse();
    assertThat(RateRatioMethod.BOOTSTRAP_BCA.isBootstrap()).isTrue();
    assertThat(RateRatioMethod.BOOTSTRAP_PERCENTILE.isBootstrap()).isTrue();
    assertThat(RateRatioMethod.CLUSTER_ROBUST.isBootstrap()).isFalse();
  }

  @Test
  void moreEdgesOfTheExactAndClusteredMethods() {
    // The upper exact tail (R: 0.0209249866606192).
    assertThat(RateRatio.of(3, 10, 12, 9, L95, RateRatioMethod.EXACT_CONDITIONAL).pValue()
        .getAsDouble()).isCloseTo(0.0209249866606192, within(1e-13));
    // No events after, 22 before: the same upper bound as the 1.0 library gave (beta quantile),
    // figure for figure (impact-result-pre-post.json, measure 4).
    RateRatio none = RateRatio.of(22, 11.000684462696784, 0, 9.00205338809035, L95,
        RateRatioMethod.AUTO);
    assertThat(none.interval().get().upper()).isEqualTo(0.22308429933670942);
    // A zero count in any of the four places, with person sums: undefined on the log scale.
    PersonCountSums t = cohortT();
    long[] d = {365, 365};
    PersonCountSums noneBefore = sums(new long[] {0, 0}, d, new long[] {2, 1}, d);
    PersonCountSums noneAfter = sums(new long[] {2, 1}, d, new long[] {0, 0}, d);
    for (RatioOfRateRatios r : List.of(
        RatioOfRateRatios.of(noneBefore, t, L95, RateRatioMethod.AUTO),
        RatioOfRateRatios.of(t, noneBefore, L95, RateRatioMethod.AUTO),
        RatioOfRateRatios.of(t, noneAfter, L95, RateRatioMethod.AUTO))) {
      assertThat(r.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
      assertThat(r.undefinedReason()).hasValue(
          "a count is 0: the ratio of rate ratios is undefined on the log scale");
    }
  }

  @Test
  void theExactConditionalMethodRunsUpToItsLimitAndPeopleAtTheBoundariesOfTheirRules() {
    // 10^8 events in all, the most the exact method computes (R: qbeta and pbinom, .Rout).
    assertThat(40_000_000L + 60_000_000L).isEqualTo(RateRatio.EXACT_LIMIT);
    RateRatio atLimit =
        RateRatio.of(60_000_000, 3.0003, 40_000_000, 2, L95, RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(atLimit.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(atLimit.interval().get().lower()).isCloseTo(0.999699939273616, within(1e-12));
    assertThat(atLimit.interval().get().upper()).isCloseTo(1.00050021292445, within(1e-12));
    assertThat(atLimit.pValue().getAsDouble()).isCloseTo(0.624292015364015, within(1e-9));
    // No events is a count; no days at risk is not, before or after.
    assertThat(new PersonCountSums.Tally().add(0, 1, 0, 1).toSums().people()).isEqualTo(1);
    assertThatThrownBy(() -> new PersonCountSums.Tally().add(1, 1, 1, 0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("days at risk before 1 and after 0 must be at least 1");
    assertThat(PersonCounts.of(new long[] {0}, new long[] {1}, new long[] {0}, new long[] {1})
        .sums().people()).isEqualTo(1);
    assertThatThrownBy(() -> PersonCounts.of(new long[] {1}, new long[] {1}, new long[] {1},
        new long[] {0})).isInstanceOf(DomainRuleException.class).hasMessageContaining("person 0");
  }

  @Test
  void theBootstrapFollowsItsDocumentedDrawsAndBcaFormula() {
    long[] b = {2, 0, 5, 1, 3};
    long[] tb = {365, 200, 365, 365, 100};
    long[] a = {1, 1, 2, 0, 3};
    long[] ta = {365, 365, 300, 365, 365};
    RateRatio rr = RateRatio.of(PersonCounts.of(b, tb, a, ta), L95, RateRatioMethod.BOOTSTRAP_BCA,
        77, 100);
    // Replicate r draws 5 young people with nextInt(5) from XO_RO_SHI_RO_128_PP seeded 77.
    org.apache.commons.rng.UniformRandomProvider rng =
        org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(77L);
    double[] expected = new double[100];
    for (int r = 0; r < 100; r++) {
      double sa = 0;
      double sta = 0;
      double sb = 0;
      double stb = 0;
      for (int k = 0; k < 5; k++) {
        int i = rng.nextInt(5);
        sa += a[i];
        sta += ta[i];
        sb += b[i];
        stb += tb[i];
      }
      // Logs of the four sums, as documented: a replicate that redraws the cohort's own sums must
      // equal the estimate exactly, since BCa's bias correction counts such ties as half.
      expected[r] = Math.log(sa) - Math.log(sta) - (Math.log(sb) - Math.log(stb));
    }
    java.util.Arrays.sort(expected);
    PersonBootstrap boot = rr.bootstrap();
    assertThat(boot.replicates).containsExactly(expected);
    assertThat(boot.setAside).isZero();
    // The BCa interval is the documented formula over those replicates.
    double z0 = PersonBootstrap.biasCorrection(expected, boot.estimate);
    double acc = boot.acceleration.getAsDouble();
    double z = L95.z();
    assertThat(rr.interval().get().lower()).isCloseTo(
        Math.exp(PersonBootstrap.quantile(expected, PersonBootstrap.adjusted(-z, z0, acc))),
        within(1e-12));
    assertThat(rr.interval().get().upper()).isCloseTo(
        Math.exp(PersonBootstrap.quantile(expected, PersonBootstrap.adjusted(z, z0, acc))),
        within(1e-12));
    assertThat(rr.pValue().getAsDouble()).isCloseTo(
        PersonBootstrap.bcaPValue(expected, boot.estimate, acc), within(1e-12));
    assertThat(PersonBootstrap.quantile(new double[] {Double.NEGATIVE_INFINITY, 1}, 0.5)).isEqualTo(1);
    assertThat(PersonBootstrap.adjusted(0, 2, 0.5)).isEqualTo(1);
  }
}
