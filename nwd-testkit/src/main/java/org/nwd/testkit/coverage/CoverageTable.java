package org.nwd.testkit.coverage;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/** The result of a {@link CoverageStudy}: its settings and one {@link CoverageRow} per cell. */
@Value.Immutable
public abstract class CoverageTable {

  @Value.Parameter
  public abstract CoverageStudy study();

  @Value.Parameter
  public abstract ImmutableList<CoverageRow> rows();

  static CoverageTable of(CoverageStudy study, ImmutableList<CoverageRow> rows) {
    return ImmutableCoverageTable.of(study, rows);
  }

  /** The row of {@code estimand}, {@code shape}, {@code people} and the method in words. */
  public CoverageRow row(String estimand, CountShape shape, int people, String method) {
    return rows().stream()
        .filter(
            r ->
                r.estimand().equals(estimand)
                    && r.shape() == shape
                    && r.people() == people
                    && r.method().equals(method))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no row for " + estimand + ", " + shape + ", " + people + ", " + method));
  }

  /** The default method's row of the rate ratio. */
  public CoverageRow defaultRow(CountShape shape, int people) {
    return row(CoverageRow.RATE_RATIO, shape, people,
        CoverageStudy.methodLabel(org.nwd.stats.RateRatioMethod.AUTO));
  }

  /** A Markdown table: estimand, shape, young people, method, coverage (%), mean width, undefined. */
  public String render() {
    CoverageStudy s = study();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Coverage of %s intervals: %d simulated cohorts per row, seed %d, true rate ratio %s"
            + " (comparison %s), %s events per person-year before, %d bootstrap replicates.%n%n",
        s.level(), s.simulations(), s.seed(), num(s.rateRatio()), num(s.comparisonRateRatio()),
        num(s.eventsPerYear()), s.replicates()));
    out.append("| estimand | data shape | young people | method | coverage | mean width | undefined |\n");
    out.append("|---|---|---:|---|---:|---:|---:|\n");
    for (CoverageRow r : rows()) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.1f%% | %s | %d |%n",
          r.estimand(), r.shape().text(), r.people(), r.method(), 100 * r.coverage(),
          Double.isNaN(r.meanWidth()) ? "-" : String.format(Locale.ROOT, "%.3f", r.meanWidth()),
          r.undefined()));
    }
    return out.toString();
  }

  private static String num(double x) {
    return Objects.toString(java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString());
  }

  @Override
  public String toString() {
    return render();
  }
}
