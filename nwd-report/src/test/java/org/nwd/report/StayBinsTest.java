package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Suppression;

/** Stay bins split at the threshold, and their suppression by the one disclosure rule. */
class StayBinsTest {

  static List<Integer> stays(int... daysAndTimes) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < daysAndTimes.length; i += 2) {
      out.addAll(Collections.nCopies(daysAndTimes[i + 1], daysAndTimes[i]));
    }
    return out;
  }

  @Test
  void widthIsTheNarrowestListedWidthWithAtMostSixteenBins() {
    // Bins needed: ceil(days / width) + 1 (one more for the split at the threshold) <= 16.
    assertThat(StayBins.width(15)).isEqualTo(1); // 15 + 1
    assertThat(StayBins.width(16)).isEqualTo(2); // 17 would be too many; 8 + 1
    assertThat(StayBins.width(30)).isEqualTo(2); // 15 + 1
    assertThat(StayBins.width(31)).isEqualTo(7); // 16 + 1 too many; 5 + 1
    assertThat(StayBins.width(85)).isEqualTo(7); // 13 + 1
    assertThat(StayBins.width(201)).isEqualTo(14); // 29 + 1 too many; 15 + 1
    assertThat(StayBins.width(10_001)).isEqualTo(728); // 28 + 1 too many; 14 + 1
    assertThat(StayBins.width(20_001)).isEqualTo(1429); // none fits: 20001 / 14 + 1
  }

  @Test
  void binsEndAtTheThresholdAndASmallBinIsProtectedByTheCheapestOther() {
    // Threshold 14; days 0..16 need two-day bins. Short-term bins end at day 14: 13-14, 11-12, ...,
    // 3-4, and the lowest, 1-2, would leave day 0 alone, so it runs 0-2. Longer: 15-16.
    StayBins b = new StayBins(stays(0, 5, 12, 1, 14, 6, 15, 5, 16, 9), 14,
        DisclosureControl.standard());
    assertThat(b.width).isEqualTo(2);
    assertThat(b.bins()).isEqualTo(8);
    assertThat(b.label(0)).isEqualTo("0-2");
    assertThat(b.label(1)).isEqualTo("3-4");
    assertThat(b.label(5)).isEqualTo("11-12");
    assertThat(b.label(6)).isEqualTo("13-14");
    assertThat(b.label(7)).isEqualTo("15-16");
    assertThat(b.first(7)).isEqualTo(15);
    assertThat(b.last(7)).isEqualTo(16);
    assertThat(b.counts).containsExactly(5, 0, 0, 0, 0, 1, 6, 14);
    assertThat(b.within).isEqualTo(12); // a stay of exactly 14 days is short-term
    assertThat(b.over).isEqualTo(14);
    // 1 is primary; the cheapest bin whose disclosure would give it away by subtraction from the
    // short-term total of 12 is 0-2 (5, cheaper than 13-14's 6): secondary.
    assertThat(b.hidden(5)).isEqualTo(Suppression.PRIMARY);
    assertThat(b.hidden(0)).isEqualTo(Suppression.SECONDARY);
    assertThat(b.hidden(6)).isEqualTo(Suppression.NONE);
    assertThat(b.hidden(1)).isEqualTo(Suppression.NONE); // zeros are shown
    assertThat(b.hiddenWithin()).isEqualTo(Suppression.NONE);
    assertThat(b.hiddenOver()).isEqualTo(Suppression.NONE);
    assertThat(b.hiddenTotal()).isEqualTo(Suppression.NONE);
    assertThat(b.maxShown).isEqualTo(14); // the hidden 5 does not set the scale
  }

  @Test
  void aSmallLongerTotalIsPrimaryAndTheGrandTotalProtectsIt() {
    // Threshold 100, suppression 10: days 0..101 need weekly bins, 94-100 the last short-term one
    // and 0-9 the lowest (0-2 alone would be too short); the 3 stays of 101 days are the only longer.
    StayBins b = new StayBins(stays(0, 10, 98, 10, 101, 3), 100, DisclosureControl.of(10));
    assertThat(b.width).isEqualTo(7);
    assertThat(b.label(0)).isEqualTo("0-9");
    assertThat(b.label(1)).isEqualTo("10-16");
    assertThat(b.label(13)).isEqualTo("94-100");
    assertThat(b.label(14)).isEqualTo("101-107");
    assertThat(b.counts[13]).isEqualTo(10);
    assertThat(b.hidden(14)).isEqualTo(Suppression.PRIMARY);
    assertThat(b.hiddenOver()).isEqualTo(Suppression.PRIMARY);
    // With 20 short-term stays shown, the total of 23 would give the 3 away.
    assertThat(b.hiddenTotal()).isEqualTo(Suppression.SECONDARY);
    assertThat(b.hiddenWithin()).isEqualTo(Suppression.NONE);
    assertThat(b.maxShown).isEqualTo(10);
  }

  @Test
  void nothingOverTheThresholdIsAZeroAndShown() {
    StayBins d = new StayBins(stays(5, 12), 84, DisclosureControl.standard());
    assertThat(d.over).isZero();
    assertThat(d.hiddenOver()).isEqualTo(Suppression.NONE);
    assertThat(d.hiddenWithin()).isEqualTo(Suppression.NONE);
    assertThat(d.label(d.bins() - 1)).endsWith("-84");
  }

  @Property(tries = 200)
  void everyBinIsWhollyOnOneSideOfTheThresholdAndEveryStayIsCounted(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 400) Integer> stays,
      @ForAll @IntRange(min = 0, max = 200) int threshold) {
    StayBins b = new StayBins(stays, threshold, DisclosureControl.standard());
    int sum = 0;
    int shortTerm = 0;
    for (int i = 0; i < b.bins(); i++) {
      assertThat(b.first(i) <= threshold && b.last(i) > threshold).isFalse();
      assertThat(b.last(i)).isGreaterThanOrEqualTo(b.first(i));
      if (i > 0) {
        assertThat(b.first(i)).isEqualTo(b.last(i - 1) + 1);
      }
      sum += b.counts[i];
      shortTerm += b.first(i) <= threshold ? b.counts[i] : 0;
    }
    assertThat(b.first(0)).isZero();
    assertThat(b.bins()).isLessThanOrEqualTo(StayBins.MAX_BINS);
    assertThat(sum).isEqualTo(stays.size());
    assertThat(shortTerm).isEqualTo(b.within);
    assertThat(b.last(b.bins() - 1)).isGreaterThanOrEqualTo(Math.max(threshold,
        stays.stream().mapToInt(Integer::intValue).max().orElse(0)));
  }
}
