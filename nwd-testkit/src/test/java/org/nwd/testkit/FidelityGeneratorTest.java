package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.DoseResponse;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityBreakdown;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityProfile;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.fidelity.IndicatorResult;
import org.nwd.fidelity.IndicatorStatus;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.MeasureResult;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.Interval;

/**
 * Generated cohorts with a known fidelity mix and a configured association between fidelity and
 * outcome: the profiles recover every young person's tier, the breakdown by band recovers each
 * tier's rate multiplier and the dose-response recovers the slope the configuration implies.
 */
class FidelityGeneratorTest {
  /** Late enough that every stay's 12 months have passed (follow-ups end by 2018-04-01). */
  static final LocalDate AS_OF = LocalDate.of(2019, 8, 1);

  static final ImpactAnalysis ANALYSIS =
      ImpactAnalysis.builder()
          .name("generated fidelity")
          .dataCoverage(DatePeriod.parse("2014-04-01/2018-04-01"))
          .addMeasures(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.POLICE_CALL_OUTS)
          .build();

  static CohortGenerator generator(int size, long seed) {
    return CohortGenerator.of(
        CohortSettings.builder().size(size).seed(seed).fidelity(FidelitySettings.defaults()).build());
  }

  @Test
  void everyYoungPersonScoresInTheirTiersBandAndTheMixIsAsConfigured() {
    int n = 2000;
    CohortGenerator gen = generator(n, 11);
    FidelityAssessment a = FidelityAssessment.of(FidelityRubric.proposedDefault(), AS_OF);
    Map<FidelityTier, Integer> counts = new EnumMap<>(FidelityTier.class);
    for (int i = 0; i < n; i++) {
      YoungPersonRecord r = gen.youngPerson(i);
      FidelityTier tier = gen.fidelityTier(i).orElseThrow();
      counts.merge(tier, 1, Integer::sum);
      FidelityProfile p = a.profile(r);
      assertThat(p.band().get().name()).as("band of %s (%s)", r.id(), p).isEqualTo(tier.band());
      for (IndicatorResult result : p.results()) {
        FidelityIndicator indicator = result.indicator();
        if (!FidelityTier.isControlled(indicator)
            || result.status() == IndicatorStatus.NOT_APPLICABLE) {
          continue;
        }
        assertThat(result.status()).as("%s of %s (%s)", indicator, r.id(), tier)
            .isEqualTo(tier.meets(indicator) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET);
      }
    }
    // Shares 0.4, 0.35, 0.25: each count within 4 binomial standard deviations (about 88 of 2000).
    assertThat(counts.get(FidelityTier.HIGH)).isBetween(800 - 88, 800 + 88);
    assertThat(counts.get(FidelityTier.PARTIAL)).isBetween(700 - 86, 700 + 86);
    assertThat(counts.get(FidelityTier.LOW)).isBetween(500 - 78, 500 + 78);
    assertThat(FidelityTier.HIGH.meets(FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY)).isFalse();
    assertThat(FidelityTier.LOW.meets(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT)).isFalse();
    assertThat(FidelityTier.PARTIAL.meets(FidelityIndicator.POLICE_LIAISON_INVOLVED)).isFalse();
    assertThat(FidelityTier.PARTIAL.meets(FidelityIndicator.LIFE_COACH_INVOLVED)).isTrue();
  }

  /**
   * The configured association: missing incidents and police call-outs after the referral are each
   * tier's multiplier times the rate before. Each band's rate ratio interval holds its tier's
   * multiplier, and the dose-response interval holds the slope the configuration implies for the
   * scores the cohort has: the least-squares slope of the expected change, base rate x (multiplier -
   * 1), on the score.
   */
  @Test
  void theBreakdownAndTheDoseResponseRecoverTheConfiguredAssociation() {
    int n = 3000;
    CohortGenerator gen = generator(n, 2024);
    Cohort cohort = gen.generate();
    FidelityImpactResult r =
        FidelityImpact.of(ANALYSIS, FidelityAssessment.of(FidelityRubric.proposedDefault(), AS_OF))
            .run(cohort);
    FidelitySettings f = FidelitySettings.defaults();
    for (var measure : List.of(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.POLICE_CALL_OUTS)) {
      FidelityBreakdown b = r.breakdown(measure);
      assertThat(b.bands()).containsExactly("high", "partial", "low");
      for (int g = 0; g < 3; g++) {
        FidelityTier tier = FidelityTier.values()[g];
        MeasureResult m = b.publishableResult(g).orElseThrow();
        Interval rr = m.rates().get().rateRatio().interval().orElseThrow();
        assertThat(rr.contains(f.rateMultipliers().get(tier)))
            .as("%s, band %s: rate ratio interval %s holds %s", measure.code(), tier.band(), rr,
                f.rateMultipliers().get(tier))
            .isTrue();
      }
      DoseResponse d = r.doseResponse(measure);
      double base = gen.baseRate(measure);
      double target = impliedSlope(gen, cohort, r.fidelity(), base, f);
      Interval i = d.interval().orElseThrow();
      assertThat(d.n()).isEqualTo(n);
      assertThat(i.contains(target))
          .as("%s: slope %s, interval %s, implied %s", measure.code(), d.slope(), i, target)
          .isTrue();
      assertThat(i.upper()).isNegative(); // higher fidelity, larger falls
    }
  }

