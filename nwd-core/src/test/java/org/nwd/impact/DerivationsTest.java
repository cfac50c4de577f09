package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.impact.People.d;
import static org.nwd.impact.People.p;
import static org.nwd.impact.People.yp;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.PlacementType;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

/** Hand-worked derivations: days at risk, entries to care, placement moves, days in placements. */
class DerivationsTest {

  /** 2022: 365 days. */
  private static final Window YEAR_2022 = Window.of(p("2022-01-01/2023-01-01"), List.of());

  @Test
  void daysAtRiskClipAndMergeCustody() {
    Window w =
        Window.of(
            p("2022-01-01/2023-01-01"),
            List.of(
                p("2022-06-15/2022-07-15"), p("2021-12-01/2022-02-01"), p("2022-06-01/2022-07-01")));
    // Clipped: 2022-01-01/2022-02-01 = 31 days. Merged: 2022-06-01/2022-07-15 = 30 + 14 = 44 days.
    assertThat(w.notAtRisk())
        .containsExactly(p("2022-01-01/2022-02-01"), p("2022-06-01/2022-07-15"));
    assertThat(w.days()).isEqualTo(365);
    // 365 - 31 - 44 = 290
    assertThat(w.daysAtRisk()).isEqualTo(290);
    assertThat(w.isAtRisk(d("2022-01-31"))).isFalse();
    assertThat(w.isAtRisk(d("2022-02-01"))).isTrue();
    assertThat(w.isAtRisk(d("2022-07-14"))).isFalse();
    assertThat(w.isAtRisk(d("2022-07-15"))).isTrue();
    assertThat(w.isAtRisk(d("2021-12-31"))).isFalse();
    assertThat(w.isAtRisk(d("2023-01-01"))).isFalse();
    assertThat(w.isAtRisk(d("2022-12-31"))).isTrue();
    // 2022-01-15/2022-03-01: 17 + 28 = 45 days in the window, of which 17 (to Feb 1) in custody.
    assertThat(w.daysAtRiskIn(p("2022-01-15/2022-03-01"))).isEqualTo(28);
    // An open period from 2022-12-01 runs to the window end: 31 days.
    assertThat(w.daysAtRiskIn(p("2022-12-01/.."))).isEqualTo(31);
    assertThat(w.daysAtRiskIn(p("2023-02-01/2023-03-01"))).isZero();
    assertThat(w.daysAtRiskIn(p("2020-02-01/2020-03-01"))).isZero();
    assertThat(w.toString()).isEqualTo("2022-01-01/2023-01-01 (290 of 365 days at risk)");
    // Touching periods merge; an open one is clipped to the window end.
    Window touching =
        Window.of(
            p("2022-01-01/2023-01-01"),
            List.of(p("2022-03-01/2022-04-01"), p("2022-04-01/2022-05-01"), p("2022-12-01/..")));
    assertThat(touching.notAtRisk())
        .containsExactly(p("2022-03-01/2022-05-01"), p("2022-12-01/2023-01-01"));
    assertThat(touching.daysAtRisk()).isEqualTo(365 - 61 - 31);
  }

