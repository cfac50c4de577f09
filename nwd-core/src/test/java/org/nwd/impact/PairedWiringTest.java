package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.Proportion;

/** StatusChange and ScoreChange carry the paired statistics (values checked in org.nwd.stats). */
class PairedWiringTest {

  private static StatusChange status(long a, long b, long c, long d) {
    long n = a + b + c + d;
    return StatusChange.builder()
        .before(Proportion.of(a + b, n))
        .after(Proportion.of(a + c, n))
        .mcNemar(McNemarTest.of(b, c))
        .build();
  }

  @Test
  void statusChangeRecoversThePairedTable() {
    StatusChange s = status(12, 3, 9, 6);
    assertThat(s.difference().bothYes()).isEqualTo(12);
    assertThat(s.difference().yesToNo()).isEqualTo(3);
    assertThat(s.difference().noToYes()).isEqualTo(9);
    assertThat(s.difference().bothNo()).isEqualTo(6);
    // paired-reference.out: a=12 b=3 c=9 d=6 L=-0.027092573892897764 U=0.39906045377735244
    assertThat(s.difference().interval().lower()).isCloseTo(-0.027092573892897764, within(1e-14));
    assertThat(s.oddsRatio().estimate().getAsDouble()).isEqualTo(3.0);
    assertThat(s.oddsRatio().level()).isEqualTo(s.mcNemar().level());
    assertThat(s.explanation().steps())
        .extracting(Explanation::label)
        .containsExactly(
            "proportion",
            "proportion",
            "change in the share in the status (after - before)",
            "conditional odds ratio, in the status after vs before",
            "McNemar p-value (two-sided)");
  }

  @Test
  void statusChangeRejectsPartsThatDisagree() {
    assertThatThrownBy(
            () ->
                StatusChange.builder()
                    .before(Proportion.of(5, 20))
                    .after(Proportion.of(5, 20))
                    .mcNemar(McNemarTest.of(3, 1))
                    .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "discordant counts b = 3, c = 1 do not fit the proportions 5 of 20 before and 5 of 20"
                + " after (a = before - b = after - c and a + b + c <= n)");
    assertThatThrownBy(
            () -> StatusChange.builder().before(Proportion.of(2, 20)).after(Proportion.of(6, 20))
                .mcNemar(McNemarTest.of(3, 7)).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () -> StatusChange.builder().before(Proportion.of(5, 20)).after(Proportion.of(1, 20))
                .mcNemar(McNemarTest.of(5, 2)).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () -> StatusChange.builder().before(Proportion.of(10, 10)).after(Proportion.of(10, 10))
                .mcNemar(McNemarTest.of(1, 1)).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(
            () -> StatusChange.builder().before(Proportion.of(5, 20)).after(Proportion.of(5, 21))
                .mcNemar(McNemarTest.of(0, 0)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("before and after must count the same young people: 20 and 21");
    assertThat(status(0, 0, 0, 4).difference().n()).isEqualTo(4);
    assertThat(status(0, 4, 0, 0).difference().difference()).isEqualTo(-1.0);
    assertThat(status(0, 0, 4, 0).difference().difference()).isEqualTo(1.0);
  }

  @Test
  void scoreChangeCarriesDz() {
    PairedMeanChange m =
        PairedMeanChange.of(
            new double[] {20, 18, 25, 22, 12}, new double[] {15, 17, 20, 16, 14},
            ConfidenceLevel.NINETY_FIVE);
    ScoreChange s = ScoreChange.of(m);
    assertThat(s.pairedEffectSize()).isEqualTo(m.pairedEffectSize());
    assertThat(s.pairedEffectSize().dz().getAsDouble())
        .isCloseTo(m.meanChange() / m.sdChange(), within(1e-15));
    assertThat(s.explanation().steps())
        .extracting(Explanation::label)
        .containsExactly(
            "mean change per person (after - before)",
            "paired standardised mean change d_z (after - before)",
            "Hedges' g (group 1 - group 2)");
  }
}
