package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.fidelity.IndicatorsTest.result;
import static org.nwd.fidelity.Rec.d;
import static org.nwd.fidelity.Rec.yp;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.impact.ChangeCounts;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.StatusChange;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.Proportion;

/** The finer points: orderings, boundaries, texts and the cases the main tests do not reach. */
class FidelityDetailsTest {

  @Test
  void supportEpisodesAreTakenInOrderOfStartWhateverTheRecordsOrder() {
    // As F4 in IndicatorsTest, the supported lodgings listed before the outreach: still 37 days.
    IndicatorResult r =
        result(FidelityIndicator.OUTREACH_AFTER_STAY, 28,
            yp("F4r").stay("2023-01-01/2023-02-01", EndReason.SUPPORTED_LODGINGS)
                .hub(HubEpisodeKind.SUPPORTED_LODGINGS, "2023-02-20/2023-03-10", EndReason.OTHER)
                .outreach("2023-02-01/2023-02-15", EndReason.OTHER).build());
    assertThat(r.value()).hasValue(37);
  }

  @Test
  void supportCouldStillResumeUpToTheGapItself() {
    // Stay ended 2023-12-25: 7 days before the as-of date, within the gap: unknown.
    IndicatorResult r =
        result(FidelityIndicator.OUTREACH_AFTER_STAY, 28,
            yp("F7c").stay("2023-12-01/2023-12-25", EndReason.HOME_OR_FAMILY).build());
    assertThat(r.status()).isEqualTo(IndicatorStatus.UNKNOWN);
    assertThat(r.reason()).isEqualTo(
        "0 days of continuing support; support could still resume within 7 days");
  }