  /** The least-squares slope of base x (tier multiplier - 1) on each young person's score. */
  private static double impliedSlope(
      CohortGenerator gen, Cohort cohort, CohortFidelity fidelity, double base, FidelitySettings f) {
    int n = cohort.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      x[i] = fidelity.profiles().get(i).score().getAsDouble();
      y[i] = base * (f.rateMultipliers().get(gen.fidelityTier(i).orElseThrow()) - 1);
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }

  @Test
  void withTheSameMultiplierEverywhereOnlyTheFidelityItemsDiffer() {
    double m = 0.5;
    FidelitySettings flat =
        FidelitySettings.builder()
            .rateMultipliers(com.google.common.collect.ImmutableMap.of(FidelityTier.HIGH, m, FidelityTier.PARTIAL, m, FidelityTier.LOW, m))
            .build();
    CohortGenerator with =
        CohortGenerator.of(CohortSettings.builder().size(200).seed(5).fidelity(flat).build());
    CohortGenerator without = CohortGenerator.of(200, 5);
    for (int i = 0; i < 200; i++) {
      YoungPersonRecord a = with.youngPerson(i);
      YoungPersonRecord b = without.youngPerson(i);
      assertThat(a.youngPerson()).isEqualTo(b.youngPerson());
      assertThat(a.referrals()).isEqualTo(b.referrals());
      assertThat(a.events()).isEqualTo(b.events());
      assertThat(a.scores()).isEqualTo(b.scores());
      assertThat(a.placements()).isEqualTo(b.placements());
      assertThat(a.hubEpisodes().get(0).kind()).isEqualTo(b.hubEpisodes().get(0).kind());
      assertThat(a.hubEpisodes().get(0).hubId()).isEqualTo(b.hubEpisodes().get(0).hubId());
      assertThat(b.decisions()).isEmpty();
      assertThat(a.decisions()).hasSizeBetween(2, 4);
    }
    assertThat(without.fidelityTier(3)).isEmpty();
    assertThat(with.fidelityTier(3)).isPresent();
    assertThat(with.fidelityTier(3)).isEqualTo(with.fidelityTier(3));
    assertThatThrownBy(() -> with.fidelityTier(-1)).isInstanceOf(DomainRuleException.class)
        .hasMessage("index -1 is negative");
  }

