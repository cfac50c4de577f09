package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.impact.People.d;
import static org.nwd.impact.People.p;
import static org.nwd.impact.People.yp;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.Cohort;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.PlacementCategory;
import org.nwd.model.PlacementType;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

/** The analysis definition: rules, index dates, clipping, eligibility and exclusions. */
class ImpactAnalysisTest {

  private static ImpactAnalysis.Builder base() {
    return ImpactAnalysis.builder()
        .name("test")
        .dataCoverage(People.COVERAGE)
        .addMeasures(StandardMeasures.MISSING_INCIDENTS);
  }

  private static ImpactAnalysis.Builder bare() {
    return ImpactAnalysis.builder().name("test").addMeasures(StandardMeasures.MISSING_INCIDENTS);
  }

  private static void assertRule(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(message)
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo(field);
  }

  @Test
  void defaults() {
    ImpactAnalysis a = base().build();
    assertThat(a.monthsBefore()).isEqualTo(12);
    assertThat(a.monthsAfter()).isEqualTo(12);
    assertThat(a.notAtRiskCategories()).containsExactly(PlacementCategory.CUSTODY);
    assertThat(a.eligibility()).isEqualTo(EligibilityPolicy.northYorkshire());
    assertThat(a.indexDateRule()).isSameAs(IndexDateRule.firstAcceptedReferral());
    assertThat(a.suppressionThreshold()).isEqualTo(5);
    assertThat(a.edgeOfCareFollowUpMonths()).isEqualTo(12);
    assertThat(a.replicates()).isEqualTo(2000);
    assertThat(a.ageBandStarts()).containsExactly(12, 14, 16, 18);
    assertThat(a.toString())
        .isEqualTo(
            "ImpactAnalysis{test, index: date of the first accepted referral, 12 months before / 12"
                + " after, coverage 2020-01-01/2026-01-01, eligibility North Yorkshire 12-25,"
                + " measures [MISSING_INCIDENTS], rate-ratio intervals default (clustered with"
                + " person-level data)}");
    assertThat(a).isEqualTo(base().build());
  }

  @Test
  void rules() {
    assertRule(
        () ->
            ImpactAnalysis.builder()
                .name(" ")
                .dataCoverage(People.COVERAGE)
                .addMeasures(StandardMeasures.MISSING_INCIDENTS)
                .build(),
        "name",
        "analysis name is blank");
    assertRule(() -> base().monthsBefore(0).build(), "monthsBefore", "months before 0 must be at least 1");
    assertRule(() -> base().monthsAfter(0).build(), "monthsAfter", "months after 0 must be at least 1");
    assertRule(
        () -> ImpactAnalysis.builder().name("x").dataCoverage(People.COVERAGE).build(),
        "measures",
        "analysis x has no measures");
    assertRule(
        () -> base().addMeasures(StandardMeasures.MISSING_INCIDENTS).build(),
        "measures",
        "analysis test lists a measure twice: [MISSING_INCIDENTS, MISSING_INCIDENTS]");
    assertRule(
        () -> base().addDerivations(Derivations.entriesToCare()).build(),
        "derivations",
        "derivation for ENTRIES_TO_CARE, which is not a measure of the analysis");
    assertRule(
        () -> bare().dataCoverage(p("2020-01-01/..")).build(),
        "dataCoverage",
        "data coverage 2020-01-01/.. must have an end");
    assertRule(
        () -> bare().dataCoverage(p("2020-01-01/2020-01-01")).build(),
        "dataCoverage",
        "data coverage 2020-01-01/2020-01-01 is empty");
    assertRule(
        () -> base().edgeOfCareFollowUpMonths(0).build(),
        "edgeOfCareFollowUpMonths",
        "edge-of-care follow-up 0 months must be at least 1");
    assertRule(
        () -> base().suppressionThreshold(0).build(),
        "suppressionThreshold",
        "suppression threshold 0 must be at least 1");
    assertRule(
        () -> base().replicates(99).build(), "replicates", "replicates 99 must be at least 100");
    assertRule(
        () -> base().ageBandStarts(com.google.common.collect.ImmutableList.of()).build(), "ageBandStarts", "age bands are empty");
    assertRule(
        () -> base().ageBandStarts(com.google.common.collect.ImmutableList.of(12, 12)).build(),
        "ageBandStarts",
        "age band starts [12, 12] must be strictly ascending");
    // Boundary values are accepted.
    assertThat(bare().monthsBefore(1).monthsAfter(1).suppressionThreshold(1).replicates(100)
            .edgeOfCareFollowUpMonths(1).dataCoverage(p("2020-01-01/2020-01-02")).build())
        .isNotNull();
  }

