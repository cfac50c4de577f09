package org.nwd.stats;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;

/**
 * The mergeable sufficient statistics of paired person-level counts, from which the cluster-robust
 * (sandwich) variance of a log rate ratio and the dispersion of the counts follow exactly. For each
 * young person {@code i}: events before {@code b_i} in {@code Tb_i} days at risk, events after {@code
 * a_i} in {@code Ta_i} days at risk (for a days measure the "events" are days in the state).
 *
 * <p>Held: the number of people, the four {@link #sums()} {@code (Σb, ΣTb, Σa, ΣTa)} and the ten
 * {@link #crossProducts()} of the variables {@code (b, Tb, a, Ta)}, upper triangle row by row: {@code
 * Σb², ΣbTb, Σba, ΣbTa, ΣTb², ΣTba, ΣTbTa, Σa², ΣaTa, ΣTa²}. All are exact integers, so sums of
 * disjoint groups of people add up exactly ({@link #plus}) in any order; no per-person value is kept.
 * Build them with a {@link Tally}.
 *
 * <p>Checked: counts are non-negative, every person has at least one day at risk in each window, and
 * the sums obey Cauchy-Schwarz ({@code n Σx² >= (Σx)²}, {@code (Σxy)² <= Σx² Σy²}), so sums that no
 * set of people could give are refused.
 */
@Value.Immutable
public abstract class PersonCountSums {

  /** The number of {@link #sums()}: events and days before, events and days after. */
  public static final int VARIABLES = 4;

  private static final int B = 0;
  private static final int TB = 1;
  private static final int A = 2;
  private static final int TA = 3;
  private static final String[] NAMES = {"b", "Tb", "a", "Ta"};

  /** The number of young people. */
  public abstract long people();

  /** {@code Σb, ΣTb, Σa, ΣTa}: events and days at risk before, then after. */
  public abstract ImmutableList<BigInteger> sums();