  @Test
  void windowRules() {
    assertThatThrownBy(() -> Window.of(p("2022-01-01/.."), List.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("window 2022-01-01/.. must have an end");
    assertThatThrownBy(
            () ->
                Window.builder()
                    .period(p("2022-01-01/2023-01-01"))
                    .addNotAtRisk(p("2022-03-01/2022-05-01"), p("2022-04-01/2022-06-01"))
                    .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "period not at risk 2022-04-01/2022-06-01 must be closed, inside window"
                + " 2022-01-01/2023-01-01, sorted and disjoint");
    assertThatThrownBy(
            () ->
                Window.builder()
                    .period(p("2022-01-01/2023-01-01"))
                    .addNotAtRisk(p("2021-12-01/2022-02-01"))
                    .build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () ->
                Window.builder()
                    .period(p("2022-01-01/2023-01-01"))
                    .addNotAtRisk(p("2022-12-01/2023-02-01"))
                    .build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () ->
                Window.builder()
                    .period(p("2022-01-01/2023-01-01"))
                    .addNotAtRisk(p("2022-12-01/.."))
                    .build())
        .isInstanceOf(DomainRuleException.class);
  }

  private static YoungPersonRecord careHistory() {
    return yp("YP-1")
        .care(CareStatus.LOOKED_AFTER, "2021-03-01/2021-06-01")
        .care(CareStatus.LOOKED_AFTER, "2021-06-01/2021-09-01") // continues: not an entry
        .care(CareStatus.EDGE_OF_CARE, "2021-09-01/2022-02-01")
        .care(CareStatus.LOOKED_AFTER, "2022-02-01/2022-04-01") // re-entry
        .care(CareStatus.LOOKED_AFTER, "2022-10-01/..") // re-entry after a gap
        .build();
  }

  @Test
  void entriesAndReEntriesToCare() {
    YoungPersonRecord r = careHistory();
    Window y2021 = Window.of(p("2021-01-01/2022-01-01"), List.of());
    // 2021: one entry (2021-03-01); 2021-06-01 continues it. No re-entry.
    assertThat(Derivations.entriesToCare().value(r, y2021)).hasValue(1);
    assertThat(Derivations.reEntriesToCare().value(r, y2021)).hasValue(0);
    // 2022: entries on 2022-02-01 and 2022-10-01, both re-entries.
    assertThat(Derivations.entriesToCare().value(r, YEAR_2022)).hasValue(2);
    assertThat(Derivations.reEntriesToCare().value(r, YEAR_2022)).hasValue(2);
    // In custody on 2022-10-01: that entry is not at risk.
    Window custody = Window.of(p("2022-01-01/2023-01-01"), List.of(p("2022-09-20/2022-10-10")));
    assertThat(Derivations.entriesToCare().value(r, custody)).hasValue(1);
    assertThat(Derivations.reEntriesToCare().value(r, custody)).hasValue(1);
    assertThat(Derivations.entriesToCare().measure()).isEqualTo(StandardMeasures.ENTRIES_TO_CARE);
    assertThat(Derivations.reEntriesToCare().measure())
        .isEqualTo(StandardMeasures.RE_ENTRIES_TO_CARE);
  }

  private static YoungPersonRecord placements() {
    // Given out of order on purpose.
    return yp("YP-2")
        .placement("2022-09-01/..", PlacementType.U4, true, true) // E: move from custody, at risk
        .placement("2022-01-10/2022-03-01", PlacementType.U4, false, true) // A: first
        .custody("2022-08-01/2022-09-01") // D: move into custody, on a day not at risk
        .placement("2022-06-01/2022-08-01", PlacementType.K2, false, false) // C: after a gap
        .placement("2022-03-01/2022-05-01", PlacementType.U6, true, true) // B: move on 03-01
        .build();
  }

  @Test
  void placementMovesCountConsecutivePlacementsOnDaysAtRisk() {
    YoungPersonRecord r = placements();
    Window custody = Window.of(p("2022-01-01/2023-01-01"), List.of(p("2022-08-01/2022-09-01")));
    // Moves: 03-01 (A->B), 08-01 (C->D, in custody: not at risk), 09-01 (D->E). B->C has a gap.
    assertThat(Derivations.placementMoves().value(r, custody)).hasValue(2);
    assertThat(Derivations.placementMoves().value(r, YEAR_2022)).hasValue(3);
    Window firstHalf = Window.of(p("2022-01-01/2022-07-01"), List.of());
    assertThat(Derivations.placementMoves().value(r, firstHalf)).hasValue(1);
  }

  @Test
  void daysInExternalAndOutOfAreaPlacements() {
    YoungPersonRecord r = placements();
    Window custody = Window.of(p("2022-01-01/2023-01-01"), List.of(p("2022-08-01/2022-09-01")));
    // External: B 03-01..05-01 = 31 + 30 = 61 days; E 09-01.. to the window end = 30+31+30+31 = 122.
    assertThat(Derivations.externalPlacementDays().value(r, custody)).hasValue(183);
    // Out of area: C 06-01..08-01 = 30 + 31 = 61 days.
    assertThat(Derivations.outOfAreaPlacementDays().value(r, custody)).hasValue(61);
    // Half a year: B only (61 days); C starts 06-01 and the window ends 07-01: 30 days.
    Window firstHalf = Window.of(p("2022-01-01/2022-07-01"), List.of());
    assertThat(Derivations.externalPlacementDays().value(r, firstHalf)).hasValue(61);
    assertThat(Derivations.outOfAreaPlacementDays().value(r, firstHalf)).hasValue(30);
    // Days in custody, with custody not excluded: 08-01..09-01 = 31.
    OutcomeMeasure custodyDays =
        OutcomeMeasure.builder()
            .code("CUSTODY_DAYS")
            .name("days in custody")
            .kind(MeasureKind.DAYS)
            .unit("days")
            .direction(org.nwd.model.ImprovementDirection.LOWER_IS_BETTER)
            .build();
    MeasureDerivation inCustody =
        Derivations.placementDays(
            custodyDays, "days in custody", pl -> pl.type() == PlacementType.R5);
    assertThat(inCustody.value(r, YEAR_2022)).hasValue(31);
    assertThat(inCustody.value(r, custody)).hasValue(0);
    assertThat(inCustody.toString()).isEqualTo("CUSTODY_DAYS: days in custody");
  }

  @Test
  void eventsScoresAndStatuses() {
    YoungPersonRecord r =
        yp("YP-3")
            .event(StandardMeasures.ARRESTS, "2022-02-01", 2)
            .event(StandardMeasures.ARRESTS, "2022-05-01", 1) // in custody
            .event(StandardMeasures.ARRESTS, "2022-12-31", 3)
            .event(StandardMeasures.ARRESTS, "2023-01-01", 7) // after the window
            .event(StandardMeasures.POLICE_CALL_OUTS, "2022-02-01", 9) // another measure
            .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-11-01", 18)
            .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-03-01", 25)
            .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-02-01", 10)
            .status(StandardMeasures.IN_EET, "2022-01-01/2023-06-01", false)
            .status(StandardMeasures.IN_EET, "2022-12-01/2023-01-01", true)
            .status(StandardMeasures.SUBSTANCE_MISUSE, "2022-01-01/2022-06-01", true)
            .build();
    Window w = Window.of(p("2022-01-01/2023-01-01"), List.of(p("2022-04-01/2022-06-01")));
    // 2 + 3; the 1 in custody and the 7 outside the window are not counted.
    assertThat(Derivations.events(StandardMeasures.ARRESTS).value(r, w)).hasValue(5);
    assertThat(Derivations.latestScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).value(r, w))
        .hasValue(18);
    // On 2022-12-31 two periods cover: the later-starting one (in EET) wins.
    assertThat(Derivations.statusAtWindowEnd(StandardMeasures.IN_EET).value(r, w)).hasValue(1);
    assertThat(Derivations.statusAtWindowEnd(StandardMeasures.SUBSTANCE_MISUSE).value(r, w))
        .isEmpty();
    Window early = Window.of(p("2022-01-01/2022-02-01"), List.of());
    assertThat(Derivations.latestScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).value(r, early))
        .isEmpty();
    assertThat(Derivations.statusAtWindowEnd(StandardMeasures.IN_EET).value(r, early)).hasValue(0);
    assertThat(Derivations.statusAtWindowEnd(StandardMeasures.SUBSTANCE_MISUSE).value(r, early))
        .hasValue(1);
  }

