package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.StandardMeasures;

/**
 * The one disclosure rule: primary suppression by young people and by events, shares whose
 * complement is small, secondary suppression with totals published elsewhere, and the words that
 * explain the markers. Expected patterns are worked out by hand from the cheapest-cycle rule of
 * {@link SuppressedTable}.
 */
class DisclosureControlTest {
  private static final DisclosureControl FIVE = DisclosureControl.standard();

  @Test
  void smallMeansOneToThresholdMinusOneAndZeroIsShown() {
    assertThat(FIVE.threshold()).isEqualTo(5);
    assertThat(DisclosureControl.DEFAULT_THRESHOLD).isEqualTo(5);
    assertThat(FIVE.isSmall(0)).isFalse();
    assertThat(FIVE.isSmall(1)).isTrue();
    assertThat(FIVE.isSmall(4)).isTrue();
    assertThat(FIVE.isSmall(5)).isFalse();
    assertThat(FIVE.count(4)).isEqualTo(Suppression.PRIMARY);
    assertThat(FIVE.count(5)).isEqualTo(Suppression.NONE);
    assertThat(FIVE.count(0)).isEqualTo(Suppression.NONE);
    // A threshold of 1 suppresses nothing.
    assertThat(DisclosureControl.of(1).isSmall(1)).isFalse();
    assertThatThrownBy(() -> FIVE.isSmall(-1)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("count -1 is negative");
    assertThatThrownBy(() -> DisclosureControl.of(0)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("suppression threshold 0 must be at least 1");
    assertThat(FIVE).isEqualTo(DisclosureControl.of(5));
    assertThat(FIVE.toString()).isEqualTo("DisclosureControl{threshold 5}");
  }

  @Test
  void aFigureIsSuppressedWhenAnyCountBehindItIsSmall() {
    // 40 young people, 12 events before, 3 after: the 3 events make the rate after a small cell.
    assertThat(FIVE.figure(40, 12, 3)).isEqualTo(Suppression.PRIMARY);
    // 4 young people with many events: suppressed by young people.
    assertThat(FIVE.figure(4, 120, 80)).isEqualTo(Suppression.PRIMARY);
    assertThat(FIVE.figure(40, 12, 0)).isEqualTo(Suppression.NONE);
    assertThat(FIVE.figure()).isEqualTo(Suppression.NONE);
  }

  @Test
  void aShareIsSuppressedWhenThePartTheRestOrTheWholeIsSmall() {
    assertThat(FIVE.share(0, 5)).isEqualTo(Suppression.NONE);
    assertThat(FIVE.share(5, 5)).isEqualTo(Suppression.NONE);
    assertThat(FIVE.share(5, 10)).isEqualTo(Suppression.NONE);
    assertThat(FIVE.share(4, 10)).isEqualTo(Suppression.PRIMARY);
    assertThat(FIVE.share(6, 10)).isEqualTo(Suppression.PRIMARY); // 4 not met give it away
    assertThat(FIVE.share(0, 4)).isEqualTo(Suppression.PRIMARY);
    assertThatThrownBy(() -> FIVE.share(6, 5)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("share of 6 in 5: the part must be between 0 and the whole");
    assertThatThrownBy(() -> FIVE.share(-1, 5)).isInstanceOf(DomainRuleException.class);
  }

  @Test
  void suppressionsCombinePrimaryFirst() {
    assertThat(Suppression.NONE.and(Suppression.NONE)).isEqualTo(Suppression.NONE);
    assertThat(Suppression.NONE.and(Suppression.SECONDARY)).isEqualTo(Suppression.SECONDARY);
    assertThat(Suppression.SECONDARY.and(Suppression.NONE)).isEqualTo(Suppression.SECONDARY);
    assertThat(Suppression.SECONDARY.and(Suppression.PRIMARY)).isEqualTo(Suppression.PRIMARY);
    assertThat(Suppression.PRIMARY.and(Suppression.SECONDARY)).isEqualTo(Suppression.PRIMARY);
    assertThat(Suppression.PRIMARY.and(Suppression.NONE)).isEqualTo(Suppression.PRIMARY);
    assertThat(Suppression.NONE.marker()).isEmpty();
    assertThat(Suppression.PRIMARY.marker()).isEqualTo("[c]");
    assertThat(Suppression.SECONDARY.marker()).isEqualTo("[d]");
    assertThat(Suppression.NONE.isSuppressed()).isFalse();
    assertThat(Suppression.SECONDARY.isSuppressed()).isTrue();
    assertThat(FIVE.show(Suppression.NONE, "12")).isEqualTo("12");
    assertThat(FIVE.show(Suppression.PRIMARY, "3")).isEqualTo("[c]");
    assertThat(FIVE.show(Suppression.SECONDARY, "30")).isEqualTo("[d]");
  }

  @Test
  void theNotesNameTheThresholdAndBothMarkers() {
    assertThat(DisclosureControl.of(10).markerNote()).isEqualTo(
        "[c] suppressed: fewer than 10 young people or events (1 to 9), or a figure computed from"
            + " such a count. [d] suppressed to protect a [c] figure: with the totals it would reveal"
            + " it by subtraction.");
    assertThat(FIVE.statement()).isEqualTo(
        "Small numbers are suppressed to protect the young people's confidentiality. A count of"
            + " young people or of events from 1 to 4 is not shown (zeros are), and neither is any"
            + " rate, share, ratio, interval or test computed from it: these show [c]. Where a table"
            + " has totals, further figures are withheld so that no [c] figure can be worked out by"
            + " subtraction: these show [d].");
  }

  @Test
  void measuresAreJudgedByYoungPeopleEventsAndStatuses() {
    ImpactResult r = SmallCohorts.analysis().run(SmallCohorts.treated());
    MeasureResult missing = r.measure(StandardMeasures.MISSING_INCIDENTS);
    // 6 young people, 15 events before and 7 after.
    assertThat(missing.people()).isEqualTo(6);
    assertThat(FIVE.measure(missing)).isEqualTo(Suppression.NONE);
    assertThat(DisclosureControl.of(7).measure(missing)).isEqualTo(Suppression.PRIMARY); // people
    assertThat(DisclosureControl.of(8).measure(missing)).isEqualTo(Suppression.PRIMARY); // 7 after
    // In EET: 2 of 6 before, a small count.
    assertThat(FIVE.measure(r.measure(StandardMeasures.IN_EET))).isEqualTo(Suppression.PRIMARY);
    assertThat(DisclosureControl.of(2).measure(r.measure(StandardMeasures.IN_EET)))
        .isEqualTo(Suppression.NONE);
    // SDQ: 5 pairs.
    assertThat(FIVE.measure(r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)))
        .isEqualTo(Suppression.NONE);
    assertThat(DisclosureControl.of(6).measure(r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)))
        .isEqualTo(Suppression.PRIMARY);
    // Improved 3, unchanged 2, worse 1 beside the 6 young people: all small under 5. Under 3 only
    // the 2 and the 1 are; hidden together, 6 - 3 = 3 = 2 + 1 leaves two unknowns, so the 3 shows.
    assertThat(FIVE.changes(missing)).containsExactly(Suppression.PRIMARY, Suppression.PRIMARY,
        Suppression.PRIMARY);
    assertThat(DisclosureControl.of(3).changes(missing)).containsExactly(Suppression.NONE,
        Suppression.PRIMARY, Suppression.PRIMARY);
    assertThat(DisclosureControl.of(1).changes(missing)).containsOnly(Suppression.NONE);
  }

  @Test
  void aComparisonIsJudgedByTheComparisonYoungPeopleAndTheirEvents() {
    ImpactResult r =
        SmallCohorts.analysis().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    ComparisonChange c = r.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow();
    // 4 comparison young people with 10 events before and 10 after.
    assertThat(FIVE.comparison(c)).isEqualTo(Suppression.PRIMARY);
    assertThat(DisclosureControl.of(4).comparison(c)).isEqualTo(Suppression.NONE);
    assertThat(DisclosureControl.of(11).comparison(c)).isEqualTo(Suppression.PRIMARY);
  }

  private static SuppressedTable twoByTwo() {
    // A: 3 and 10; B: 0 and 10. Column totals 3 and 20, grand total 23.
    return FIVE.table("t", List.of("A", "B"), List.of("c0", "c1"), new long[][] {{3, 10}, {0, 10}});
  }

  @Test
  void withoutOutsideTotalsTheTableProtectsItselfThroughItsTotals() {
    SuppressedTable t = twoByTwo();
    // The 3 (and its column total, 3) are primary; the cheapest cycle through them runs through A's
    // 10 and the column total 20 (B's 0 would cost far more): both secondary.
    assertThat(t.suppression(0, 0)).isEqualTo(Suppression.PRIMARY);
    assertThat(t.suppression(2, 0)).isEqualTo(Suppression.PRIMARY);
    assertThat(t.suppression(0, 1)).isEqualTo(Suppression.SECONDARY);
    assertThat(t.suppression(2, 1)).isEqualTo(Suppression.SECONDARY);
    assertThat(t.suppression(1, 1)).isEqualTo(Suppression.NONE);
    Suppression[][] none = new Suppression[3][3];
    assertThat(FIVE.pattern(t, none)).isDeepEqualTo(new Suppression[][] {
      {Suppression.PRIMARY, Suppression.SECONDARY, Suppression.NONE},
      {Suppression.NONE, Suppression.NONE, Suppression.NONE},
      {Suppression.PRIMARY, Suppression.SECONDARY, Suppression.NONE}});
  }

  @Test
  void totalsPublishedElsewhereAreNeverUsedToHideACell() {
    SuppressedTable t = twoByTwo();
    // The cohort's own figures are printed beside the breakdown: its 3 withheld ([c]), its 20 shown,
    // so its 23 withheld too. The 20 cannot hide the 3 here; the cycle closes through the withheld
    // 23 and A's total 13 instead.
    Suppression[][] elsewhere = new Suppression[3][3];
    elsewhere[2] = new Suppression[] {Suppression.PRIMARY, Suppression.NONE, Suppression.PRIMARY};
    Suppression[][] p = FIVE.pattern(t, elsewhere);
    assertThat(p).isDeepEqualTo(new Suppression[][] {
      {Suppression.PRIMARY, Suppression.NONE, Suppression.SECONDARY},
      {Suppression.NONE, Suppression.NONE, Suppression.NONE},
      {Suppression.PRIMARY, Suppression.NONE, Suppression.SECONDARY}});
    // A total withheld elsewhere is withheld here too, and protected.
    Suppression[][] withheld = new Suppression[3][3];
    withheld[1][2] = Suppression.SECONDARY;
    Suppression[][] q = FIVE.pattern(FIVE.table("u", List.of("A", "B"), List.of("c0", "c1"),
        new long[][] {{30, 10}, {20, 10}}), withheld);
    assertThat(q[1][2]).isEqualTo(Suppression.SECONDARY);
    // B's total 30 alone would follow from the grand total 70 and A's 40: more is hidden.
    int hidden = 0;
    for (Suppression[] row : q) {
      for (Suppression s : row) {
        hidden += s.isSuppressed() ? 1 : 0;
      }
    }
    assertThat(hidden).isGreaterThan(1);
  }

  @Test
  void patternsNeedTheTablesShape() {
    SuppressedTable t = twoByTwo();
    assertThatThrownBy(() -> FIVE.pattern(t, new Suppression[2][3]))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("3 rows with totals; 2 given");
    assertThatThrownBy(() -> FIVE.pattern(t, new Suppression[3][2]))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("3 columns with totals; 2 given");
  }

  @Test
  void breakdownsAgreeWithTheCohortsOwnFigures() {
    ImpactResult r = SmallCohorts.analysis().run(SmallCohorts.treated());
    MeasureResult overall = r.measure(StandardMeasures.MISSING_INCIDENTS);
    Breakdown bySex = r.breakdown(BreakdownDimension.SEX, StandardMeasures.MISSING_INCIDENTS);
    DisclosureControl three = DisclosureControl.of(3);
    // Events: female 9 before, 2 after; male 6 and 5; the cohort's 15 and 7 are published. The 2
    // is small; the cycle cannot use the published totals, so it runs through female's 9 and both
    // of male's: all four cells hidden, the row totals (11 and 11) and the cohort's totals shown.
    Suppression[][] e = three.breakdownEvents(bySex, overall);
    assertThat(e[0][1]).isEqualTo(Suppression.PRIMARY);
    assertThat(e[0][0]).isEqualTo(Suppression.SECONDARY);
    assertThat(e[1][0]).isEqualTo(Suppression.SECONDARY);
    assertThat(e[1][1]).isEqualTo(Suppression.SECONDARY);
    assertThat(e[2]).containsOnly(Suppression.NONE);
    assertThat(e[0][2]).isEqualTo(Suppression.NONE);
    // A group's rates go with its events.
    assertThat(three.breakdownRates(bySex, overall, 0)).isEqualTo(Suppression.PRIMARY);
    assertThat(three.breakdownRates(bySex, overall, 1)).isEqualTo(Suppression.SECONDARY);
    DisclosureControl open = DisclosureControl.of(1);
    assertThat(open.breakdownRates(bySex, overall, 0)).isEqualTo(Suppression.NONE);
    assertThat(open.breakdownChanges(bySex, overall)[2]).containsOnly(Suppression.NONE);
    // Under 5, the 3 young people of each group are small themselves.
    assertThat(FIVE.breakdownChanges(bySex, overall)[0][3]).isEqualTo(Suppression.PRIMARY);
  }

  @Test
  void aBreakdownMustBeOfTheSameMeasureAndHaveEvents() {
    ImpactResult r = SmallCohorts.analysis().run(SmallCohorts.treated());
    Breakdown bySex = r.breakdown(BreakdownDimension.SEX, StandardMeasures.MISSING_INCIDENTS);
    MeasureResult sdq = r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThatThrownBy(() -> FIVE.breakdownEvents(bySex, sdq))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the breakdown is of MISSING_INCIDENTS but the overall result of"
            + " SDQ_TOTAL_DIFFICULTIES");
    Breakdown sdqBySex = r.breakdown(BreakdownDimension.SEX, StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThatThrownBy(() -> FIVE.breakdownEvents(sdqBySex, sdq))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("has no events table");
  }

  @Test
  void standardIsTheDefaultThresholdAndBreakdownsOfUndefinedMeasuresHaveNoPublishedTotals() {
    assertThat(DisclosureControl.standard().threshold()).isEqualTo(5);
    ImpactResult r = SmallCohorts.analysisBuilder()
        .addMeasures(StandardMeasures.CONVICTIONS).build().run(SmallCohorts.treated());
    MeasureResult convictions = r.measure(StandardMeasures.CONVICTIONS);
    assertThat(convictions.rates()).isEmpty();
    Breakdown b = r.breakdown(BreakdownDimension.SEX, StandardMeasures.CONVICTIONS);
    // No events anywhere: all zeros, nothing to withhold.
    assertThat(FIVE.breakdownEvents(b, convictions)[2]).containsOnly(Suppression.NONE);
    Breakdown missing = r.breakdown(BreakdownDimension.SEX, StandardMeasures.MISSING_INCIDENTS);
    assertThatThrownBy(() -> FIVE.breakdownChanges(missing, convictions))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the breakdown is of MISSING_INCIDENTS but the overall result of"
            + " CONVICTIONS");
  }
}