  /**
   * {@code Σ x_j x_k} for {@code j <= k} over {@code (b, Tb, a, Ta)}, row by row: {@code Σb², ΣbTb,
   * Σba, ΣbTa, ΣTb², ΣTba, ΣTbTa, Σa², ΣaTa, ΣTa²}.
   */
  public abstract ImmutableList<BigInteger> crossProducts();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersonCountSums}; usually a {@link Tally} does. */
  public static final class Builder extends ImmutablePersonCountSums.Builder {}

  /** The sums of no one. */
  public static PersonCountSums empty() {
    return new Tally().toSums();
  }

  /** The sums of {@code people}; days at risk must be whole days (they are in the impact analysis). */
  public static PersonCountSums of(List<PersonPeriods> people) {
    Tally t = new Tally();
    for (int i = 0; i < people.size(); i++) {
      PersonPeriods p = people.get(i);
      t.add(p.eventsBefore(), wholeDays(p.daysAtRiskBefore(), i), p.eventsAfter(),
          wholeDays(p.daysAtRiskAfter(), i));
    }
    return t.toSums();
  }

  /** {@link #of} when every person's days at risk are whole days, else empty. */
  static Optional<PersonCountSums> ofWholeDays(List<PersonPeriods> people) {
    for (PersonPeriods p : people) {
      if (!isWhole(p.daysAtRiskBefore()) || !isWhole(p.daysAtRiskAfter())) {
        return Optional.empty();
      }
    }
    return Optional.of(of(people));
  }

  private static boolean isWhole(double days) {
    return days == Math.rint(days) && days < 0x1p63;
  }

  private static long wholeDays(double days, int person) {
    DomainRuleException.require(
        isWhole(days),
        "daysAtRisk",
        "person %s has %s days at risk: person-level sums need whole days",
        person,
        days);
    return (long) days;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        sums().size() == VARIABLES, "sums", "%s sums given, 4 needed (b, Tb, a, Ta)", sums().size());
    DomainRuleException.require(
        crossProducts().size() == 10,
        "crossProducts",
        "%s cross products given, 10 needed",
        crossProducts().size());
    DomainRuleException.require(people() >= 0, "people", "people %s is negative", people());
    BigInteger n = BigInteger.valueOf(people());
    for (int j = 0; j < VARIABLES; j++) {
      BigInteger s = sum(j);
      DomainRuleException.require(
          s.signum() >= 0, "sums", "sum of %s is negative (%s)", NAMES[j], s);
      boolean days = j == TB || j == TA;
      DomainRuleException.require(
          !days || s.compareTo(n) >= 0,
          "sums",
          "sum of %s (%s) is below the number of people %s: everyone has a day at risk",
          NAMES[j],
          s,
          people());
      BigInteger sq = product(j, j);
      // x^2 >= x for whole x >= 0, and n Σx² >= (Σx)² (Cauchy-Schwarz).
      DomainRuleException.require(
          sq.compareTo(s) >= 0 && n.multiply(sq).compareTo(s.multiply(s)) >= 0,
          "crossProducts",
          "sum of squares of %s (%s) is impossible with sum %s over %s people",
          NAMES[j],
          sq,
          s,
          people());
      for (int k = j + 1; k < VARIABLES; k++) {
        BigInteger xy = product(j, k);
        DomainRuleException.require(
            xy.signum() >= 0 && xy.multiply(xy).compareTo(sq.multiply(product(k, k))) <= 0,
            "crossProducts",
            "sum of %s x %s (%s) is impossible with the sums of squares",
            NAMES[j],
            NAMES[k],
            xy);
      }
    }
  }

  /** Σ of variable {@code j} (0 b, 1 Tb, 2 a, 3 Ta). */
  BigInteger sum(int j) {
    return sums().get(j);
  }

  /** Σ x_j x_k. */
  BigInteger product(int j, int k) {
    int lo = Math.min(j, k);
    int hi = Math.max(j, k);
    // Row lo of the upper triangle starts at lo * 4 - lo * (lo - 1) / 2.
    return crossProducts().get(lo * VARIABLES - lo * (lo - 1) / 2 + hi - lo);
  }

  /** Σb, events before. */
  public BigInteger eventsBefore() {
    return sum(B);
  }

  /** ΣTb, days at risk before. */
  public BigInteger daysBefore() {
    return sum(TB);
  }

  /** Σa, events after. */
  public BigInteger eventsAfter() {
    return sum(A);
  }

  /** ΣTa, days at risk after. */
  public BigInteger daysAfter() {
    return sum(TA);
  }

  /** The sums of these people and {@code other}'s together (disjoint groups). */
  public PersonCountSums plus(PersonCountSums other) {
    Builder out = builder().people(Math.addExact(people(), other.people()));
    for (int j = 0; j < VARIABLES; j++) {
      out.addSums(sum(j).add(other.sum(j)));
    }
    for (int i = 0; i < crossProducts().size(); i++) {
      out.addCrossProducts(crossProducts().get(i).add(other.crossProducts().get(i)));
    }
    return out.build();
  }

  /**
   * {@code Σ u_i²}, the HC0 sandwich variance of {@code log(Σa/ΣTa) - log(Σb/ΣTb)} with each person a
   * cluster: {@code u_i = a_i/A - Ta_i/TA - b_i/B + Tb_i/TB} is the person's influence (equivalently
   * the cluster score of a Poisson regression with a period term and log days as offset, times the
   * inverse information). Computed exactly as {@code Σ (u_i K)² / K²}, {@code K = A TA B TB}, a
   * quadratic form in the cross products, so no cancellation. Needs {@code A > 0} and {@code B > 0}.
   */
  double sumOfSquaredInfluences() {
    BigInteger b = sum(B);
    BigInteger tb = sum(TB);
    BigInteger a = sum(A);
    BigInteger ta = sum(TA);
    BigInteger[] c = {
      a.multiply(ta).multiply(tb).negate(), // b_i x K/B, negated
      a.multiply(ta).multiply(b), // Tb_i x K/TB
      ta.multiply(b).multiply(tb), // a_i x K/A
      a.multiply(b).multiply(tb).negate() // Ta_i x K/TA, negated
    };
    BigInteger numerator = quadraticForm(c);
    BigInteger k = a.multiply(ta).multiply(b).multiply(tb);
    return ratio(numerator, k.multiply(k));
  }

  private BigInteger quadraticForm(BigInteger[] c) {
    BigInteger out = BigInteger.ZERO;
    for (int j = 0; j < VARIABLES; j++) {
      for (int k = 0; k < VARIABLES; k++) {
        out = out.add(c[j].multiply(c[k]).multiply(product(j, k)));
      }
    }
    return out;
  }

  static double ratio(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  /**
   * The dispersion of the counts before: {@code Σ(b_i - R Tb_i)² / (B (1 - ΣTb²/TB²))} with {@code R =
   * B/TB}, the variance-to-mean ratio of person-level counts adjusted for days at risk. Its expectation
   * is exactly 1 for Poisson counts with a common rate (whatever the days at risk); above 1 the counts
   * are overdispersed. Empty with no events before or fewer than 2 people.
   */
  @Value.Lazy
  public OptionalDouble dispersionBefore() {
    return dispersion(B, TB);
  }

  /** The dispersion of the counts after; see {@link #dispersionBefore()}. */
  @Value.Lazy
  public OptionalDouble dispersionAfter() {
    return dispersion(A, TA);
  }

  private OptionalDouble dispersion(int y, int t) {
    BigInteger sy = sum(y);
    BigInteger st = sum(t);
    BigInteger stt = product(t, t);
    BigInteger spread = st.multiply(st).subtract(stt);
    if (sy.signum() == 0 || spread.signum() == 0) {
      return OptionalDouble.empty();
    }
    // T² Σy² - 2 Y T ΣyT + Y² ΣT² = T² Σ(y - Y T_i / T)².
    BigInteger numerator =
        st.multiply(st)
            .multiply(product(y, y))
            .subtract(BigInteger.TWO.multiply(sy).multiply(st).multiply(product(y, t)))
            .add(sy.multiply(sy).multiply(stt));
    return OptionalDouble.of(ratio(numerator, sy.multiply(spread)));
  }

  @Override
  public String toString() {
    return "PersonCountSums{" + people() + " people, b " + sum(B) + " in " + sum(TB) + " days, a "
        + sum(A) + " in " + sum(TA) + " days}";
  }

  /**
   * Adds young people's counts into {@link PersonCountSums}, in exact {@code long} arithmetic that
   * carries into {@link BigInteger} only for a sum that would overflow. Not thread-safe; combine tallies
   * with {@link #merge}, which is exact, associative and commutative.
   */
  public static final class Tally {
    private static final int SLOTS = VARIABLES + 10;

    private long people;
    private final long[] slots = new long[SLOTS];
    /** Carries beyond the longs, per slot; null until a slot overflows. */
    private BigInteger @Nullable [] carry;

    /** Adds one person. */
    public Tally add(long eventsBefore, long daysBefore, long eventsAfter, long daysAfter) {
      return add(eventsBefore, daysBefore, eventsAfter, daysAfter, 1);
    }

    /** Adds {@code count} people with the same counts. */
    public Tally add(
        long eventsBefore, long daysBefore, long eventsAfter, long daysAfter, long count) {
      DomainRuleException.require(
          eventsBefore >= 0 && eventsAfter >= 0,
          "events",
          "events before %s and after %s must be at least 0",
          eventsBefore,
          eventsAfter);
      DomainRuleException.require(
          daysBefore > 0 && daysAfter > 0,
          "daysAtRisk",
          "days at risk before %s and after %s must be at least 1",
          daysBefore,
          daysAfter);
      DomainRuleException.require(count >= 1, "count", "count %s must be at least 1", count);
      people = Math.addExact(people, count);
      long[] x = {eventsBefore, daysBefore, eventsAfter, daysAfter};
      for (int j = 0; j < VARIABLES; j++) {
        addProduct(j, x[j], 1, count);
      }
      int slot = VARIABLES;
      for (int j = 0; j < VARIABLES; j++) {
        for (int k = j; k < VARIABLES; k++) {
          addProduct(slot++, x[j], x[k], count);
        }
      }
      return this;
    }

    private void addProduct(int slot, long x, long y, long count) {
      try {
        slots[slot] = Math.addExact(slots[slot], Math.multiplyExact(Math.multiplyExact(x, y), count));
      } catch (ArithmeticException overflow) {
        addCarry(
            slot,
            BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)).multiply(BigInteger.valueOf(count)));
      }
    }

    private void addCarry(int slot, BigInteger value) {
      if (carry == null) {
        carry = new BigInteger[SLOTS];
        java.util.Arrays.fill(carry, BigInteger.ZERO);
      }
      carry[slot] = carry[slot].add(value);
    }

    /** Adds everything in {@code other} to this tally; returns this. */
    public Tally merge(Tally other) {
      people = Math.addExact(people, other.people);
      for (int i = 0; i < SLOTS; i++) {
        try {
          slots[i] = Math.addExact(slots[i], other.slots[i]);
        } catch (ArithmeticException overflow) {
          addCarry(i, BigInteger.valueOf(other.slots[i]));
        }
        if (other.carry != null) {
          addCarry(i, other.carry[i]);
        }
      }
      return this;
    }

    /** The number of people added. */
    public long people() {
      return people;
    }

    /** The sums so far. */
    public PersonCountSums toSums() {
      Builder out = builder().people(people);
      for (int i = 0; i < SLOTS; i++) {
        BigInteger v = BigInteger.valueOf(slots[i]);
        if (carry != null) {
          v = v.add(carry[i]);
        }
        if (i < VARIABLES) {
          out.addSums(v);
        } else {
          out.addCrossProducts(v);
        }
      }
      return out.build();
    }
  }
}