  @Test
  void ageBands() {
    ImpactAnalysis a = base().build();
    assertThat(a.ageBand(11)).isEqualTo("under 12");
    assertThat(a.ageBand(12)).isEqualTo("12-13");
    assertThat(a.ageBand(13)).isEqualTo("12-13");
    assertThat(a.ageBand(14)).isEqualTo("14-15");
    assertThat(a.ageBand(17)).isEqualTo("16-17");
    assertThat(a.ageBand(18)).isEqualTo("18+");
    assertThat(a.ageBand(25)).isEqualTo("18+");
  }

  @Test
  void windowsClipToCoverageAndBirthMonthAndExcludeCustody() {
    ImpactAnalysis a = base().build();
    // Index 2020-05-01: the before window starts at the coverage start 2020-01-01: 31+29+31+30 = 121.
    // After: 2020-05-01/2021-05-01 = 365 days less 10 in custody (2020-12-25/2021-01-04).
    PersonResult r =
        a.evaluate(yp("YP-1").accepted("2020-05-01").custody("2020-12-25/2021-01-04").build());
    assertThat(r.isIncluded()).isTrue();
    assertThat(r.indexDate()).contains(d("2020-05-01"));
    assertThat(r.before().orElseThrow().period()).isEqualTo(p("2020-01-01/2020-05-01"));
    assertThat(r.before().orElseThrow().daysAtRisk()).isEqualTo(121);
    assertThat(r.after().orElseThrow().period()).isEqualTo(p("2020-05-01/2021-05-01"));
    assertThat(r.after().orElseThrow().daysAtRisk()).isEqualTo(355);
    // The after window stops at the coverage end: 2025-07-01/2026-01-01 = 184 days.
    PersonResult late = a.evaluate(yp("YP-2").accepted("2025-07-01").build());
    assertThat(late.after().orElseThrow().period()).isEqualTo(p("2025-07-01/2026-01-01"));
    assertThat(late.before().orElseThrow().period()).isEqualTo(p("2024-07-01/2025-07-01"));
    // Born 2022-03, eligible from age 0: the before window starts at the birth month, 184 days.
    PersonResult baby =
        base()
            .eligibility(EligibilityPolicy.of("all", 0, 25))
            .build()
            .evaluate(yp("YP-3", YearMonth.of(2022, 3)).accepted("2022-09-01").build());
    assertThat(baby.before().orElseThrow().period()).isEqualTo(p("2022-03-01/2022-09-01"));
    assertThat(baby.before().orElseThrow().daysAtRisk()).isEqualTo(184);
    // Custody not excluded when the analysis says so.
    PersonResult noExclusion =
        base()
            .notAtRiskCategories(com.google.common.collect.ImmutableSet.of())
            .build()
            .evaluate(yp("YP-1").accepted("2020-05-01").custody("2020-12-25/2021-01-04").build());
    assertThat(noExclusion.after().orElseThrow().daysAtRisk()).isEqualTo(365);
    // Other categories can be excluded too (temporary: hospital).
    PersonResult hospital =
        base()
            .notAtRiskCategories(com.google.common.collect.ImmutableSet.of(PlacementCategory.TEMPORARY))
            .build()
            .evaluate(
                yp("YP-1")
                    .accepted("2021-01-01")
                    .placement("2021-02-01/2021-02-11", PlacementType.T1, false, true)
                    .build());
    assertThat(hospital.after().orElseThrow().daysAtRisk()).isEqualTo(355);
  }