  @Test
  void standardPicksByCodeThenKind() {
    assertThat(Derivations.standard(StandardMeasures.ENTRIES_TO_CARE).description())
        .isEqualTo(Derivations.entriesToCare().description());
    assertThat(Derivations.standard(StandardMeasures.RE_ENTRIES_TO_CARE).description())
        .isEqualTo(Derivations.reEntriesToCare().description());
    assertThat(Derivations.standard(StandardMeasures.PLACEMENT_MOVES).description())
        .isEqualTo(Derivations.placementMoves().description());
    assertThat(Derivations.standard(StandardMeasures.EXTERNAL_PLACEMENT_DAYS).description())
        .isEqualTo(Derivations.externalPlacementDays().description());
    assertThat(Derivations.standard(StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS).description())
        .isEqualTo(Derivations.outOfAreaPlacementDays().description());
    assertThat(Derivations.standard(StandardMeasures.ARRESTS).description())
        .isEqualTo("sum of ARRESTS event counts dated on days at risk");
    assertThat(Derivations.standard(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).description())
        .isEqualTo("latest SDQ_TOTAL_DIFFICULTIES score dated in the window");
    assertThat(Derivations.standard(StandardMeasures.IN_EET).description())
        .isEqualTo("IN_EET status on the last day of the window");
    OutcomeMeasure days =
        OutcomeMeasure.builder()
            .code("RESPITE_DAYS")
            .name("respite days")
            .kind(MeasureKind.DAYS)
            .unit("days")
            .direction(org.nwd.model.ImprovementDirection.LOWER_IS_BETTER)
            .build();
    assertThatThrownBy(() -> Derivations.standard(days))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("no standard derivation for days measure RESPITE_DAYS: give the analysis one");
    assertThatThrownBy(() -> Derivations.events(StandardMeasures.IN_EET))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("measure IN_EET is of kind status, this derivation needs event_count");
    assertThatThrownBy(() -> Derivations.latestScore(StandardMeasures.ARRESTS))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> Derivations.statusAtWindowEnd(StandardMeasures.ARRESTS))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () -> Derivations.placementDays(StandardMeasures.ARRESTS, "x", pl -> true))
        .isInstanceOf(DomainRuleException.class);
  }

  @Test
  void callerDerivation() {
    MeasureDerivation always =
        Derivations.of(StandardMeasures.ARRESTS, "always 4", (r, w) -> OptionalDouble.of(4));
    assertThat(always.value(careHistory(), YEAR_2022)).hasValue(4);
    assertThat(always.description()).isEqualTo("always 4");
    assertThat(always.measure()).isEqualTo(StandardMeasures.ARRESTS);
    assertThatThrownBy(() -> always.value(null, YEAR_2022))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
    assertThatThrownBy(() -> always.value(careHistory(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("window");
  }
}
