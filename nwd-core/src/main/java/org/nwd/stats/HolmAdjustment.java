package org.nwd.stats;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * Holm's step-down adjustment of a family of p-values (Holm 1979), so that a table of many measures
 * does not read as many independent discoveries: it controls the family-wise error rate under any
 * dependence between the tests. With the p-values sorted ascending, {@code p_(1) <= ... <= p_(m)}, the
 * adjusted value of the {@code j}-th is {@code max over i <= j of min(1, (m - i + 1) p_(i))}; each is
 * reported at the position of its p-value. Equals R's {@code p.adjust(p, "holm")}.
 */
@Value.Immutable
public abstract class HolmAdjustment {

  /** The unadjusted p-values, in the family's order (e.g. the analysis' measure order). */
  public abstract ImmutableList<Double> pValues();

  /** What each p-value tests, in the same order, e.g. measure codes. */
  public abstract ImmutableList<String> labels();

  @Value.Check
  void check() {
    DomainRuleException.require(
        labels().size() == pValues().size(),
        "labels",
        "%s labels given for %s p-values",
        labels().size(),
        pValues().size());
    DomainRuleException.require(
        labels().stream().distinct().count() == labels().size(),
        "labels",
        "labels %s must be distinct",
        labels());
    for (int i = 0; i < pValues().size(); i++) {
      double p = pValues().get(i);
      DomainRuleException.require(
          p >= 0 && p <= 1, "pValues", "p-value %s of %s must be between 0 and 1", p, labels().get(i));
    }
  }

  /** The adjustment of {@code pValues}, labelled {@code labels}. */
  public static HolmAdjustment of(List<String> labels, List<Double> pValues) {
    return ImmutableHolmAdjustment.builder().addAllLabels(labels).addAllPValues(pValues).build();
  }

  /** Holm-adjusted p-values, in the order of {@link #pValues()}. */
  @Value.Lazy
  public ImmutableList<Double> adjusted() {
    int m = pValues().size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(pValues()::get));
    double[] out = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order.get(rank);
      running = Math.max(running, Math.min(1, (m - rank) * pValues().get(i)));
      out[i] = running;
    }
    ImmutableList.Builder<Double> list = ImmutableList.builder();
    for (double v : out) {
      list.add(v);
    }
    return list.build();
  }

  /** The adjusted p-value of {@code label}. */
  public double adjusted(String label) {
    int i = labels().indexOf(label);
    DomainRuleException.require(i >= 0, "label", "no p-value is labelled %s", label);
    return adjusted().get(i);
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("Holm adjustment across " + pValues().size() + " tests")
            .value("family-wise error rate controlled")
            .formula("sort p ascending; adjusted p_(j) = max_{i<=j} min(1, (m - i + 1) p_(i))");
    for (int i = 0; i < pValues().size(); i++) {
      out.putInputs(
          labels().get(i),
          "p = " + Fmt.p(pValues().get(i)) + ", Holm p = " + Fmt.p(adjusted().get(i)));
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "HolmAdjustment{" + explanation().inputs() + "}";
  }
}
