package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * An appraisal checked and compiled once: unit costs resolved, uprated and converted per event,
 * discount factors and costs per year. Evaluated exactly ({@link #evaluate}) or in doubles for
 * simulation ({@link #measures} with {@link #discountFactors} and {@link #costPresentValue}).
 */
final class Plan {

  /** One unit cost valuing one measure, converted to a cost per event in price-base prices. */
  static final class Component {
    final UnitCost unitCost;
    final MeasureCost measureCost;
    final BigDecimal costPerEvent;
    final Explanation uprating;
    final BigDecimal cashableShare;
    final boolean inWiderCase;

    Component(
        UnitCost unitCost,
        MeasureCost measureCost,
        BigDecimal costPerEvent,
        Explanation uprating,
        BigDecimal cashableShare,
        boolean inWiderCase) {
      this.unitCost = unitCost;
      this.measureCost = measureCost;
      this.costPerEvent = costPerEvent;
      this.uprating = uprating;
      this.cashableShare = cashableShare;
      this.inWiderCase = inWiderCase;
    }
  }

  /** One measure with its resolved assumptions. */
  static final class MeasurePlan {
    final EventsAvoided events;
    final boolean skipDeadweight;
    final Estimate deadweight;
    final Estimate displacement;
    final Estimate attribution;
    final Estimate optimismBias;
    final Estimate dropOff;
    final int lag;
    final int benefitYears;
    final ImmutableList<Component> components;

    MeasurePlan(
        EventsAvoided events,
        MeasureAssumptions a,
        ImmutableList<Component> components) {
      this.events = events;
      this.skipDeadweight = events.origin() == EventsOrigin.DIFFERENCE_IN_DIFFERENCES;
      this.deadweight = a.deadweight().orElse(ZERO);
      this.displacement = a.displacement().orElse(ZERO);
      this.attribution = a.attribution().orElse(ZERO);
      this.optimismBias = a.optimismBias().orElse(ZERO);
      this.dropOff = a.dropOff().orElse(ZERO);
      this.lag = a.lagYears().orElse(0);
      this.benefitYears = a.benefitYears();
      this.components = components;
    }

    Estimate estimate(Assumption which) {
      switch (which) {
        case EVENTS:
          return events.events();
        case DEADWEIGHT:
          return deadweight;
        case DISPLACEMENT:
          return displacement;
        case ATTRIBUTION:
          return attribution;
        case OPTIMISM_BIAS:
          return optimismBias;
        default:
          return dropOff;
      }
    }

    String code() {
      return events.measureCode();
    }
  }

  /** Chooses the value of one assumption of one measure for an evaluation. */
  interface Values {
    BigDecimal value(MeasurePlan m, Assumption which);
  }

  static final Values CENTRAL = (m, which) -> m.estimate(which).central();

  private static final Estimate ZERO = Estimate.of(BigDecimal.ZERO);

  final Appraisal appraisal;
  final ImmutableList<MeasurePlan> measures;
  final ImmutableList<String> defaultsApplied;
  final DiscountSchedule schedule;
  final int horizon;
  final BigDecimal[] discountFactors;
  final BigDecimal[] costs;
  final Money costPresentValue;
  final ImmutableList<CostLine> costLines;

  private Plan(Appraisal a) {
    this.appraisal = a;
    List<String> defaults = new ArrayList<>();
    GdpDeflator deflator =
        a.deflator().orElseGet(() -> note(defaults, "GDP deflator", GdpDeflator.gmcaUcdV14()));
    UnitCostCatalogue catalogue =
        a.catalogue().orElseGet(() -> note(defaults, "unit costs", UnitCostCatalogue.defaults()));
    OutcomeCostMapping mapping =
        a.mapping()
            .orElseGet(
                () -> note(defaults, "outcome-to-cost mapping", OutcomeCostMapping.proposedDefault()));
    this.schedule =
        a.discountSchedule().orElseGet(() -> note(defaults, "discount schedule", DiscountSchedule.greenBook()));
    DomainRuleException.require(
        deflator.index().containsKey(a.priceBase()),
        "priceBase",
        "price base %s is missing from GDP deflator '%s'",
        a.priceBase(),
        deflator.vintage());
    if (a.costOptimismBias().isEmpty()) {
      defaults.add("cost optimism bias not stated: no uplift applied to programme costs");
    }
    ImmutableList.Builder<MeasurePlan> plans = ImmutableList.builder();
    Set<UnitCost> used = new LinkedHashSet<>();
    int last = a.programmeCosts().isEmpty() ? 0 : a.programmeCosts().lastKey();
    for (EventsAvoided ev : a.events()) {
      String m = ev.measureCode();
      MeasureAssumptions as = a.assumptionsFor(m);
      if (ev.origin() != EventsOrigin.DIFFERENCE_IN_DIFFERENCES && as.deadweight().isEmpty()) {
        defaults.add("deadweight for " + m + " not stated: 0 applied");
      }
      if (ev.origin() == EventsOrigin.DIFFERENCE_IN_DIFFERENCES && as.deadweight().isPresent()) {
        defaults.add("deadweight for " + m + " skipped: events come from a comparison group");
      }
      listIfEmpty(defaults, as.displacement(), "displacement", m);
      listIfEmpty(defaults, as.attribution(), "attribution", m);
      listIfEmpty(defaults, as.optimismBias(), "optimism bias", m);
      listIfEmpty(defaults, as.dropOff(), "drop-off", m);
      if (as.lagYears().isEmpty()) {
        defaults.add("lag for " + m + " not stated: 0 years applied");
      }
      ImmutableList.Builder<Component> comps = ImmutableList.builder();
      for (MeasureCost mc : mapping.costsFor(m)) {
        UnitCost uc = catalogue.get(mc.unitCostCode(), mc.valueType());
        PriceYear py = uc.requirePriceYear();
        DomainRuleException.require(
            deflator.index().containsKey(py),
            "priceYear",
            "unit cost %s has price year %s, which is missing from GDP deflator '%s'",
            uc.key(),
            py,
            deflator.vintage());
        used.add(uc);
        Money uprated = deflator.uprate(uc.amount(), py, a.priceBase());
        BigDecimal perEvent =
            uprated
                .amount()
                .multiply(mc.multiplier())
                .divide(mc.divisor(), Money.DIVISION_CONTEXT);
        BigDecimal share = BigDecimal.ZERO;
        if (uc.valueType() == ValueType.FISCAL) {
          BigDecimal s = as.cashableShares().get(uc.agency());
          if (s == null) {
            s = uc.cashableShare().orElse(null);
          }
          if (s == null) {
            defaults.add(
                "cashable share for " + m + " / " + uc.agency()
                    + " not assessed: treated as 0% cashable");
            s = BigDecimal.ZERO;
          }
          share = s;
        }
        boolean wider = !(uc.transferPayment() && a.excludeTransferPaymentsFromWiderCase());
        comps.add(
            new Component(
                uc, mc, perEvent, deflator.explainUprate(uc.amount(), py, a.priceBase()), share,
                wider));
      }
      plans.add(new MeasurePlan(ev, as, comps.build()));
      last = Math.max(last, a.firstBenefitYear() + as.benefitYears() - 1);
    }
    CostSet.of(used);
    this.measures = plans.build();
    this.defaultsApplied = ImmutableList.copyOf(new LinkedHashSet<>(defaults));
    this.horizon = last;
    this.discountFactors = new BigDecimal[horizon + 1];
    for (int t = 0; t <= horizon; t++) {
      discountFactors[t] = schedule.factor(t, a.midYear());
    }
    this.costs = new BigDecimal[horizon + 1];
    BigDecimal uplift = BigDecimal.ONE.add(a.costOptimismBias().orElse(BigDecimal.ZERO));
    ImmutableList.Builder<CostLine> cl = ImmutableList.builder();
    Money pvc = Money.ZERO;
    for (int t = 0; t <= horizon; t++) {
      Money base = a.programmeCosts().getOrDefault(t, Money.ZERO);
      Money cost = base.times(uplift);
      costs[t] = cost.amount();
      if (a.programmeCosts().containsKey(t)) {
        Money pv = cost.times(discountFactors[t]);
        pvc = pvc.plus(pv);
        cl.add(
            CostLine.builder()
                .year(t)
                .cost(cost)
                .discountFactor(discountFactors[t])
                .presentValue(pv)
                .explanation(
                    Explanation.builder()
                        .label("programme cost PV, year " + t)
                        .value(pv.toString())
                        .formula("cost × (1 + OB_cost) × DF[t]")
                        .putInputs("cost", base.toString())
                        .putInputs("OB_cost", uplift.subtract(BigDecimal.ONE).toPlainString())
                        .putInputs("DF[t]", discountFactors[t].toPlainString())
                        .addSteps(schedule.explainFactor(t, a.midYear()))
                        .build())
                .build());
      }
    }
    this.costPresentValue = pvc;
    this.costLines = cl.build();
  }

  static Plan compile(Appraisal a) {
    return new Plan(a);
  }

  private static <T> T note(List<String> defaults, String what, T value) {
    defaults.add(what + " not supplied: shipped default used (" + describe(value) + ")");
    return value;
  }

  private static String describe(Object value) {
    if (value instanceof GdpDeflator) {
      return ((GdpDeflator) value).vintage();
    }
    if (value instanceof DiscountSchedule) {
      return ((DiscountSchedule) value).name();
    }
    if (value instanceof OutcomeCostMapping) {
      return "proposal, see OutcomeCostMapping.proposedDefault";
    }
    return "unit-costs.csv";
  }

  private static void listIfEmpty(
      List<String> defaults, Optional<Estimate> e, String what, String measure) {
    if (e.isEmpty()) {
      defaults.add(what + " for " + measure + " not stated: 0 applied");
    }
  }

  /** The profile factor of benefit year k: 0 within the lag, then (1 - p)^(k - 1 - L). */
  static BigDecimal profile(int k, int lag, BigDecimal dropOff) {
    if (k <= lag) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.ONE.subtract(dropOff).pow(k - 1 - lag);
  }

  /** The exact evaluation with the given assumption values. */
  CostAvoidanceResult evaluate(Values values) {
    List<BenefitLine> lines = new ArrayList<>();
    List<BenefitLine> fiscal = new ArrayList<>();
    List<BenefitLine> wider = new ArrayList<>();
    int first = appraisal.firstBenefitYear();
    for (MeasurePlan m : measures) {
      BigDecimal a = values.value(m, Assumption.EVENTS);
      BigDecimal d = values.value(m, Assumption.DEADWEIGHT);
      BigDecimal disp = values.value(m, Assumption.DISPLACEMENT);
      BigDecimal att = values.value(m, Assumption.ATTRIBUTION);
      BigDecimal ob = values.value(m, Assumption.OPTIMISM_BIAS);
      BigDecimal p = values.value(m, Assumption.DROP_OFF);
      BigDecimal keepD = m.skipDeadweight ? BigDecimal.ONE : BigDecimal.ONE.subtract(d);
      BigDecimal netEvents1 =
          a.multiply(keepD)
              .multiply(BigDecimal.ONE.subtract(disp))
              .multiply(BigDecimal.ONE.subtract(att));
      BigDecimal keepOb = BigDecimal.ONE.subtract(ob);
      for (int k = 1; k <= m.benefitYears; k++) {
        int t = first + k - 1;
        BigDecimal prof = profile(k, m.lag, p);
        BigDecimal netEvents = netEvents1.multiply(prof);
        BigDecimal df = discountFactors[t];
        for (Component c : m.components) {
          Money gross = Money.of(a.multiply(c.costPerEvent).multiply(prof));
          Money net = Money.of(netEvents.multiply(c.costPerEvent).multiply(keepOb));
          Money pv = net.times(df);
          Explanation ex =
              Explanation.builder()
                  .label(
                      "benefit PV, " + m.code() + ", " + c.unitCost.key() + ", "
                          + c.unitCost.agency() + ", year " + t)
                  .value(pv.toString())
                  .formula(
                      "A × (1-d) × (1-disp) × (1-att) × UC × I[B]/I[P] × multiplier/divisor"
                          + " × (1-OB) × (1-p)^(k-1-L) × DF[t]")
                  .putInputs("A (events avoided, benefit year 1)", a.toPlainString())
                  .putInputs("origin", m.events.origin().name())
                  .putInputs("derivation", m.events.derivation())
                  .putInputs(
                      "d (deadweight)",
                      m.skipDeadweight ? "skipped (comparison group)" : d.toPlainString())
                  .putInputs("disp (displacement)", disp.toPlainString())
                  .putInputs("att (attribution)", att.toPlainString())
                  .putInputs("unit cost", c.unitCost.key() + " " + c.unitCost.amount()
                      + " " + c.unitCost.unitLabel() + ", " + c.unitCost.description())
                  .putInputs("source price year", c.unitCost.sourcePriceYear())
                  .putInputs("multiplier/divisor", c.measureCost.multiplier().toPlainString()
                      + "/" + c.measureCost.divisor().toPlainString())
                  .putInputs("cost per event (price base)", c.costPerEvent.toPlainString())
                  .putInputs("OB (optimism bias)", ob.toPlainString())
                  .putInputs("k (benefit year)", Integer.toString(k))
                  .putInputs("L (lag)", Integer.toString(m.lag))
                  .putInputs("p (drop-off)", p.toPlainString())
                  .putInputs("gross benefit", gross.toString())
                  .putInputs("net benefit", net.toString())
                  .putInputs("DF[t]", df.toPlainString())
                  .putInputs("cashable share", c.cashableShare.toPlainString())
                  .addSteps(c.uprating, schedule.explainFactor(t, appraisal.midYear()))
                  .build();
          BenefitLine line =
              BenefitLine.builder()
                  .year(t)
                  .benefitYear(k)
                  .measureCode(m.code())
                  .unitCostCode(c.unitCost.code())
                  .valueType(c.unitCost.valueType())
                  .agency(c.unitCost.agency())
                  .transferPayment(c.unitCost.transferPayment())
                  .netEvents(netEvents)
                  .grossBenefit(gross)
                  .netBenefit(net)
                  .discountFactor(df)
                  .presentValue(pv)
                  .cashableShare(c.cashableShare)
                  .explanation(ex)
                  .build();
          lines.add(line);
          if (line.valueType() == ValueType.FISCAL) {
            fiscal.add(line);
          }
          if (c.inWiderCase) {
            wider.add(line);
          }
        }
      }
    }
    return CostAvoidanceResult.builder()
        .addAllBenefitLines(lines)
        .addAllCostLines(costLines)
        .financialCase(
            CaseSummary.summarise(
                "financial", ImmutableSet.of(ValueType.FISCAL), fiscal, costLines, horizon))
        .widerCase(
            CaseSummary.summarise(
                "wider", ImmutableSet.copyOf(ValueType.values()), wider, costLines, horizon))
        .horizon(horizon)
        .addAllDefaultsApplied(defaultsApplied)
        .build();
  }

  /** Overrides one assumption of one measure, other values central. */
  static Values override(String measureCode, Assumption which, BigDecimal value) {
    return (m, w) ->
        m.code().equals(measureCode) && w == which ? value : m.estimate(w).central();
  }
}
