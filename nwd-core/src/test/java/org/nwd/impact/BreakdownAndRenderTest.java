package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.model.StandardMeasures;

/** Breakdowns with suppression, plain-text tables and explanations on the fixed cohort. */
class BreakdownAndRenderTest {

  private final ImpactResult result = SmallCohorts.analysis().run(SmallCohorts.treated());

  @Test
  void breakdownBySexIsSuppressedBelowFive() {
    Breakdown b = result.breakdown(BreakdownDimension.SEX, StandardMeasures.MISSING_INCIDENTS);
    assertThat(b.groups()).containsExactly("female", "male");
    // Female T-1, T-3, T-5: improved, unchanged, improved. Male T-2, T-4, T-6: improved, unchanged,
    // worse.
    SuppressedTable c = b.changes();
    assertThat(c.value(0, 0)).isEqualTo(2);
    assertThat(c.value(0, 1)).isEqualTo(1);
    assertThat(c.value(0, 2)).isZero();
    assertThat(c.value(1, 0)).isEqualTo(1);
    assertThat(c.value(1, 2)).isEqualTo(1);
    assertThat(c.value(2, 3)).isEqualTo(6);
    // Everything from 1 to 4 is suppressed, the zero and the grand total 6 are published.
    assertThat(c.published(0, 2)).hasValue(0);
    assertThat(c.published(2, 3)).hasValue(6);
    assertThat(c.published(0, 0)).isEmpty();
    assertThat(c.published(0, 3)).isEmpty();
    assertThat(SuppressedTableTest.audit(c)).isEmpty();
    // Events: female 5 + 0 + 4 = 9 before, 1 + 0 + 1 = 2 after; male 6 before, 5 after.
    SuppressedTable e = b.events().orElseThrow();
    assertThat(e.value(0, 0)).isEqualTo(9);
    assertThat(e.value(0, 1)).isEqualTo(2);
    assertThat(e.value(1, 0)).isEqualTo(6);
    assertThat(e.value(1, 1)).isEqualTo(5);
    assertThat(e.isSuppressed(0, 1)).isTrue();
    assertThat(SuppressedTableTest.audit(e)).isEmpty();
    // Three people per group: rates are not published.
    assertThat(b.publishableRates(0)).isEmpty();
    assertThat(b.daysAtRiskBefore()).containsExactly(1095L, 1095L);
    assertThat(b.daysAtRiskAfter()).containsExactly(1095L, 1034L);
    assertThat(b.render()).contains("MISSING_INCIDENTS by sex").contains("female       [c]        [c]      0    [c]")
        .contains("female          [c]         [c]");
    assertThat(b.toString()).isEqualTo(b.render());
  }

