package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    // bins = span / width + 1 must not exceed 16.
    assertThat(StayBins.width(15)).isEqualTo(1); // 16 one-day bins
    assertThat(StayBins.width(16)).isEqualTo(2); // 17 would be too many; 16/2 + 1 = 9
    assertThat(StayBins.width(31)).isEqualTo(2); // 31/2 + 1 = 16
    assertThat(StayBins.width(32)).isEqualTo(7); // 32/2 + 1 = 17; 32/7 + 1 = 5
    assertThat(StayBins.width(84)).isEqualTo(7); // 13 weekly bins
    assertThat(StayBins.width(200)).isEqualTo(14); // 200/7 + 1 = 29; 200/14 + 1 = 15
    assertThat(StayBins.width(10_000)).isEqualTo(728); // 10000/364 + 1 = 28; 10000/728 + 1 = 14
    assertThat(StayBins.width(20_000)).isEqualTo(1334); // none fits: 20000/15 + 1
  }

  @Test
  void countsByDayWithTheThresholdDayShortTermAndSuppressesOneToFour() {
    // Threshold 14, suppression 5; span 15 -> one-day bins, 16 of them.
    StayBins b = new StayBins(stays(0, 5, 13, 1, 14, 4, 15, 5), 14, 5);
    assertThat(b.width).isEqualTo(1);
    assertThat(b.bins()).isEqualTo(16);
    assertThat(b.counts[0]).isEqualTo(5);
    assertThat(b.counts[13]).isEqualTo(1);
    assertThat(b.counts[14]).isEqualTo(4);
    assertThat(b.counts[15]).isEqualTo(5);
    assertThat(b.within).isEqualTo(10); // 5 + 1 + 4: a stay of exactly 14 days is short-term
    assertThat(b.over).isEqualTo(5);
    // 5 is shown, 1 and 4 are hidden, 0 is shown as 0.
    assertThat(b.hidden[0]).isFalse();
    assertThat(b.hidden[13]).isTrue();
    assertThat(b.hidden[14]).isTrue();
    assertThat(b.hidden[15]).isFalse();
    assertThat(b.hidden[1]).isFalse();
    // Hidden bins lie on the short-term side only, so only that total is hidden too.
    assertThat(b.hiddenWithin).isTrue();
    assertThat(b.hiddenOver).isFalse();
    assertThat(b.maxShown).isEqualTo(5);
    assertThat(b.label(13)).isEqualTo("13-13");
  }

  @Test
  void aHiddenBinAcrossTheThresholdHidesBothTotals() {
    // Threshold 10, span 100 -> 7-day bins; bin 1 (7-13 days) holds 2 stays and straddles day 10.
    StayBins b = new StayBins(stays(3, 6, 8, 2, 50, 6, 100, 7), 10, 5);
    assertThat(b.width).isEqualTo(7);
    assertThat(b.bins()).isEqualTo(15);
    assertThat(b.label(1)).isEqualTo("7-13");
    assertThat(b.first(14)).isEqualTo(98);
    assertThat(b.last(14)).isEqualTo(104);
    assertThat(b.hidden[1]).isTrue();
    assertThat(b.within).isEqualTo(8);
    assertThat(b.over).isEqualTo(13);
    assertThat(b.hiddenWithin).isTrue();
    assertThat(b.hiddenOver).isTrue();
    assertThat(b.maxShown).isEqualTo(7);
  }

  @Test
  void aSmallSideTotalIsHiddenEvenWhenNoBinIs() {
    // Threshold 100, span 101 -> 7-day bins; bin 14 (98-104) holds 10 + 3 = 13 stays, shown.
    // Over the threshold: only the 3 stays of 101 days, a small total.
    StayBins b = new StayBins(stays(0, 10, 98, 10, 101, 3), 100, 10);
    assertThat(b.width).isEqualTo(7);
    assertThat(b.counts[14]).isEqualTo(13);
    assertThat(b.hidden[14]).isFalse();
    assertThat(b.hidden[0]).isFalse(); // exactly the threshold 10: shown
    assertThat(b.within).isEqualTo(20);
    assertThat(b.over).isEqualTo(3);
    assertThat(b.hiddenWithin).isFalse();
    assertThat(b.hiddenOver).isTrue();
    assertThat(b.maxShown).isEqualTo(13);
    // A small short-term total, no hidden bin: 9 of 0 days with suppression 10 hides both.
    StayBins c = new StayBins(stays(0, 9, 30, 20), 10, 10);
    assertThat(c.hidden[0]).isTrue();
    assertThat(c.hiddenWithin).isTrue();
    assertThat(c.hiddenOver).isFalse();
    // Nothing over the threshold: 0 is not a small cell.
    StayBins d = new StayBins(stays(5, 12), 84, 5);
    assertThat(d.over).isZero();
    assertThat(d.hiddenOver).isFalse();
    assertThat(d.hiddenWithin).isFalse();
  }

  @Test
  void aHiddenBinStartingOnTheThresholdDayHidesTheShortTermTotal() {
    // Threshold 14, one-day bins: bin 14 is the threshold day itself, so it is short-term.
    StayBins b = new StayBins(stays(0, 9, 14, 2, 15, 9), 14, 5);
    assertThat(b.hidden[14]).isTrue();
    assertThat(b.hiddenWithin).isTrue();
    assertThat(b.hiddenOver).isFalse();
    // Bin 15, the first day over: hides the longer total only.
    StayBins c = new StayBins(stays(0, 9, 15, 2, 14, 9), 14, 5);
    assertThat(c.hiddenWithin).isFalse();
    assertThat(c.hiddenOver).isTrue();
  }
}
