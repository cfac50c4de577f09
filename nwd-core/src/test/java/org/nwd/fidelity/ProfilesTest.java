package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nwd.fidelity.FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT;
import static org.nwd.fidelity.FidelityIndicator.DECISIONS_CITING_PROVOCATION;
import static org.nwd.fidelity.FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR;
import static org.nwd.fidelity.FidelityIndicator.KEY_WORKER_WITHIN_DAYS;
import static org.nwd.fidelity.FidelityIndicator.LIFE_COACH_INVOLVED;
import static org.nwd.fidelity.FidelityIndicator.SHORT_BED_STAYS;
import static org.nwd.fidelity.Rec.d;
import static org.nwd.fidelity.Rec.yp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.Cohort;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.Role;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;

/**
 * Profiles (score, band, unknown counted as not met) and the cohort profile (summaries, bands), on
 * hand-made records whose expected figures are worked out by hand in the comments.
 */
class ProfilesTest {
  static final LocalDate AS_OF = d("2024-01-01");

  static FidelityRubric.Builder bands(FidelityRubric.Builder b) {
    return b.addBands(
        FidelityBand.of("high", new BigDecimal("0.8")),
        FidelityBand.of("partial", new BigDecimal("0.5")),
        FidelityBand.of("low", BigDecimal.ZERO));
  }

  /** A weighted rubric: first contact weight 2, key worker 1, short stays 1, decisions 0.5. */
  static FidelityRubric weighted() {
    return bands(FidelityRubric.builder().name("weighted").proposal(false))
        .addCriteria(
            Criterion.of(DAYS_TO_FIRST_HUB_CONTACT, 7, new BigDecimal("2")),
            Criterion.of(KEY_WORKER_WITHIN_DAYS, 7, BigDecimal.ONE),
            Criterion.of(SHORT_BED_STAYS, 84, BigDecimal.ONE),
            Criterion.of(DECISIONS_CITING_PROVOCATION, 0.5, new BigDecimal("0.5")))
        .build();
  }

