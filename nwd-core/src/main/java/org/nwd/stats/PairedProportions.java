package org.nwd.stats;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The change in a proportion measured twice on the same young people (e.g. in education, employment
 * or training before and after), {@code after - before = (c - b) / n}, with Newcombe's hybrid score
 * interval for paired data (Newcombe 1998, Stat Med 17:2635, method 10; also called the MOVER or
 * square-and-add Wilson interval).
 *
 * <p>The paired table: {@code a} in the status both times, {@code b} before only ({@code yesToNo}),
 * {@code c} after only ({@code noToYes}), {@code d} neither; {@code n = a + b + c + d}. With Wilson
 * score intervals {@code [l1, u1]} for {@code p1 = (a + c) / n} (after) and {@code [l2, u2]} for
 * {@code p2 = (a + b) / n} (before):
 *
 * <pre>
 * L = (p1 - p2) - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2)
 * U = (p1 - p2) + sqrt((p2 - l2)^2 - 2 phi (p2 - l2)(u1 - p1) + (u1 - p1)^2)
 * phi = C / sqrt((a + b)(c + d)(a + c)(b + d)),  C = ad - bc - n/2 if ad - bc > n/2,
 *       0 if 0 <= ad - bc <= n/2, ad - bc if ad - bc < 0;  phi = 0 if a margin is 0
 * </pre>
 *
 * <p>The correction of {@code phi} (towards 0 for positive association) is Newcombe's; it makes the
 * interval a little wider. Coverage: close to nominal on average, but for small tables it dips below
 * nominal for some true proportions. Exact coverage at 95% by enumerating every table (test resource
 * newcombe-coverage.R, 400 random multinomial points): minimum 89.8% at n = 10, 93.0% at 20, 93.9%
 * at 30, 94.1% at 50 and 100, mean 95.1-95.5%. Below {@link #SMALL_N} young people the explanation
 * and {@code toString} carry a warning.
 */
@Value.Immutable
public abstract class PairedProportions {

  /** Below this many young people the interval carries a small-sample coverage warning. */
  public static final int SMALL_N = 30;

  /** In the status before and after ({@code a}). */
  public abstract long bothYes();

  /** In the status before, not after ({@code b}). */
  public abstract long yesToNo();

  /** Not in the status before, in it after ({@code c}). */
  public abstract long noToYes();

  /** In the status neither time ({@code d}). */
  public abstract long bothNo();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        bothYes() >= 0 && yesToNo() >= 0 && noToYes() >= 0 && bothNo() >= 0,
        "bothYes",
        "paired counts a = %s, b = %s, c = %s, d = %s must be at least 0",
        bothYes(),
        yesToNo(),
        noToYes(),
        bothNo());
    DomainRuleException.require(
        bothYes() <= Long.MAX_VALUE - yesToNo() - noToYes() - bothNo(),
        "bothNo",
        "paired counts a = %s, b = %s, c = %s, d = %s add up to more than %s",
        bothYes(),
        yesToNo(),
        noToYes(),
        bothNo(),
        Long.MAX_VALUE);
    DomainRuleException.require(n() > 0, "bothYes", "paired counts are all 0: no young people");
  }

  /** From the four cells of the paired table. */
  public static PairedProportions of(
      long bothYes, long yesToNo, long noToYes, long bothNo, ConfidenceLevel level) {
    return builder()
        .bothYes(bothYes)
        .yesToNo(yesToNo)
        .noToYes(noToYes)
        .bothNo(bothNo)
        .level(level)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedProportions}; level defaults to 95%. */
  public static final class Builder extends ImmutablePairedProportions.Builder {}

  /** Young people in the table. */
  public long n() {
    return bothYes() + yesToNo() + noToYes() + bothNo();
  }

  /** The proportion in the status before, {@code (a + b) / n}, with its Wilson interval. */
  public Proportion before() {
    return Proportion.of(bothYes() + yesToNo(), n(), level());
  }

  /** The proportion in the status after, {@code (a + c) / n}, with its Wilson interval. */
  public Proportion after() {
    return Proportion.of(bothYes() + noToYes(), n(), level());
  }

  /** {@code after - before = (c - b) / n}. */
  public double difference() {
    return ((double) noToYes() - yesToNo()) / n();
  }

  /** Newcombe's corrected {@code phi}, the estimated correlation of the two proportions. */
  @Value.Lazy
  public double phi() {
    double a = bothYes();
    double b = yesToNo();
    double c = noToYes();
    double d = bothNo();
    double margins = (a + b) * (c + d) * (a + c) * (b + d);
    if (margins == 0) {
      return 0;
    }
    double cross = a * d - b * c;
    double n = n();
    double corrected = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
    // In doubles: the product of four margins near Long.MAX_VALUE (about 1e76) is still finite.
    return corrected / Math.sqrt(margins);
  }

  /** Newcombe's hybrid score interval for {@link #difference()}. */
  @Value.Lazy
  public Interval interval() {
    Interval after = after().interval();
    Interval before = before().interval();
    double p1 = after().estimate();
    double p2 = before().estimate();
    double phi = phi();
    double lowAfter = p1 - after.lower();
    double highAfter = after.upper() - p1;
    double lowBefore = p2 - before.lower();
    double highBefore = before.upper() - p2;
    double down =
        Math.sqrt(
            Math.max(
                0,
                lowAfter * lowAfter
                    - 2 * phi * lowAfter * highBefore
                    + highBefore * highBefore));
    double up =
        Math.sqrt(
            Math.max(
                0,
                lowBefore * lowBefore
                    - 2 * phi * lowBefore * highAfter
                    + highAfter * highAfter));
    double diff = difference();
    return Interval.of(Math.max(-1, diff - down), Math.min(1, diff + up));
  }

  /** True when fewer than {@link #SMALL_N} young people are in the table. */
  public boolean isSmallSample() {
    return n() < SMALL_N;
  }

  /** The small-sample warning, empty when there is none. */
  public String warning() {
    return isSmallSample()
        ? "fewer than "
            + SMALL_N
            + " young people: the interval's coverage can fall below "
            + level()
            + " for some true proportions"
        : "";
  }

  public String method() {
    return "difference of paired proportions, Newcombe hybrid score interval (method 10, corrected"
        + " phi)";
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("change in the share in the status (after - before)")
            .value(Fmt.num(difference()) + " " + level() + " CI " + interval())
            .formula(
                "(c - b) / n; Newcombe: L = D - sqrt((p1-l1)^2 - 2 phi (p1-l1)(u2-p2) + (u2-p2)^2),"
                    + " U = D + sqrt((p2-l2)^2 - 2 phi (p2-l2)(u1-p1) + (u1-p1)^2), Wilson [l, u]")
            .putInputs("a (yes before and after)", Long.toString(bothYes()))
            .putInputs("b (yes before, no after)", Long.toString(yesToNo()))
            .putInputs("c (no before, yes after)", Long.toString(noToYes()))
            .putInputs("d (no before and after)", Long.toString(bothNo()))
            .putInputs("phi (corrected)", Fmt.num(phi()))
            .putInputs("confidence level", level().toString());
    if (isSmallSample()) {
      out.putInputs("warning", warning());
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "PairedProportions{"
        + explanation().value()
        + (isSmallSample() ? ", warning: " + warning() : "")
        + "}";
  }
}
