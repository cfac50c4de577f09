package org.nwd.cost;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * One case of the appraisal: the financial case (fiscal values only) or the wider case (fiscal,
 * economic and social, without transfer payments if so flagged). Never add two cases together.
 *
 * <p>NPV = PV(benefits) - PV(costs); BCR = PV(benefits) / PV(costs) (empty when PV(costs) is 0); net
 * BCR = NPV / PV(costs); payback year = the first appraisal year in which cumulative benefits reach
 * cumulative costs (with cumulative costs above 0), on undiscounted and on discounted flows, empty if
 * never reached within the horizon.
 *
 * <p>Who pays and who saves: {@link #presentValueByAgency()} is what each agency saves (benefits),
 * {@link #presentValueCostsByAgency()} what each pays for the programme, {@link #netPositionByAgency()}
 * the difference, and {@link #presentValueCashableByAgency()} the part of each agency's saving it can
 * release from its budget. Economic and social values sit under {@link Agency#NOT_APPLICABLE}.
 */
@Value.Immutable
public abstract class CaseSummary {

  /** "financial" or "wider". */
  public abstract String name();

  public abstract ImmutableSet<ValueType> valueTypes();

  public abstract Money presentValueBenefits();

  public abstract Money presentValueCosts();

  public Money netPresentValue() {
    return presentValueBenefits().minus(presentValueCosts());
  }

  public abstract Optional<BigDecimal> benefitCostRatio();

  public abstract Optional<BigDecimal> netBenefitCostRatio();

  public abstract Optional<Integer> paybackYearUndiscounted();

  public abstract Optional<Integer> paybackYearDiscounted();

  public abstract Money presentValueCashable();

  public abstract Money presentValueNonCashable();

  /** Undiscounted net benefit by appraisal year. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Money> netBenefitByYear();

  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Money> presentValueByYear();

  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Agency, Money> presentValueByAgency();

  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Money> presentValueByMeasure();

  @Value.NaturalOrder
  public abstract ImmutableSortedMap<ValueType, Money> presentValueByValueType();

  /** PV of programme costs by paying agency (empty in documents written before agencies were kept). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Agency, Money> presentValueCostsByAgency();

  /** PV of cashable savings by agency. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Agency, Money> presentValueCashableByAgency();

  /**
   * Each agency's net position: PV of what it saves minus PV of what it pays, over every agency that
   * saves or pays (positive: the agency gains).
   */
  public ImmutableSortedMap<Agency, Money> netPositionByAgency() {
    TreeMap<Agency, Money> out = new TreeMap<>(presentValueByAgency());
    presentValueCostsByAgency().forEach((a, c) -> out.merge(a, c.negate(), Money::plus));
    return ImmutableSortedMap.copyOfSorted(out);
  }

  @Value.Check
  void checkAgencies() {
    if (!presentValueCostsByAgency().isEmpty()) {
      Money sum = presentValueCostsByAgency().values().stream().reduce(Money.ZERO, Money::plus);
      DomainRuleException.require(
          sum.equals(presentValueCosts()),
          "presentValueCostsByAgency",
          "%s case: costs by agency add up to %s, not PV(costs) %s",
          name(),
          sum.toExactString(),
          presentValueCosts().toExactString());
    }
  }

  public abstract Explanation explanation();

  static CaseSummary summarise(
      String name, ImmutableSet<ValueType> allowed, List<BenefitLine> lines, List<CostLine> costs,
      int horizon) {
    for (BenefitLine l : lines) {
      DomainRuleException.require(
          allowed.contains(l.valueType()),
          "valueType",
          "%s case takes %s values only: %s valued with %s is %s",
          name,
          allowed,
          l.measureCode(),
          l.unitCostCode(),
          l.valueType());
    }
    Money pvB = sum(lines, BenefitLine::presentValue);
    Money pvC = Money.ZERO;
    for (CostLine c : costs) {
      pvC = pvC.plus(c.presentValue());
    }
    Money cashable = sum(lines, BenefitLine::cashablePresentValue);
    TreeMap<Agency, Money> costsByAgency = new TreeMap<>();
    for (CostLine c : costs) {
      costsByAgency.merge(c.agency(), c.presentValue(), Money::plus);
    }
    TreeMap<Agency, Money> cashableByAgency = new TreeMap<>();
    TreeMap<Integer, Money> byYear = new TreeMap<>();
    TreeMap<Integer, Money> pvByYear = new TreeMap<>();
    TreeMap<Agency, Money> byAgency = new TreeMap<>();
    TreeMap<String, Money> byMeasure = new TreeMap<>();
    TreeMap<ValueType, Money> byType = new TreeMap<>();
    for (int t = 0; t <= horizon; t++) {
      byYear.put(t, Money.ZERO);
      pvByYear.put(t, Money.ZERO);
    }
    for (BenefitLine l : lines) {
      byYear.merge(l.year(), l.netBenefit(), Money::plus);
      pvByYear.merge(l.year(), l.presentValue(), Money::plus);
      byAgency.merge(l.agency(), l.presentValue(), Money::plus);
      if (l.valueType() == ValueType.FISCAL) {
        cashableByAgency.merge(l.agency(), l.cashablePresentValue(), Money::plus);
      }
      byMeasure.merge(l.measureCode(), l.presentValue(), Money::plus);
      byType.merge(l.valueType(), l.presentValue(), Money::plus);
    }
    Optional<BigDecimal> bcr =
        pvC.isZero()
            ? Optional.empty()
            : Optional.of(pvB.amount().divide(pvC.amount(), Money.DIVISION_CONTEXT));
    Optional<BigDecimal> netBcr =
        pvC.isZero()
            ? Optional.empty()
            : Optional.of(pvB.minus(pvC).amount().divide(pvC.amount(), Money.DIVISION_CONTEXT));
    Optional<Integer> payU = payback(byYear, costs, false);
    Optional<Integer> payD = payback(pvByYear, costs, true);
    Explanation ex =
        Explanation.builder()
            .label(name + " case: net present value")
            .value(pvB.minus(pvC).toString())
            .formula("NPV = PV(benefits) - PV(costs); BCR = PV(benefits) / PV(costs)")
            .putInputs("value types", allowed.toString())
            .putInputs("PV(benefits)", pvB.toString())
            .putInputs("PV(costs)", pvC.toString())
            .putInputs("BCR", bcr.map(BigDecimal::toPlainString).orElse("n/a (no costs)"))
            .putInputs("payback year (undiscounted)", payU.map(String::valueOf).orElse("not reached"))
            .putInputs("payback year (discounted)", payD.map(String::valueOf).orElse("not reached"))
            .putInputs("PV cashable", cashable.toString())
            .putInputs("net position by agency (saves - pays)", positions(byAgency, costsByAgency))
            .addAllSteps(lines.stream().map(BenefitLine::explanation).collect(java.util.stream.Collectors.toList()))
            .addAllSteps(costs.stream().map(CostLine::explanation).collect(java.util.stream.Collectors.toList()))
            .build();
    return builder()
        .name(name)
        .addAllValueTypes(allowed)
        .presentValueBenefits(pvB)
        .presentValueCosts(pvC)
        .benefitCostRatio(bcr)
        .netBenefitCostRatio(netBcr)
        .paybackYearUndiscounted(payU)
        .paybackYearDiscounted(payD)
        .presentValueCashable(cashable)
        .presentValueNonCashable(pvB.minus(cashable))
        .putAllNetBenefitByYear(byYear)
        .putAllPresentValueByYear(pvByYear)
        .putAllPresentValueByAgency(byAgency)
        .putAllPresentValueByMeasure(byMeasure)
        .putAllPresentValueByValueType(byType)
        .putAllPresentValueCostsByAgency(costsByAgency)
        .putAllPresentValueCashableByAgency(cashableByAgency)
        .explanation(ex)
        .build();
  }

  private static Optional<Integer> payback(
      TreeMap<Integer, Money> benefitsByYear, List<CostLine> costs, boolean discounted) {
    TreeMap<Integer, Money> costByYear = new TreeMap<>();
    for (CostLine c : costs) {
      costByYear.merge(c.year(), discounted ? c.presentValue() : c.cost(), Money::plus);
    }
    Money cumB = Money.ZERO;
    Money cumC = Money.ZERO;
    for (Integer t : benefitsByYear.keySet()) {
      cumB = cumB.plus(benefitsByYear.get(t));
      cumC = cumC.plus(costByYear.getOrDefault(t, Money.ZERO));
      if (cumC.signum() > 0 && cumB.compareTo(cumC) >= 0) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String positions(TreeMap<Agency, Money> saves, TreeMap<Agency, Money> pays) {
    TreeMap<Agency, Money> net = new TreeMap<>(saves);
    pays.forEach((a, c) -> net.merge(a, c.negate(), Money::plus));
    if (net.isEmpty()) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    net.forEach(
        (a, m) -> {
          if (s.length() > 0) {
            s.append("; ");
          }
          s.append(a).append(" ").append(m);
        });
    return s.toString();
  }

  private static Money sum(List<BenefitLine> lines, Function<BenefitLine, Money> f) {
    Money total = Money.ZERO;
    for (BenefitLine l : lines) {
      total = total.plus(f.apply(l));
    }
    return total;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseSummary}. */
  public static final class Builder extends ImmutableCaseSummary.Builder {}
}