  @Test
  void unknownCountsAsNotMetAndNotApplicableIsLeftOut() {
    // Contact 2 days after: met (2). No team: key worker unknown (1). No stay: not applicable.
    // 1 of 2 decisions cites a provocation: met (0.5). Met 2.5 of 3.5 = 0.714286: partial. If the
    // unknown were met: 3.5 / 3.5 = 1.
    YoungPersonRecord r =
        yp("P1").accepted("2023-03-01").outreach("2023-03-03/..", null)
            .decision("2023-04-01", "risk_for_whom").decision("2023-05-01").build();
    FidelityProfile p = FidelityAssessment.of(weighted(), AS_OF).profile(r);
    assertThat(p.results()).extracting(IndicatorResult::status)
        .containsExactly(IndicatorStatus.MET, IndicatorStatus.UNKNOWN,
            IndicatorStatus.NOT_APPLICABLE, IndicatorStatus.MET);
    assertThat(p.weight(IndicatorStatus.MET)).isEqualByComparingTo("2.5");
    assertThat(p.weight(IndicatorStatus.UNKNOWN)).isEqualByComparingTo("1");
    assertThat(p.weight(IndicatorStatus.NOT_MET)).isEqualByComparingTo("0");
    assertThat(p.applicableWeight()).isEqualByComparingTo("3.5");
    assertThat(p.score().getAsDouble()).isCloseTo(2.5 / 3.5, within(1e-15));
    assertThat(p.scoreIfUnknownMet()).hasValue(1.0);
    assertThat(p.band().get().name()).isEqualTo("partial");
    assertThat(p.count(IndicatorStatus.MET)).isEqualTo(2);
    assertThat(p.count(IndicatorStatus.NOT_APPLICABLE)).isEqualTo(1);
    assertThat(p.result(SHORT_BED_STAYS).get().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(p.result(LIFE_COACH_INVOLVED)).isEmpty();
    assertThat(p.toString()).isEqualTo("FidelityProfile{P1, score 0.7143, band partial}");
    assertThat(p.explanation().value()).isEqualTo("0.7143, band partial");
    assertThat(p.explanation().inputs())
        .containsEntry("weight met", "2.5")
        .containsEntry("weight unknown", "1")
        .containsEntry("weight applicable", "3.5")
        .containsEntry("score if unknowns were met", "1");
    assertThat(p.explanation().steps()).hasSize(4);
    assertThat(p.explanation().steps().get(0).formula().get()).contains("PROPOSAL");
    assertThat(p.explanation().render()).doesNotContain("2023-");
  }

  @Test
  void missingDataNeverRaisesAScore() {
    // Nothing recorded: no referral (unknown x2), no stay (n/a), no decision (unknown): 0 of 3.5.
    FidelityProfile p = FidelityAssessment.of(weighted(), AS_OF).profile(yp("P2").build());
    assertThat(p.score()).hasValue(0.0);
    assertThat(p.scoreIfUnknownMet()).hasValue(1.0);
    assertThat(p.band().get().name()).isEqualTo("low");
  }

  @Test
  void withNothingApplicableThereIsNoScore() {
    FidelityRubric stays =
        bands(FidelityRubric.builder().name("stays").proposal(true))
            .addCriteria(Criterion.proposed(SHORT_BED_STAYS)).build();
    FidelityProfile p = FidelityAssessment.of(stays, AS_OF).profile(yp("P3").build());
    assertThat(p.score()).isEmpty();
    assertThat(p.scoreIfUnknownMet()).isEmpty();
    assertThat(p.band()).isEmpty();
    assertThat(CohortFidelity.groupOf(p)).isEqualTo(CohortFidelity.NOT_SCORED);
    assertThat(p.toString()).isEqualTo("FidelityProfile{P3, no score}");
    assertThat(p.explanation().value()).isEqualTo("no score: no indicator applies");
  }

  @Test
  void aProfileMustMatchItsRubric() {
    FidelityRubric r = weighted();
    List<IndicatorResult> results =
        FidelityAssessment.of(r, AS_OF).profile(yp("P4").build()).results();
    assertThatThrownBy(() -> FidelityProfile.of(YoungPersonId.of("P4"), r, results.subList(0, 3)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("profile of P4 has 3 results for 4 criteria of rubric weighted");
    List<IndicatorResult> swapped = List.of(results.get(1), results.get(0), results.get(2), results.get(3));
    assertThatThrownBy(() -> FidelityProfile.of(YoungPersonId.of("P4"), r, swapped))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("result 0 of P4 is for key_worker_within_days at 7.0");
    IndicatorResult first = results.get(0);
    IndicatorResult otherThreshold =
        IndicatorResult.builder().indicator(first.indicator()).threshold(14).status(first.status())
            .reason(first.reason()).build();
    assertThatThrownBy(() -> FidelityProfile.of(YoungPersonId.of("P4"), r,
            List.of(otherThreshold, results.get(1), results.get(2), results.get(3))))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("is for days_to_first_hub_contact at 14.0");
  }

  /** A result builder with everything but the reason set. */
  private static IndicatorResult.Builder bed() {
    return IndicatorResult.builder().indicator(SHORT_BED_STAYS).threshold(84)
        .status(IndicatorStatus.MET);
  }

  @Test
  void resultsCheckTheirValues() {
    IndicatorResult ok = bed().reason("fine").build();
    assertThat(ok.numerator()).isZero();
    assertThatThrownBy(() -> bed().reason("fine").value(-1).build())
        .hasMessage("value -1.0 of short_bed_stays must be finite and at least 0");
    assertThatThrownBy(() -> bed().reason("fine").value(Double.NaN).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> bed().reason("fine").value(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> bed().reason("fine").numerator(-1).build())
        .hasMessage("numerator -1 and denominator 0 of short_bed_stays must be at least 0");
    assertThatThrownBy(() -> bed().reason("fine").denominator(-1).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().indicator(SHORT_BED_STAYS).threshold(-1)
            .status(IndicatorStatus.MET).reason("fine").build())
        .hasMessage("threshold -1.0 of short_bed_stays must be finite and at least 0");
    assertThatThrownBy(() -> IndicatorResult.builder().indicator(SHORT_BED_STAYS)
            .threshold(Double.POSITIVE_INFINITY).status(IndicatorStatus.MET).reason("fine").build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> bed().reason("fine").addObservations(-2L).build())
        .hasMessage("observation -2 of short_bed_stays is negative");
    assertThatThrownBy(() -> bed().reason(" ").build())
        .hasMessage("reason \" \" of short_bed_stays must be 1-200 printable characters");
    assertThatThrownBy(() -> bed().reason("a\nb").build())
        .hasMessage("reason \"a\\nb\" of short_bed_stays must be 1-200 printable characters");
    assertThatThrownBy(() -> bed().reason("a\u007fb").build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> bed().reason("x".repeat(201)).build())
        .isInstanceOf(DomainRuleException.class);
    assertThat(bed().reason("x".repeat(200)).build().reason()).hasSize(200);
    assertThat(bed().reason("caf\u00e9 ~").build().reason()).isEqualTo("caf\u00e9 ~");
    IndicatorResult full =
        bed().reason("fine").value(12).numerator(1).denominator(2).addObservations(10L, 12L).build();
    assertThat(full.toString()).isEqualTo("short_bed_stays: met (12 days)");
    assertThat(full.explanation().value()).isEqualTo("met (12 days)");
    assertThat(full.explanation().inputs())
        .containsEntry("threshold", "at most 84 days")
        .containsEntry("value", "12")
        .containsEntry("numerator", "1")
        .containsEntry("denominator", "2")
        .containsEntry("observations", "[10, 12]")
        .containsEntry("reason", "fine");
    assertThat(ok.explanation().inputs()).containsEntry("value", "none")
        .doesNotContainKey("observations");
    assertThat(ok.explanation().value()).isEqualTo("met");
    assertThat(ok.toString()).isEqualTo("short_bed_stays: met");
  }

  // ---------------------------------------------------------------- the cohort

  static FidelityRubric five() {
    return bands(FidelityRubric.builder().name("five").proposal(false))
        .addCriteria(
            Criterion.proposed(DAYS_TO_FIRST_HUB_CONTACT),
            Criterion.proposed(KEY_WORKER_CHANGES_PER_YEAR),
            Criterion.proposed(SHORT_BED_STAYS),
            Criterion.proposed(LIFE_COACH_INVOLVED),
            Criterion.proposed(DECISIONS_CITING_PROVOCATION))
        .build();
  }

  static List<YoungPersonRecord> four() {
    return List.of(
        // Q1: contact 2 days after; 1 key-worker change in 730 days; stays of 10 and 60 days;
        // life coach with 6 contacts; 2 of 2 decisions cite: all met, score 1, high.
        yp("Q1").accepted("2023-03-01")
            .stay("2023-03-03/2023-03-13", EndReason.HOME_OR_FAMILY)
            .stay("2023-05-01/2023-06-30", EndReason.HOME_OR_FAMILY)
            .keyWorker("W1", "2022-01-01/2023-01-01").keyWorker("W2", "2023-01-01/..")
            .member(Role.LIFE_COACH, "L1", "2023-03-01/..", 6)
            .decision("2023-04-01", "a").decision("2023-05-01", "b").build(),
        // Q2: contact 20 days after (not met); one key worker, 0 changes in 214 days (met); a stay of
        // 102 days (not met); no life coach (not met); 0 of 1 decisions (not met): 1 of 5, low.
        yp("Q2").accepted("2023-06-01")
            .stay("2023-06-21/2023-10-01", EndReason.FOSTER_CARE)
            .keyWorker("W3", "2023-06-01/..")
            .decision("2023-07-01").build(),
        // Q3: referred 4 days before the as-of date, nothing else: contact unknown, no team (key
        // worker and life coach unknown), no stay (n/a), no decision (unknown): 0 of 4, low.
        yp("Q3").accepted("2023-12-28").build(),
        // Q4: contact on the day (met); 1 change in 182 + 152 = 334 days = 1.0936 per year (not met);
        // no stay (n/a); life coach with 2 contacts (met); no decision (unknown): 2 of 4, partial.
        yp("Q4").accepted("2023-02-01").outreach("2023-02-01/..", null)
            .keyWorker("W4", "2023-02-01/2023-08-02").keyWorker("W5", "2023-08-02/..")
            .member(Role.LIFE_COACH, "L2", "2023-02-01/..", 2).build());
  }

  @Test
  void theCohortProfileSummarisesEachIndicator() {
    CohortFidelity c = FidelityAssessment.of(five(), AS_OF).assess(four().stream());
    assertThat(c.size()).isEqualTo(4);
    assertThat(c.profiles()).extracting(p -> p.score().getAsDouble())
        .containsExactly(1.0, 0.2, 0.0, 0.5);
    assertThat(c.bandCounts()).containsExactly(
        java.util.Map.entry("high", 1L), java.util.Map.entry("partial", 1L),
        java.util.Map.entry("low", 2L));
    assertThat(c.meanScore().getAsDouble()).isCloseTo(0.425, within(1e-15));

    // First contact: met Q1 Q4, not met Q2, unknown Q3; values 2, 20, 0: median 2.
    IndicatorSummary contact = c.summary(DAYS_TO_FIRST_HUB_CONTACT).get();
    assertThat(List.of(contact.met(), contact.notMet(), contact.unknown(), contact.notApplicable()))
        .containsExactly(2L, 1L, 1L, 0L);
    assertThat(contact.metShare().get().successes()).isEqualTo(2);
    assertThat(contact.metShare().get().trials()).isEqualTo(4);
    assertThat(contact.metShareOfKnown().get().trials()).isEqualTo(3);
    assertThat(contact.values()).containsExactly(0.0, 2.0, 20.0);
    assertThat(contact.medianValue()).hasValue(2.0);
    assertThat(contact.pooledShare()).isEmpty();
    assertThat(contact.pooledRate()).isEmpty();
    assertThat(contact.figure()).isEqualTo("median 2 days");

    // Key-worker changes: 1 + 0 + 1 changes in 730 + 214 + 334 = 1278 days: 2 / 1278 x 365.25.
    IndicatorSummary changes = c.summary(KEY_WORKER_CHANGES_PER_YEAR).get();
    assertThat(List.of(changes.met(), changes.notMet(), changes.unknown())).containsExactly(2L, 1L, 1L);
    assertThat(changes.numeratorTotal()).isEqualTo(2);
    assertThat(changes.denominatorTotal()).isEqualTo(1278);
    assertThat(changes.pooledRate().get().rate()).isCloseTo(2 * 365.25 / 1278, within(1e-12));
    assertThat(changes.figure()).isEqualTo("0.5716 per person-year (2 changes)");

    // Stays: Q1 10 and 60 days, Q2 102: 1 of 3 longer than 84; median completed stay 60.
    IndicatorSummary stays = c.summary(SHORT_BED_STAYS).get();
    assertThat(List.of(stays.met(), stays.notMet(), stays.unknown(), stays.notApplicable()))
        .containsExactly(1L, 1L, 0L, 2L);
    assertThat(stays.pooledShare().get().successes()).isEqualTo(1);
    assertThat(stays.pooledShare().get().trials()).isEqualTo(3);
    assertThat(stays.observations()).containsExactly(10L, 60L, 102L);
    assertThat(stays.medianObservation()).hasValue(60.0);
    assertThat(stays.figure())
        .isEqualTo("1 of 3 bed stays longer than the threshold (0.3333); median completed stay 60 days");
    assertThat(stays.metShare().get().trials()).isEqualTo(2);

    // Life coach: involved Q1 (6 contacts) and Q4 (2) of 3 with a team: mean contacts 4.
    IndicatorSummary coach = c.summary(LIFE_COACH_INVOLVED).get();
    assertThat(List.of(coach.met(), coach.notMet(), coach.unknown())).containsExactly(2L, 1L, 1L);
    assertThat(coach.pooledShare().get().successes()).isEqualTo(2);
    assertThat(coach.pooledShare().get().trials()).isEqualTo(3);
    assertThat(coach.contactsWhenInvolved()).containsExactly(2.0, 6.0);
    assertThat(coach.meanContactsWhenInvolved()).hasValue(4.0);
    assertThat(coach.figure()).isEqualTo(
        "2 of 3 young people with a team involved (0.6667); mean contacts when involved 4");

    // Decisions: 2 of 2 (Q1) and 0 of 1 (Q2): 2 of 3 decisions.
    IndicatorSummary decisions = c.summary(DECISIONS_CITING_PROVOCATION).get();
    assertThat(List.of(decisions.met(), decisions.notMet(), decisions.unknown()))
        .containsExactly(1L, 1L, 2L);
    assertThat(decisions.figure()).isEqualTo("2 of 3 decisions citing a provocation (0.6667)");
    assertThat(c.summary(FidelityIndicator.OUTREACH_AFTER_STAY)).isEmpty();

    assertThat(c.explanation().value()).isEqualTo("bands {high=1, partial=1, low=2}, mean score 0.425");
    assertThat(c.explanation().steps()).hasSize(5);
    assertThat(contact.explanation().value()).isEqualTo("2 met of 4 to whom it applies (0.5)");
    assertThat(c.render()).contains("days_to_first_hub_contact", "at most 7 days", "median 2 days",
        "mean score 0.425", "proposals");
    assertThat(c.toString()).isEqualTo(
        "CohortFidelity{4 young people, five, as of 2024-01-01, bands {high=1, partial=1, low=2}}");
  }

  @Test
  void theCohortProfileOfACohortKeepsRecordOrderAndRejectsDuplicatesAndOtherRubrics() {
    Cohort cohort = Cohort.of(List.of(Hub.builder().id(Rec.HUB).name("A").localAuthority("E1")
        .residentialBeds(4).emergencyBeds(2).build()), four());
    FidelityAssessment a =
        FidelityAssessment.builder().rubric(five()).asOf(AS_OF).level(ConfidenceLevel.of(0.9)).build();
    CohortFidelity c = a.assess(cohort);
    assertThat(c.profiles()).extracting(p -> p.youngPersonId().value())
        .containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(c.level()).isEqualTo(ConfidenceLevel.of(0.9));
    assertThat(c.summaries().get(0).level()).isEqualTo(ConfidenceLevel.of(0.9));
    assertThat(c.profile(YoungPersonId.of("Q3"))).contains(c.profiles().get(2));
    assertThat(c.profile(YoungPersonId.of("Q9"))).isEmpty();
    FidelityProfile q1 = c.profiles().get(0);
    assertThatThrownBy(() -> CohortFidelity.builder().rubric(five()).asOf(AS_OF)
            .addProfiles(q1, q1).build())
        .hasMessage("young person Q1 has two profiles");
    FidelityProfile other = FidelityAssessment.of(weighted(), AS_OF).profile(four().get(0));
    assertThatThrownBy(() -> CohortFidelity.builder().rubric(five()).asOf(AS_OF)
            .addProfiles(other).build())
        .hasMessage("the profile of Q1 is under rubric weighted, not five");
    // Every band is listed, zero or not, and "not scored" only when someone has no score.
    FidelityRubric stays =
        bands(FidelityRubric.builder().name("stays").proposal(true))
            .addCriteria(Criterion.proposed(SHORT_BED_STAYS)).build();
    CohortFidelity s = FidelityAssessment.of(stays, AS_OF).assess(four().stream());
    assertThat(s.bandCounts()).containsExactly(
        java.util.Map.entry("high", 1L), java.util.Map.entry("partial", 0L),
        java.util.Map.entry("low", 1L), java.util.Map.entry(CohortFidelity.NOT_SCORED, 2L));
    assertThat(s.meanScore()).hasValue(0.5);
    assertThat(CohortFidelity.builder().rubric(stays).asOf(AS_OF).build().meanScore()).isEmpty();
    assertThat(a.toString()).isEqualTo("FidelityAssessment{five, as of 2024-01-01, 90%}");
  }

  /** A summary builder with every count but {@code met} set. */
  private static IndicatorSummary.Builder summary() {
    return IndicatorSummary.builder().indicator(SHORT_BED_STAYS).threshold(84)
        .level(ConfidenceLevel.NINETY_FIVE).notMet(0).unknown(0).notApplicable(0)
        .numeratorTotal(0).denominatorTotal(0);
  }

  @Test
  void summariesCheckTheirCounts() {
    IndicatorSummary empty = summary().met(0).build();
    assertThat(empty.metShare()).isEmpty();
    assertThat(empty.metShareOfKnown()).isEmpty();
    assertThat(empty.pooledShare()).isEmpty();
    assertThat(empty.medianValue()).isEmpty();
    assertThat(empty.medianObservation()).isEmpty();
    assertThat(empty.figure()).isEqualTo("median - days");
    assertThat(empty.explanation().value()).isEqualTo("0 met of 0 to whom it applies");
    assertThat(empty.toString())
        .isEqualTo("IndicatorSummary{short_bed_stays: 0 met of 0 to whom it applies}");
    assertThatThrownBy(() -> summary().met(-1).build())
        .hasMessage("counts of short_bed_stays must not be negative");
    assertThatThrownBy(() -> IndicatorSummary.builder().indicator(SHORT_BED_STAYS).threshold(84)
            .level(ConfidenceLevel.NINETY_FIVE).met(0).notMet(0).unknown(0).notApplicable(0)
            .numeratorTotal(0).denominatorTotal(-1).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> summary().met(0).addValues(2.0, 1.0).build())
        .hasMessage("values must be ascending");
    assertThatThrownBy(() -> summary().met(0).addObservations(2L, 1L).build())
        .hasMessage("observations must be ascending");
    assertThatThrownBy(() -> summary().met(0).addContactsWhenInvolved(2.0, 1.0).build())
        .hasMessage("contactsWhenInvolved must be ascending");
    // Medians of even counts interpolate (R type 7): 1, 2, 4, 10 -> 3.
    assertThat(summary().met(0).addValues(1.0, 2.0, 4.0, 10.0).build().medianValue()).hasValue(3.0);
    assertThat(summary().met(0).addValues(5.0).build().medianValue()).hasValue(5.0);
    assertThat(summary().met(0).addValues(5.0, 5.0).build().medianValue()).hasValue(5.0);
  }
}