  @Test
  void exclusionsSayWhy() {
    ImpactAnalysis a = base().build();
    assertThat(a.evaluate(yp("YP-A").build()).exclusion()).contains(ExclusionReason.NO_INDEX_DATE);
    assertThat(
            a.evaluate(
                    yp("YP-B")
                        .referral("2023-01-01", ReferralCategory.EDGE_OF_CARE, ReferralDecision.DECLINED)
                        .build())
                .exclusion())
        .contains(ExclusionReason.NO_INDEX_DATE);
    // Born 2015-01: 8 on 2023-01-01, below 12.
    assertThat(a.evaluate(yp("YP-C", YearMonth.of(2015, 1)).accepted("2023-01-01").build()).exclusion())
        .contains(ExclusionReason.NOT_ELIGIBLE);
    assertThat(a.evaluate(yp("YP-D").accepted("2019-06-01").build()).exclusion())
        .contains(ExclusionReason.WINDOW_OUTSIDE_DATA);
    assertThat(a.evaluate(yp("YP-E").accepted("2026-01-01").build()).exclusion())
        .contains(ExclusionReason.WINDOW_OUTSIDE_DATA);
    // Index on the first day of the data: the before window is empty.
    assertThat(a.evaluate(yp("YP-F").accepted("2020-01-01").build()).exclusion())
        .contains(ExclusionReason.WINDOW_OUTSIDE_DATA);
    // Index on the last day of the data: one day after, included.
    assertThat(a.evaluate(yp("YP-G").accepted("2025-12-31").build()).isIncluded()).isTrue();
    assertThat(a.evaluate(yp("YP-H").accepted("2020-01-02").build()).isIncluded()).isTrue();
    // In custody for the whole after window.
    assertThat(
            a.evaluate(yp("YP-I").accepted("2023-01-01").custody("2022-12-01/2024-02-01").build())
                .exclusion())
        .contains(ExclusionReason.NO_DAYS_AT_RISK);
    assertThat(
            a.evaluate(yp("YP-J").accepted("2023-01-01").custody("2021-12-01/2023-01-01").build())
                .exclusion())
        .contains(ExclusionReason.NO_DAYS_AT_RISK);
    PersonResult excluded = a.evaluate(yp("YP-A").build());
    assertThat(excluded.toString()).isEqualTo("PersonResult{YP-A, excluded: no index date}");
    assertThat(excluded.explanation().value()).isEqualTo("excluded: no index date");
    assertThat(excluded.values()).isEmpty();
  }

  @Test
  void cohortWithNoOneEligibleSaysWhy() {
    ImpactAnalysis a = base().build();
    ImpactResult r =
        a.run(
            Stream.of(
                yp("YP-2", YearMonth.of(2015, 1)).accepted("2023-01-01").build(),
                yp("YP-1").build()));
    assertThat(r.isComputable()).isFalse();
    assertThat(r.problems())
        .containsExactly(
            "no young person could be analysed: all 2 were excluded {NO_INDEX_DATE=1, NOT_ELIGIBLE=1}");
    assertThat(r.exclusions())
        .containsExactly(
            Exclusion.of(org.nwd.model.YoungPersonId.of("YP-1"), ExclusionReason.NO_INDEX_DATE),
            Exclusion.of(org.nwd.model.YoungPersonId.of("YP-2"), ExclusionReason.NOT_ELIGIBLE));
    MeasureResult m = r.measure(StandardMeasures.MISSING_INCIDENTS);
    assertThat(m.isDefined()).isFalse();
    assertThat(m.undefinedReason()).contains("no young person was included");
    assertThat(m.rates()).isEmpty();
    assertThat(r.render()).contains("NOT COMPUTABLE: no young person could be analysed");
    assertThat(r.render()).contains("YP-1: no index date").contains("YP-2: not eligible on the index date");
    // toString counts (by reason) and never lists ids.
    assertThat(r.toString()).isEqualTo("ImpactResult{test, before/after, no comparison group"
        + " (Maryland SMS level 1), 2 evaluated, 0 included, 2 excluded (1 no index date, 1 not"
        + " eligible on the index date); 1 measure; not computable}");
    assertThat(r.explanation().value()).startsWith("not computable");
    ImpactResult empty = a.run(Stream.empty());
    assertThat(empty.problems()).containsExactly("no young people were given");
  }