  @Test
  void completedStayLengthsAreSortedAndStayIndicatorsNeedACompletedStay() {
    IndicatorResult r =
        result(FidelityIndicator.SHORT_BED_STAYS, 84,
            yp("E7").stay("2023-01-01/2023-03-02", EndReason.HOME_OR_FAMILY)
                .stay("2023-05-01/2023-05-11", EndReason.HOME_OR_FAMILY).build());
    assertThat(r.observations()).containsExactly(10L, 60L);
    for (FidelityIndicator i : List.of(FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY,
        FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY)) {
      IndicatorResult none = result(i, i.defaultThreshold(), yp("N").stay("2023-11-01/..", null).build());
      assertThat(none.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
      assertThat(none.reason()).isEqualTo("no hub bed stay completed before the as-of date");
    }
  }

  @Test
  void statusesAndIndicatorsHaveTheirCodesAndTexts() {
    assertThat(IndicatorStatus.MET.code()).isEqualTo("met");
    assertThat(IndicatorStatus.NOT_MET.code()).isEqualTo("not_met");
    assertThat(IndicatorStatus.UNKNOWN.code()).isEqualTo("unknown");
    assertThat(IndicatorStatus.NOT_APPLICABLE.code()).isEqualTo("not_applicable");
    assertThat(IndicatorStatus.NOT_APPLICABLE.isApplicable()).isFalse();
    assertThat(IndicatorStatus.UNKNOWN.isApplicable()).isTrue();
    assertThat(FidelityIndicator.SHORT_BED_STAYS.principle())
        .isEqualTo("residential care is a short-term intervention, not a long-term solution");
    assertThat(FidelityIndicator.DECISIONS_CITING_PROVOCATION.reading())
        .isEqualTo("value: the share of decisions citing a provocation; numerator: decisions citing"
            + " one; denominator: decisions");
    assertThat(FidelityIndicator.SHORT_BED_STAYS.definition(84)).isEqualTo(
        "hub bed stays no longer than the threshold, met when at most 84 days; principle: residential"
            + " care is a short-term intervention, not a long-term solution"
            + " (https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/); definition and"
            + " threshold: PROPOSAL of the library, not a published fidelity tool");
    assertThatThrownBy(() -> FidelityIndicator.fromCode("x"))
        .hasMessage("unknown fidelity indicator code \"x\"; known codes: days_to_first_hub_contact,"
            + " key_worker_within_days, key_worker_changes_per_year, life_coach_involved,"
            + " communication_support_involved, police_liaison_involved, short_bed_stays,"
            + " outreach_after_stay, placement_moves_after_stay, family_or_community_after_stay,"
            + " decisions_citing_provocation");
    assertThat(FidelityIndicator.OUTREACH_AFTER_STAY.maxThreshold()).isInfinite();
    assertThat(FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY.maxThreshold()).isEqualTo(1);
    assertThat(FidelityIndicator.OUTREACH_AFTER_STAY.isAtMost()).isFalse();
    assertThat(FidelityIndicator.SHORT_BED_STAYS.isAtMost()).isTrue();
  }

  @Test
  void bandNamesAllowLettersDigitsSpaceAndDashUnderscoreDotOnly() {
    assertThat(FidelityBand.of("azAZ09 -_.", BigDecimal.ZERO).name()).isEqualTo("azAZ09 -_.");
    for (String bad : List.of("`", "{", "@", "[", "/", ":", "a\u00e9")) {
      assertThatThrownBy(() -> FidelityBand.of(bad, BigDecimal.ZERO))
          .as(bad).isInstanceOf(DomainRuleException.class);
    }
  }

  @Test
  void reasonsMayHoldSpacesButNoControlCharacters() {
    IndicatorResult.Builder b =
        IndicatorResult.builder().indicator(FidelityIndicator.SHORT_BED_STAYS).threshold(84)
            .status(IndicatorStatus.MET);
    assertThat(b.reason("a b").build().reason()).isEqualTo("a b");
    assertThatThrownBy(() -> IndicatorResult.builder().indicator(FidelityIndicator.SHORT_BED_STAYS)
            .threshold(84).status(IndicatorStatus.MET).reason("a\u001fb").build())
        .isInstanceOf(DomainRuleException.class);
  }

  @Test
  void textNumbersAndEchoesAreBounded() {
    assertThat(Text.num(Double.NaN)).isEqualTo("undefined");
    assertThat(Text.num(Double.POSITIVE_INFINITY)).isEqualTo("+infinity");
    assertThat(Text.num(Double.NEGATIVE_INFINITY)).isEqualTo("-infinity");
    assertThat(Text.num(0.0)).isEqualTo("0");
    assertThat(Text.num(-0.0)).isEqualTo("0");
    assertThat(Text.num(1234.5678)).isEqualTo("1235");
    assertThat(Text.num(0.000123456)).isEqualTo("0.0001235");
    assertThat(Text.table(List.of("a", "bb"), List.of(List.of("ccc", "d"), List.of("e", "ffff"))))
        .isEqualTo("a      bb\n---------\nccc     d\ne    ffff\n");
    assertThat(Text.table(List.of("a"), List.of())).isEqualTo("a\n-\n");
  }

  @Test
  void summariesGivePooledRatesOnlyWithTimeAndExplainTheirShares() {
    // Key-worker changes with no key-worker time at all: no rate.
    IndicatorSummary none =
        IndicatorSummary.builder().indicator(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR)
            .threshold(1).level(ConfidenceLevel.NINETY_FIVE).met(0).notMet(0).unknown(3)
            .notApplicable(0).numeratorTotal(0).denominatorTotal(0).build();
    assertThat(none.pooledRate()).isEmpty();
    assertThat(none.explanation().steps()).hasSize(1); // the share met (0 of 3) only
    IndicatorSummary endings =
        IndicatorSummary.builder().indicator(FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY)
            .threshold(1).level(ConfidenceLevel.NINETY_FIVE).met(2).notMet(1).unknown(0)
            .notApplicable(0).numeratorTotal(5).denominatorTotal(6).build();
    assertThat(endings.figure()).isEqualTo("5 of 6 hub endings in a family or the community (0.8333)");
    assertThat(endings.explanation().steps()).extracting(e -> e.inputs().get("n"))
        .containsExactly("3", "6");
    IndicatorSummary rate =
        IndicatorSummary.builder().indicator(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR)
            .threshold(1).level(ConfidenceLevel.NINETY_FIVE).met(1).notMet(0).unknown(0)
            .notApplicable(0).numeratorTotal(1).denominatorTotal(365).build();
    assertThat(rate.explanation().steps()).hasSize(2);
    assertThat(rate.explanation().steps().get(1).label()).contains("rate");
  }

  @Test
  void cohortSummariesSortObservationsFromEveryone() {
    FidelityRubric stays =
        ProfilesTest.bands(FidelityRubric.builder().name("stays").proposal(false))
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS)).build();
    CohortFidelity c =
        FidelityAssessment.of(stays, d("2024-01-01")).assess(List.of(
            yp("S1").stay("2023-01-01/2023-03-02", EndReason.HOME_OR_FAMILY).build(),
            yp("S2").stay("2023-05-01/2023-05-11", EndReason.HOME_OR_FAMILY).build()).stream());
    assertThat(c.summaries().get(0).observations()).containsExactly(10L, 60L);
    assertThat(c.summaries().get(0).values()).containsExactly(10.0, 60.0);
    String text = c.render();
    assertThat(text)
        .contains("Fidelity: stays, as of 2024-01-01, 2 young people")
        .contains("share met (95% CI)")
        .contains("1 [0.3424, 1]")
        .containsPattern("high +2\n")
        .containsPattern("partial +0\n")
        .contains("mean score 1\n");
    assertThat(c.explanation().formula().get()).doesNotContain("PROPOSAL");
    CohortFidelity proposed =
        FidelityAssessment.of(FidelityRubric.proposedDefault(), d("2024-01-01"))
            .assess(List.of(yp("S3").build()).stream());
    assertThat(proposed.explanation().formula().get()).contains("(PROPOSAL)");
  }

  @Test
  void bandHeadlinesCoverStatusesAndUndefinedResults() {
    // In EET: 4 of 10 before, 6 of 10 after (2 moved in, none out).
    MeasureResult status =
        MeasureResult.builder().measure(StandardMeasures.IN_EET).people(10).withoutObservation(0)
            .changes(ChangeCounts.of(2, 8, 0)).derivation("status at the window end")
            .statuses(StatusChange.builder().before(Proportion.of(4, 10)).after(Proportion.of(6, 10))
                .mcNemar(McNemarTest.of(0, 2)).build())
            .build();
    assertThat(FidelityBreakdown.headline(status)).isEqualTo("in status 0.4 -> 0.6");
    MeasureResult undefined =
        MeasureResult.builder().measure(StandardMeasures.IN_EET).people(0).withoutObservation(3)
            .changes(ChangeCounts.of(0, 0, 0)).derivation("status at the window end")
            .undefinedReason("no young person has a value in both windows").build();
    assertThat(FidelityBreakdown.headline(undefined)).isEqualTo("undefined");
  }

  @Test
  void aBreakdownPrintsItsTablesAndRates() {
    FidelityImpactResult r = FidelityImpactTest.run();
    FidelityBreakdown b = r.breakdown(StandardMeasures.MISSING_INCIDENTS);
    assertThat(b.toString()).isEqualTo(b.render());
    // The events table and the rates of the high band: 24 / (2190 / 365.25) = 4.003, 6 -> 1.001.
    assertThat(b.render()).contains("fidelity band, incidents", "before", "4.003", "1.001");
    // Two young people: no slope, no interval.
    FidelityImpactResult two =
        FidelityImpact.of(FidelityImpactTest.ANALYSIS, FidelityImpactTest.ASSESSMENT)
            .run(FidelityImpactTest.cohort().subList(0, 2).stream());
    assertThat(two.render()).containsPattern("MISSING_INCIDENTS +2 +undefined +-\n");
  }
}