  @Test
  void withoutSuppressionRatesArePublished() {
    ImpactResult open =
        SmallCohorts.analysisBuilder()
            .suppressionThreshold(1)
            .build()
            .run(SmallCohorts.treated());
    Breakdown b = open.breakdown(BreakdownDimension.SEX, StandardMeasures.MISSING_INCIDENTS);
    // Female: 9 / (1095 / 365.25) = 3.002055 before, 2 / (1095 / 365.25) = 0.667123 after.
    double[] rates = b.publishableRates(0).orElseThrow();
    assertThat(rates[0]).isCloseTo(9 * 365.25 / 1095, within(1e-12));
    assertThat(rates[1]).isCloseTo(2 * 365.25 / 1095, within(1e-12));
    // Male after: 5 / (1034 / 365.25).
    assertThat(b.publishableRates(1).orElseThrow()[1]).isCloseTo(5 * 365.25 / 1034, within(1e-12));
    assertThat(b.changes().suppressedCount()).isZero();
    // The plain text prints them to four significant figures: 3.002, 0.6671; male 6 / (1095 /
    // 365.25) = 2.001 before and 5 / (1034 / 365.25) = 1.766 after.
    assertThat(b.render()).containsPattern("female +3\\.002 +0\\.6671\n")
        .containsPattern("male +2\\.001 +1\\.766\n");
    // Scores and statuses have no events table.
    Breakdown s = open.breakdown(BreakdownDimension.HUB, StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(s.events()).isEmpty();
    assertThat(s.publishableRates(0)).isEmpty();
    assertThat(s.groups()).containsExactly("HUB-A");
    assertThat(s.changes().value(0, 0)).isEqualTo(4);
    assertThat(open.breakdown(BreakdownDimension.AGE_BAND, StandardMeasures.IN_EET).groups())
        .containsExactly("16-17");
    assertThat(open.breakdown(BreakdownDimension.CARE_STATUS, StandardMeasures.IN_EET).groups())
        .containsExactly("edge_of_care");
    assertThat(open.breakdown(BreakdownDimension.REFERRAL_CATEGORY, StandardMeasures.IN_EET).groups())
        .containsExactly("edge_of_care");
    assertThat(open.breakdowns()).hasSize(BreakdownDimension.values().length * 3);
    assertThatThrownBy(() -> open.breakdown(BreakdownDimension.SEX, StandardMeasures.ARRESTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no breakdown of ARRESTS by SEX");
  }

  @Test
  void plainTextTables() {
    String text = result.render();
    assertThat(text)
        .startsWith("Impact analysis: test (UNSUPPRESSED: small numbers and pseudonymous ids shown,"
            + " not for publication; see renderForPublication())\n")
        .contains("Design: before/after, no comparison group (Maryland SMS level 1)")
        .contains("Young people: 6 evaluated, 6 included, 0 excluded {}")
        .contains("Rates per person-year")
        .contains("MISSING_INCIDENTS       6        15/7  5.996/5.829        2.502       1.201  -1.301")
        .contains("Caveat: before/after only, Maryland SMS level 1: young people are referred at a"
            + " crisis point, so part of any fall would have happened anyway (regression to the mean)"
            + " and this may overstate the effect")
        // The clustered default (R: cohort-statistics-clustered.Rout) with its method, p and the
        // dispersion seen (R: 1.4 and 1.30431444393555).
        .contains("0.48  [0.112, 2.058]  cluster-robust, young people as clusters  0.2516"
            + "       1.4/1.304")
        // Holm across the three headline tests (R: p.adjust(c(0.251576, 0.119117, 0.625), "holm")).
        .contains("Headline tests, Holm-adjusted across the 3 measures with a p-value")
        .contains("MISSING_INCIDENTS       rate ratio, cluster-robust, young people as clusters"
            + "  SMS level 1  0.2516  0.5032")
        .contains("SDQ_TOTAL_DIFFICULTIES                      paired t-test of the mean change"
            + "  SMS level 1  0.1191  0.3572")
        .contains("Warning: MISSING_INCIDENTS: only 6 young people (fewer than 100)")
        .contains("MISSING_INCIDENTS  7.582 incidents   -  SMS level 1")
        .contains("SDQ_TOTAL_DIFFICULTIES      5           -3  [-7.211, 1.211]")
        .contains("IN_EET        6  0.3333 [0.09677, 0.7]  0.6667 [0.3, 0.9032]      0.625")
        .contains("No Wrong Door indicators");
    assertThat(text).doesNotContain("2008-").doesNotContain("2007-");
  }

  @Test
  void everyFigureExplainsItself() {
    String e = result.measure(StandardMeasures.MISSING_INCIDENTS).explanation().render();
    assertThat(e)
        .contains("MISSING_INCIDENTS (missing incidents) = 2.502 -> 1.201 per person-year")
        .contains("formula: per person: sum of MISSING_INCIDENTS event counts dated on days at risk")
        .contains("events before = 15")
        .contains("days at risk after = 2129")
        .contains("rate ratio after vs before")
        .contains("Wilcoxon signed-rank")
        .contains("percentage change")
        .contains("events avoided (incidents)");
    assertThat(result.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).explanation().render())
        .contains("mean change -3")
        .contains("Hedges' g");
    assertThat(result.measure(StandardMeasures.IN_EET).explanation().render())
        .contains("McNemar")
        .contains("0.3333 -> 0.6667");
    assertThat(result.explanation().render())
        .contains("impact analysis test = before/after, no comparison group")
        .contains("records evaluated = 6");
    assertThat(result.measure(StandardMeasures.MISSING_INCIDENTS).toString())
        .startsWith("MISSING_INCIDENTS (missing incidents) = 2.502 -> 1.201 per person-year, rate ratio"
            + " 0.480038 95% CI [0.111966, 2.05809], p = 0.251576 (cluster-robust, young people as"
            + " clusters); before/after only, Maryland SMS level 1: young people are referred at a"
            + " crisis point")
        .contains("may overstate the effect")
        .endsWith("; warning: only 6 young people (fewer than 100): the interval (cluster-robust, young"
            + " people as clusters) can cover less than 95% when counts are strongly overdispersed"
            + " (see the coverage study)");
    assertThat(e).contains("design = before/after only, Maryland SMS level 1")
        .contains("headline test = rate ratio, cluster-robust, young people as clusters, p = 0.2516")
        .contains("why this method = default with person-level data");
    // Score and status measures carry the design statement too.
    assertThat(result.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).toString())
        .contains("Maryland SMS level 1", "may overstate the effect");
    assertThat(result.measure(StandardMeasures.IN_EET).explanation().inputs())
        .containsEntry("design", DesignLevel.PRE_POST.caveat())
        .containsEntry("headline test", "McNemar's test, p = 0.625");
    assertThat(result.holmPValue(StandardMeasures.IN_EET)).hasValue(0.625);
    assertThat(result.explanation().render()).contains("Holm adjustment across 3 tests");
    assertThat(result.exclusionCounts()).isEmpty();
    assertThat(Exclusion.of(org.nwd.model.YoungPersonId.of("YP-9"), ExclusionReason.NO_DAYS_AT_RISK).toString())
        .isEqualTo("YP-9: no days at risk");
  }

  @Test
  void tablesHelper() {
    assertThat(Tables.num(Double.POSITIVE_INFINITY)).isEqualTo("+infinity");
    assertThat(Tables.num(Double.NEGATIVE_INFINITY)).isEqualTo("-infinity");
    assertThat(Tables.num(Double.NaN)).isEqualTo("undefined");
    assertThat(Tables.num(1234.5678)).isEqualTo("1235");
    assertThat(Tables.num(0.000123456)).isEqualTo("0.0001235");
    assertThat(Tables.num(java.util.OptionalDouble.empty())).isEqualTo("-");
    assertThat(Tables.interval(java.util.Optional.empty())).isEqualTo("-");
    assertThat(Tables.interval(org.nwd.stats.Interval.of(0.5, Double.POSITIVE_INFINITY)))
        .isEqualTo("[0.5, +infinity)");
    assertThat(Tables.render(java.util.List.of("a", "b"), java.util.List.of(java.util.List.of("xx", "1"))))
        .isEqualTo("a   b\n-----\nxx  1\n");
  }
}