  @Test
  void toStringIsOneLineOfCountsHoweverManyAreExcluded() {
    List<YoungPersonRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      records.add(yp("YP-X" + i).build()); // no referral: no index date
    }
    records.add(yp("YP-IN").accepted("2023-01-01")
        .event(StandardMeasures.MISSING_INCIDENTS, "2022-06-01", 2).build());
    ImpactResult r =
        base().addMeasures(StandardMeasures.ARRESTS).build().run(records.stream());
    assertThat(r.isComputable()).isTrue();
    assertThat(r.toString()).isEqualTo("ImpactResult{test, before/after, no comparison group"
        + " (Maryland SMS level 1), 301 evaluated, 1 included, 300 excluded (300 no index date);"
        + " 2 measures}");
    // The tables still list who was left out.
    assertThat(r.render()).contains("YP-X299: no index date");
  }

  @Test
  void measureWithNoObservationsSaysWhy() {
    ImpactAnalysis a =
        base()
            .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, StandardMeasures.IN_EET)
            .build();
    ImpactResult r =
        a.run(
            Stream.of(
                yp("YP-1").accepted("2023-01-01")
                    .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-05-01", 10)
                    .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-05-01", 12)
                    .build(),
                yp("YP-2").accepted("2023-01-01").build()));
    assertThat(r.isComputable()).isTrue();
    assertThat(r.measure(StandardMeasures.MISSING_INCIDENTS).undefinedReason())
        .contains("no incidents before or after among 2 young people");
    assertThat(r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).undefinedReason())
        .contains("fewer than 2 young people have a score in both windows (1)");
    assertThat(r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).withoutObservation()).isEqualTo(1);
    assertThat(r.measure(StandardMeasures.IN_EET).undefinedReason())
        .contains("no young person has a value in both windows");
    assertThat(r.measure(StandardMeasures.IN_EET).withoutObservation()).isEqualTo(2);
    assertThat(r.render())
        .contains("Undefined: MISSING_INCIDENTS: no incidents before or after among 2 young people");
    assertThat(r.measure(StandardMeasures.IN_EET).explanation().value())
        .isEqualTo("undefined: no young person has a value in both windows");
    assertThatThrownBy(() -> r.measure(StandardMeasures.ARRESTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure ARRESTS is not in analysis test");
  }

  @Test
  void indexDateRules() {
    YoungPersonRecord r =
        yp("YP-1")
            .referral("2022-01-01", ReferralCategory.EDGE_OF_CARE, ReferralDecision.DECLINED)
            .referral("2023-03-01", ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED)
            .referral("2023-02-01", ReferralCategory.PLACEMENT_SUPPORT, ReferralDecision.ACCEPTED)
            .hub(People.HUB_B, HubEpisodeKind.OUTREACH, "2023-05-01/..", null)
            .hub(People.HUB_A, HubEpisodeKind.OUTREACH, "2023-04-01/2023-04-10",
                org.nwd.model.EndReason.HOME_OR_FAMILY)
            .build();
    assertThat(IndexDateRule.firstAcceptedReferral().indexDate(r)).contains(d("2023-02-01"));
    assertThat(IndexDateRule.firstHubEpisode().indexDate(r)).contains(d("2023-04-01"));
    assertThat(IndexDateRule.firstHubEpisode().indexDate(yp("YP-2").build())).isEmpty();
    assertThat(IndexDateRule.firstHubEpisode().description()).isEqualTo("start of the first hub episode");
    IndexDateRule fixed = IndexDateRule.of("fixed", x -> Optional.of(d("2024-01-01")));
    assertThat(fixed.indexDate(r)).contains(d("2024-01-01"));
    assertThat(fixed.toString()).isEqualTo("fixed");
    assertThatThrownBy(() -> fixed.indexDate(null)).isInstanceOf(NullPointerException.class);
    PersonResult pr = base().indexDateRule(IndexDateRule.firstHubEpisode()).build().evaluate(r);
    assertThat(pr.indexDate()).contains(d("2023-04-01"));
    // Groups at the index date: first hub episode's hub, first accepted referral's category.
    assertThat(pr.groups())
        .containsEntry(BreakdownDimension.HUB, "HUB-A")
        .containsEntry(BreakdownDimension.REFERRAL_CATEGORY, "placement_support")
        .containsEntry(BreakdownDimension.CARE_STATUS, "none")
        .containsEntry(BreakdownDimension.AGE_BAND, "16-17")
        .containsEntry(BreakdownDimension.SEX, "not recorded");
  }

  @Test
  void aDerivationGivingNaNIsRejectedNamingTheMeasureAndThePerson() {
    MeasureDerivation broken =
        Derivations.of(StandardMeasures.ARRESTS, "broken", (r, w) -> OptionalDouble.of(Double.NaN));
    ImpactAnalysis a =
        ImpactAnalysis.builder().name("test").dataCoverage(People.COVERAGE)
            .addMeasures(StandardMeasures.ARRESTS).addDerivations(broken).build();
    assertThatThrownBy(() -> a.evaluate(yp("YP-7").accepted("2023-01-01").build()))
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessageContaining(
            "derivation of ARRESTS gave NaN for young person YP-7: return an empty value when there is none");
  }

  @Test
  void replacedDerivationIsUsed() {
    MeasureDerivation constant =
        Derivations.of(StandardMeasures.MISSING_INCIDENTS, "constant 2", (r, w) -> OptionalDouble.of(2));
    ImpactAnalysis a = base().addDerivations(constant).build();
    assertThat(a.derivation(StandardMeasures.MISSING_INCIDENTS)).isSameAs(constant);
    PersonResult pr = a.evaluate(yp("YP-1").accepted("2023-01-01").care(CareStatus.LOOKED_AFTER, "2022-01-01/..").sex(Sex.MALE).build());
    assertThat(pr.values().get(StandardMeasures.MISSING_INCIDENTS))
        .isEqualTo(WindowValues.of(OptionalDouble.of(2), OptionalDouble.of(2)));
    assertThat(pr.toString()).isEqualTo("PersonResult{YP-1, {MISSING_INCIDENTS=2 -> 2}}");
    assertThat(pr.explanation().render())
        .contains("young person YP-1 = included")
        .contains("days at risk before = 365")
        .contains("MISSING_INCIDENTS = 2 -> 2")
        .contains("formula: constant 2");
    assertThat(pr.groups())
        .containsEntry(BreakdownDimension.CARE_STATUS, "looked_after")
        .containsEntry(BreakdownDimension.SEX, "male")
        .containsEntry(BreakdownDimension.HUB, "none");
    ImpactResult r = a.run(Cohort.of(List.of(), List.of(yp("YP-1").accepted("2023-01-01").build())));
    assertThat(r.measure(StandardMeasures.MISSING_INCIDENTS).derivation()).isEqualTo("constant 2");
    assertThat(WindowValues.of(OptionalDouble.empty(), OptionalDouble.of(1.5)).toString())
        .isEqualTo("none -> 1.5");
  }
}
