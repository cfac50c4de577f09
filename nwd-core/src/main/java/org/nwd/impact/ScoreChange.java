package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.Explanation;
import org.nwd.stats.HedgesG;
import org.nwd.stats.PairedEffectSize;
import org.nwd.stats.PairedMeanChange;

/**
 * A score measure over the young people with a score in both windows (the latest in each): the mean
 * change with a paired t interval ({@link PairedMeanChange}), the paired standardised change {@code
 * d_z} with its noncentral t interval ({@link PairedEffectSize}: standardised by the SD of the
 * changes, so it uses the within-person correlation), and Hedges' g of after vs before ({@link
 * HedgesG}, variance {@code J^2 Var(d)}: standardised by the pooled SD of the scores, treating the
 * windows as independent groups).
 */
@Value.Immutable
public abstract class ScoreChange {

  @Value.Parameter
  public abstract PairedMeanChange meanChange();

  /** The score change of {@code meanChange}; Hedges' g is derived from it. */
  public static ScoreChange of(PairedMeanChange meanChange) {
    return ImmutableScoreChange.of(meanChange);
  }

  /** Young people with a score before and after. */
  public int pairs() {
    return meanChange().n();
  }

  @Value.Lazy
  public HedgesG hedgesG() {
    return meanChange().hedgesG(HedgesG.Variance.J_SQUARED_VAR_D);
  }

  /** The paired standardised change d_z with its noncentral t interval. */
  public PairedEffectSize pairedEffectSize() {
    return meanChange().pairedEffectSize();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("score change (latest score in each window)")
        .value(Tables.num(meanChange().meanChange()))
        .putInputs("pairs", Integer.toString(pairs()))
        .addSteps(
            meanChange().explanation(),
            pairedEffectSize().explanation(),
            hedgesG().explanation())
        .build();
  }
}