  @Test
  void anotherRubricsThresholdsShapeTheData() {
    // A stricter council: first contact within 2 days, stays of at most 28 days, 60 days of support
    // after a stay, key-worker changes at most 0.5 a year, life coach with at least 4 contacts.
    FidelityRubric strict =
        FidelityRubric.builder().name("strict").proposal(false)
            .addCriteria(
                Criterion.of(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, 2, java.math.BigDecimal.ONE),
                Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 28, java.math.BigDecimal.ONE),
                Criterion.of(FidelityIndicator.OUTREACH_AFTER_STAY, 60, java.math.BigDecimal.ONE),
                Criterion.of(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR, 0.5,
                    java.math.BigDecimal.ONE),
                Criterion.of(FidelityIndicator.LIFE_COACH_INVOLVED, 4, java.math.BigDecimal.ONE))
            .addAllBands(FidelityRubric.proposedDefault().bands())
            .build();
    CohortGenerator gen =
        CohortGenerator.of(CohortSettings.builder().size(600).seed(3)
            .fidelity(FidelitySettings.builder().rubric(strict).build()).build());
    FidelityAssessment a = FidelityAssessment.of(strict, AS_OF);
    for (int i = 0; i < 600; i++) {
      FidelityTier tier = gen.fidelityTier(i).orElseThrow();
      for (IndicatorResult result : a.profile(gen.youngPerson(i)).results()) {
        if (result.status() != IndicatorStatus.NOT_APPLICABLE) {
          assertThat(result.status()).as("%s of %s", result, tier)
              .isEqualTo(tier.meets(result.indicator()) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET);
        }
      }
    }
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> FidelitySettings.builder()
            .mix(com.google.common.collect.ImmutableMap.of(FidelityTier.HIGH, 0.5, FidelityTier.LOW, 0.4)).build())
        .isInstanceOf(DomainRuleException.class).hasMessage("mix shares sum to 0.9, not 1");
    assertThatThrownBy(() -> FidelitySettings.builder()
            .mix(com.google.common.collect.ImmutableMap.of(FidelityTier.HIGH, 1.5, FidelityTier.LOW, -0.5)).build())
        .hasMessageStartingWith("mix share");
    assertThatThrownBy(() -> FidelitySettings.builder()
            .rateMultipliers(com.google.common.collect.ImmutableMap.of(FidelityTier.HIGH, 0.5, FidelityTier.LOW, 0.5)).build())
        .hasMessage("rate multiplier for PARTIAL is null; every tier needs one, finite and at least 0");
    assertThatThrownBy(() -> FidelitySettings.builder()
            .rateMultipliers(com.google.common.collect.ImmutableMap.of(FidelityTier.HIGH, -0.5, FidelityTier.PARTIAL, 0.5,
                FidelityTier.LOW, 0.5)).build())
        .hasMessageStartingWith("rate multiplier for HIGH is -0.5");
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(one(
            FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, 31)).build())
        .hasMessage("threshold 31.0 of days_to_first_hub_contact is above 30 days; the generated"
            + " delays would not fit");
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(one(
            FidelityIndicator.KEY_WORKER_WITHIN_DAYS, 30.5)).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(one(
            FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR, 12.5)).build())
        .hasMessageStartingWith("threshold 12.5 of key_worker_changes_per_year is above 12");
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(one(
            FidelityIndicator.OUTREACH_AFTER_STAY, 0)).build())
        .hasMessage("threshold 0.0 of outreach_after_stay is 0: every young person would meet it,"
            + " so no tier could fail it");
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(one(
            FidelityIndicator.SHORT_BED_STAYS, 0.5)).build())
        .hasMessageStartingWith("threshold 0.5 of short_bed_stays is below 1 day");
    // The limits themselves are allowed.
    assertThat(FidelitySettings.builder().rubric(one(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, 30))
        .build().threshold(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT)).isEqualTo(30);
    assertThat(FidelitySettings.builder().rubric(one(FidelityIndicator.SHORT_BED_STAYS, 1))
        .build().threshold(FidelityIndicator.SHORT_BED_STAYS)).isEqualTo(1);
    assertThat(FidelitySettings.builder().rubric(one(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR, 12))
        .build().threshold(FidelityIndicator.OUTREACH_AFTER_STAY)).isEqualTo(28); // the default
    assertThatThrownBy(() -> CohortSettings.builder().followUpMonths(2)
            .fidelity(FidelitySettings.defaults()).build())
        .hasMessage("followUpMonths 2 is below 3; fidelity settings need at least 3 months of"
            + " follow-up");
    assertThat(CohortSettings.builder().followUpMonths(3).fidelity(FidelitySettings.defaults())
        .build().fidelity()).isPresent();
    assertThat(CohortSettings.builder().followUpMonths(2).build().fidelity()).isEmpty();
  }

  private static FidelityRubric one(FidelityIndicator indicator, double threshold) {
    return FidelityRubric.builder().name("one").proposal(false)
        .addCriteria(Criterion.of(indicator, threshold, java.math.BigDecimal.ONE))
        .addAllBands(FidelityRubric.proposedDefault().bands())
        .build();
  }

  @Test
  void theFixturesHaveTheProfilesTheirCommentsWorkOut() {
    CohortFidelity c =
        FidelityAssessment.of(FidelityRubric.proposedDefault(), FidelityFixtures.AS_OF)
            .assess(FidelityFixtures.fidelityCohort());
    FidelityProfile high = c.profiles().get(0);
    FidelityProfile partial = c.profiles().get(1);
    FidelityProfile low = c.profiles().get(2);
    assertThat(high.score()).hasValue(1.0);
    assertThat(high.count(IndicatorStatus.MET)).isEqualTo(11);
    assertThat(partial.score().getAsDouble()).isEqualTo(4.0 / 7);
    assertThat(partial.count(IndicatorStatus.NOT_APPLICABLE)).isEqualTo(4);
    assertThat(low.score()).hasValue(0.0);
    assertThat(low.count(IndicatorStatus.NOT_MET)).isEqualTo(11);
    assertThat(c.bandCounts()).containsExactly(
        Map.entry("high", 1L), Map.entry("partial", 1L), Map.entry("low", 1L));
    // A few of the worked values.
    assertThat(high.result(FidelityIndicator.OUTREACH_AFTER_STAY).get().value()).hasValue(184);
    assertThat(low.result(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR).get().denominator())
        .isEqualTo(577);
    assertThat(low.result(FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY).get().value()).hasValue(2);
    assertThat(low.result(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT).get().value()).hasValue(45);
    assertThat(low.result(FidelityIndicator.SHORT_BED_STAYS).get().value()).hasValue(184);
  }
}
