package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * An appraisal checked and compiled once: price years read, unit costs uprated and converted per
 * event, unit-cost ranges by grade, discount factors up to the longest horizon any variation can
 * reach, and programme costs per year and agency. Evaluated exactly ({@link #evaluate}) or in doubles
 * for simulation ({@link MonteCarlo}), both with the arithmetic of {@link Formula}.
 */
final class Plan {

  /** One unit cost the appraisal uses: its price year, uprated value and uncertainty range. */
  static final class UnitCostPlan {
    final int index;
    final UnitCost unitCost;
    final PriceYear priceYear;
    final Optional<String> priceYearReading;
    final Explanation uprating;
    final Estimate range;
    final Set<String> measures = new LinkedHashSet<>();

    UnitCostPlan(
        int index,
        UnitCost unitCost,
        PriceYear priceYear,
        Optional<String> priceYearReading,
        Explanation uprating,
        Estimate range) {
      this.index = index;
      this.unitCost = unitCost;
      this.priceYear = priceYear;
      this.priceYearReading = priceYearReading;
      this.uprating = uprating;
      this.range = range;
    }

    String key() {
      return unitCost.key();
    }
  }

  /** One unit cost valuing one measure, converted to a cost per event in price-base prices. */
  static final class Component {
    final UnitCostPlan cost;
    final MeasureCost measureCost;
    final BigDecimal costPerEvent;
    final BigDecimal cashableShare;
    final boolean inWiderCase;

    Component(
        UnitCostPlan cost,
        MeasureCost measureCost,
        BigDecimal costPerEvent,
        BigDecimal cashableShare,
        boolean inWiderCase) {
      this.cost = cost;
      this.measureCost = measureCost;
      this.costPerEvent = costPerEvent;
      this.cashableShare = cashableShare;
      this.inWiderCase = inWiderCase;
    }

    UnitCost unitCost() {
      return cost.unitCost;
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
    final int[] lag;
    final int[] benefitYears;
    final ImmutableList<Component> components;

    MeasurePlan(EventsAvoided events, MeasureAssumptions a, ImmutableList<Component> components) {
      this.events = events;
      this.skipDeadweight = events.origin() == EventsOrigin.DIFFERENCE_IN_DIFFERENCES;
      this.deadweight = a.deadweight().orElse(ZERO);
      this.displacement = a.displacement().orElse(ZERO);
      this.attribution = a.attribution().orElse(ZERO);
      this.optimismBias = a.optimismBias().orElse(ZERO);
      this.dropOff = a.dropOff().orElse(ZERO);
      this.lag = a.lagRange();
      this.benefitYears = a.benefitYearsRange();
      this.components = components;
    }

    /** The {@link Estimate} of one of {@link Assumption#ESTIMATES}. */
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
        case DROP_OFF:
          return dropOff;
        default:
          throw new IllegalArgumentException(which + " is not an estimate");
      }
    }

    /** (low, central, high) whole years of {@link Assumption#LAG} or {@link Assumption#BENEFIT_YEARS}. */
    int[] years(Assumption which) {
      return which == Assumption.LAG ? lag : benefitYears;
    }

    String code() {
      return events.measureCode();
    }
  }

  /** Chooses the value of each uncertain input for one evaluation. */
  interface Values {
    /** One of {@link Assumption#ESTIMATES} of one measure. */
    BigDecimal value(MeasurePlan m, Assumption which);

    /** {@link Assumption#LAG} or {@link Assumption#BENEFIT_YEARS} of one measure. */
    int years(MeasurePlan m, Assumption which);

    /** The multiplier of one unit cost (1 = as stated). */
    BigDecimal unitCostFactor(UnitCostPlan c);
  }

  /** Every input at its central value. */
  static final Values CENTRAL = new Central();

  private static class Central implements Values {
    @Override
    public BigDecimal value(MeasurePlan m, Assumption which) {
      return m.estimate(which).central();
    }

    @Override
    public int years(MeasurePlan m, Assumption which) {
      return m.years(which)[1];
    }

    @Override
    public BigDecimal unitCostFactor(UnitCostPlan c) {
      return BigDecimal.ONE;
    }
  }

  private static final Estimate ZERO = Estimate.of(BigDecimal.ZERO);

  final Appraisal appraisal;
  final GdpDeflator deflator;
  final ImmutableList<MeasurePlan> measures;
  final ImmutableList<UnitCostPlan> unitCosts;
  final ImmutableList<String> defaultsApplied;
  final DiscountSchedule schedule;
  final PriceBasis priceBasis;
  /** The last year any evaluation can reach (longest horizon of every range, and the costs). */
  final int maxHorizon;
  final int lastCostYear;
  final BigDecimal[] discountFactors;
  final Money costPresentValue;
  final ImmutableList<CostLine> costLines;

  private Plan(Appraisal a) {
    this.appraisal = a;
    List<String> defaults = new ArrayList<>();
    this.deflator =
        a.deflator().orElseGet(() -> note(defaults, "GDP deflator", GdpDeflator.defaultSeries()));
    UnitCostCatalogue catalogue =
        a.catalogue().orElseGet(() -> note(defaults, "unit costs", UnitCostCatalogue.defaults()));
    OutcomeCostMapping mapping =
        a.mapping()
            .orElseGet(
                () -> note(defaults, "outcome-to-cost mapping", OutcomeCostMapping.proposedDefault()));
    PriceYearMapping years =
        a.priceYearMapping()
            .orElseGet(() -> note(defaults, "price-year mapping", PriceYearMapping.standard()));
    this.schedule =
        a.discountSchedule()
            .orElseGet(() -> note(defaults, "discount schedule", DiscountSchedule.greenBook()));
    PriceYear base = a.priceBase();
    DomainRuleException.require(
        deflator.covers(base),
        "priceBase",
        "price base %s is outside GDP deflator '%s', which covers %s: choose a price base the"
            + " series covers, or supply a series that covers it",
        base,
        deflator.vintage(),
        deflator.coverage());
    if (a.costOptimismBias().isEmpty()) {
      defaults.add("cost optimism bias not stated: no uplift applied to programme costs");
    }
    ImmutableList.Builder<MeasurePlan> plans = ImmutableList.builder();
    Map<String, UnitCostPlan> costs = new LinkedHashMap<>();
    Set<UnitCost> used = new LinkedHashSet<>();
    Set<Confidence> gradesUsed = new TreeSet<>();
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
      List<MeasureCost> list = mapping.costsFor(m);
      catalogue.checkMeasure(m, list);
      for (MeasureCost mc : list) {
        UnitCost uc = catalogue.get(mc.unitCostCode(), mc.valueType());
        DomainRuleException.require(
            uc.valueType() != ValueType.FISCAL || !uc.agency().equals(Agency.UNSPECIFIED),
            "agency",
            "unit cost %s used for %s has agency '%s': a fiscal saving must name the agency that"
                + " makes it (UnitCost.withAgency)",
            uc.key(),
            m,
            uc.agency());
        UnitCostPlan cp = costs.get(uc.key());
        if (cp == null) {
          cp = unitCostPlan(costs.size(), uc, years, base, a, defaults);
          costs.put(uc.key(), cp);
          gradesUsed.add(uc.uncertaintyGrade());
        }
        cp.measures.add(m);
        used.add(uc);
        BigDecimal perEvent =
            deflator
                .uprate(uc.amount(), cp.priceYear, base)
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
        comps.add(new Component(cp, mc, perEvent, share, wider));
      }
      plans.add(new MeasurePlan(ev, as, comps.build()));
    }
    CostSet.of(used);
    List<Confidence> unstated = new ArrayList<>();
    for (Confidence g : gradesUsed) {
      if (!a.unitCostRanges().containsKey(g)) {
        unstated.add(g);
      }
    }
    if (!unstated.isEmpty()) {
      StringBuilder s = new StringBuilder();
      for (Confidence g : unstated) {
        Estimate r = g.proposedRange();
        s.append(s.length() == 0 ? "" : ", ")
            .append(g.word())
            .append(" ")
            .append(r.low().toPlainString())
            .append(" to ")
            .append(r.high().toPlainString());
      }
      defaults.add(
          "unit-cost ranges for uncertainty analysis not stated: the library's proposal used ("
              + s + " times the stated cost); not published guidance");
    }
    this.measures = plans.build();
    this.unitCosts = ImmutableList.copyOf(costs.values());
    List<ProgrammeCost> programme = a.allProgrammeCosts();
    TreeSet<Integer> unpaid = new TreeSet<>();
    int last = 0;
    for (ProgrammeCost pc : programme) {
      last = Math.max(last, pc.year());
      if (pc.agency().equals(Agency.UNSPECIFIED)) {
        unpaid.add(pc.year());
      }
    }
    if (!unpaid.isEmpty()) {
      defaults.add(
          "programme costs in years " + unpaid + " have no paying agency: reported under '"
              + Agency.UNSPECIFIED + "' (state it with Appraisal.Builder.addProgrammeCost)");
    }
    this.lastCostYear = last;
    int maxYear = last;
    for (MeasurePlan m : measures) {
      maxYear = Math.max(maxYear, a.firstBenefitYear() + m.benefitYears[2] - 1);
    }
    this.maxHorizon = maxYear;
    this.defaultsApplied = ImmutableList.copyOf(new LinkedHashSet<>(defaults));
    this.discountFactors = new BigDecimal[maxHorizon + 1];
    for (int t = 0; t <= maxHorizon; t++) {
      discountFactors[t] = schedule.factor(t, a.midYear());
    }
    this.priceBasis = priceBasis(base);
    BigDecimal uplift = BigDecimal.ONE.add(a.costOptimismBias().orElse(BigDecimal.ZERO));
    TreeMap<Integer, TreeMap<Agency, Money>> byYear = new TreeMap<>();
    for (ProgrammeCost pc : programme) {
      byYear.computeIfAbsent(pc.year(), y -> new TreeMap<>())
          .merge(pc.agency(), pc.amount(), Money::plus);
    }
    ImmutableList.Builder<CostLine> cl = ImmutableList.builder();
    Money pvc = Money.ZERO;
    for (Map.Entry<Integer, TreeMap<Agency, Money>> y : byYear.entrySet()) {
      int t = y.getKey();
      for (Map.Entry<Agency, Money> e : y.getValue().entrySet()) {
        Money cost = e.getValue().times(uplift);
        Money pv = cost.times(discountFactors[t]);
        pvc = pvc.plus(pv);
        cl.add(
            CostLine.builder()
                .year(t)
                .agency(e.getKey())
                .cost(cost)
                .discountFactor(discountFactors[t])
                .presentValue(pv)
                .explanation(
                    Explanation.builder()
                        .label("programme cost PV, " + e.getKey() + ", year " + t)
                        .value(pv.toString())
                        .formula("cost × (1 + OB_cost) × DF[t]")
                        .putInputs("cost", e.getValue().toString())
                        .putInputs("paid by", e.getKey().name())
                        .putInputs("OB_cost", uplift.subtract(BigDecimal.ONE).toPlainString())
                        .putInputs("DF[t]", discountFactors[t].toPlainString())
                        .putInputs("prices", "real " + base + " prices")
                        .addSteps(schedule.explainFactor(t, a.midYear()))
                        .build())
                .build());
      }
    }
    this.costPresentValue = pvc;
    this.costLines = cl.build();
  }

  private UnitCostPlan unitCostPlan(
      int index,
      UnitCost uc,
      PriceYearMapping years,
      PriceYear base,
      Appraisal a,
      List<String> defaults) {
    PriceYear py;
    Optional<String> reading;
    if (PriceYear.isFinancialYear(uc.sourcePriceYear())) {
      // A financial year needs no reading (even if a caller confirmed it on the row).
      py = uc.priceYear().orElseThrow();
      reading = Optional.empty();
    } else if (uc.priceYear().isPresent()) {
      py = uc.priceYear().get();
      reading = uc.priceYearRule();
    } else {
      py = years.require(uc.sourcePriceYear(), "unit cost " + uc.key());
      reading = years.rule(uc.sourcePriceYear());
    }
    if (!py.equals(base)) {
      DomainRuleException.require(
          deflator.covers(py),
          "priceYear",
          "unit cost %s has price year %s, which is missing from GDP deflator '%s' (covers %s):"
              + " supply a series that covers it",
          uc.key(),
          py,
          deflator.vintage(),
          deflator.coverage());
    }
    if (uc.confidence().isEmpty()) {
      defaults.add("unit cost " + uc.key() + " has no confidence grade: varied as uncertain");
    }
    Confidence grade = uc.uncertaintyGrade();
    Estimate range = a.unitCostRanges().getOrDefault(grade, grade.proposedRange());
    return new UnitCostPlan(
        index, uc, py, reading, deflator.explainUprate(uc.amount(), py, base), range);
  }

  private PriceBasis priceBasis(PriceYear base) {
    PriceBasis.Builder b =
        PriceBasis.builder()
            .priceBase(base)
            .deflatorVintage(deflator.vintage())
            .deflatorPublished(deflator.published())
            .deflatorBaseYear(deflator.baseYear())
            .deflatorSource(deflator.source());
    List<PriceYear> usedYears = new ArrayList<>();
    usedYears.add(base);
    for (UnitCostPlan c : unitCosts) {
      if (!c.priceYear.equals(base)) {
        usedYears.add(c.priceYear);
      }
      c.priceYearReading.ifPresent(r -> b.addPriceYearReadings(c.key() + ": " + r));
      if (c.unitCost.recency().orElse(Recency.CURRENT) == Recency.OLD) {
        b.addOldUnitCosts(c.key() + ", " + c.unitCost.sourcePriceYear());
      }
    }
    for (PriceYear y : usedYears) {
      if (deflator.isForecast(y)) {
        b.addForecastYearsUsed(y);
      }
      if (deflator.isDerived(y)) {
        b.addDerivedYearsUsed(y);
      }
    }
    return b.build();
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
      return ((GdpDeflator) value).describe();
    }
    if (value instanceof DiscountSchedule) {
      return ((DiscountSchedule) value).name();
    }
    if (value instanceof OutcomeCostMapping) {
      return "proposal, see OutcomeCostMapping.proposedDefault";
    }
    if (value instanceof PriceYearMapping) {
      return "PriceYearMapping.standard: a month is read as the financial year containing it, a"
          + " calendar year as the financial year starting in its April";
    }
    return "unit-costs-current.csv and unit-costs.csv";
  }

  private static void listIfEmpty(
      List<String> defaults, Optional<Estimate> e, String what, String measure) {
    if (e.isEmpty()) {
      defaults.add(what + " for " + measure + " not stated: 0 applied");
    }
  }

  /** The exact evaluation with the given values. */
  CostAvoidanceResult evaluate(Values values) {
    List<BenefitLine> lines = new ArrayList<>();
    List<BenefitLine> fiscal = new ArrayList<>();
    List<BenefitLine> wider = new ArrayList<>();
    int first = appraisal.firstBenefitYear();
    int horizon = lastCostYear;
    Formula.Arithmetic<BigDecimal> x = Formula.EXACT;
    for (MeasurePlan m : measures) {
      BigDecimal a = values.value(m, Assumption.EVENTS);
      BigDecimal d = values.value(m, Assumption.DEADWEIGHT);
      BigDecimal disp = values.value(m, Assumption.DISPLACEMENT);
      BigDecimal att = values.value(m, Assumption.ATTRIBUTION);
      BigDecimal ob = values.value(m, Assumption.OPTIMISM_BIAS);
      BigDecimal p = values.value(m, Assumption.DROP_OFF);
      int lag = values.years(m, Assumption.LAG);
      int years = values.years(m, Assumption.BENEFIT_YEARS);
      horizon = Math.max(horizon, first + years - 1);
      BigDecimal netEvents1 = Formula.netEvents(x, a, d, disp, att, m.skipDeadweight);
      BigDecimal keepOb = Formula.keepAfterOptimismBias(x, ob);
      for (int k = 1; k <= years; k++) {
        int t = first + k - 1;
        BigDecimal prof = Formula.profile(x, k, lag, p);
        BigDecimal netEvents = netEvents1.multiply(prof);
        BigDecimal df = discountFactors[t];
        for (Component c : m.components) {
          BigDecimal factor = values.unitCostFactor(c.cost);
          BigDecimal perEvent = c.costPerEvent.multiply(factor);
          Money gross = Money.of(a.multiply(perEvent).multiply(prof));
          Money net = Money.of(netEvents.multiply(perEvent).multiply(keepOb));
          Money pv = net.times(df);
          BenefitLine line =
              BenefitLine.builder()
                  .year(t)
                  .benefitYear(k)
                  .measureCode(m.code())
                  .unitCostCode(c.unitCost().code())
                  .valueType(c.unitCost().valueType())
                  .agency(c.unitCost().agency())
                  .transferPayment(c.unitCost().transferPayment())
                  .netEvents(netEvents)
                  .grossBenefit(gross)
                  .netBenefit(net)
                  .discountFactor(df)
                  .presentValue(pv)
                  .cashableShare(c.cashableShare)
                  .explanation(
                      explain(m, c, k, t, lag, a, d, disp, att, ob, p, factor, perEvent, gross, net,
                          pv, df))
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
        .priceBasis(priceBasis)
        .build();
  }

  private Explanation explain(
      MeasurePlan m,
      Component c,
      int k,
      int t,
      int lag,
      BigDecimal a,
      BigDecimal d,
      BigDecimal disp,
      BigDecimal att,
      BigDecimal ob,
      BigDecimal p,
      BigDecimal factor,
      BigDecimal perEvent,
      Money gross,
      Money net,
      Money pv,
      BigDecimal df) {
    UnitCost uc = c.unitCost();
    Explanation.Builder b =
        Explanation.builder()
            .label(
                "benefit PV, " + m.code() + ", " + uc.key() + ", " + uc.agency() + ", year " + t)
            .value(pv.toString())
            .formula(
                "A × (1-d) × (1-disp) × (1-att) × UC × I[B]/I[P] × multiplier/divisor"
                    + " × (1-OB) × (1-p)^(k-1-L) × DF[t]")
            .putInputs("A (events avoided, benefit year 1)", a.toPlainString())
            .putInputs("origin", m.events.origin().name())
            .putInputs("derivation", m.events.derivation())
            .putInputs(
                "d (deadweight)", m.skipDeadweight ? "skipped (comparison group)" : d.toPlainString())
            .putInputs("disp (displacement)", disp.toPlainString())
            .putInputs("att (attribution)", att.toPlainString())
            .putInputs(
                "unit cost",
                uc.key() + " " + uc.amount() + " " + uc.unitLabel() + ", " + uc.description())
            .putInputs("unit cost grading", uc.grading())
            .putInputs("source price year", uc.sourcePriceYear())
            .putInputs("price year used", c.cost.priceYear.toString())
            .putInputs("price base", appraisal.priceBase().toString())
            .putInputs(
                "multiplier/divisor",
                c.measureCost.multiplier().toPlainString()
                    + "/"
                    + c.measureCost.divisor().toPlainString());
    if (factor.compareTo(BigDecimal.ONE) != 0) {
      b.putInputs("unit-cost multiplier (uncertainty analysis)", factor.toPlainString());
    }
    b.putInputs("cost per event (price base)", Money.of(perEvent).toString())
        .putInputs("OB (optimism bias)", ob.toPlainString())
        .putInputs("k (benefit year)", Integer.toString(k))
        .putInputs("L (lag)", Integer.toString(lag))
        .putInputs("p (drop-off)", p.toPlainString())
        .putInputs("gross benefit", gross.toString())
        .putInputs("net benefit", net.toString())
        .putInputs("DF[t]", df.toPlainString())
        .putInputs("cashable share", c.cashableShare.toPlainString());
    c.cost.priceYearReading.ifPresent(r -> b.addSteps(Explanation.of("price year read", r)));
    return b.addSteps(c.cost.uprating, schedule.explainFactor(t, appraisal.midYear())).build();
  }

  /** Overrides one estimate of one measure, every other input central. */
  static Values override(String measureCode, Assumption which, BigDecimal value) {
    return new Central() {
      @Override
      public BigDecimal value(MeasurePlan m, Assumption w) {
        return m.code().equals(measureCode) && w == which ? value : super.value(m, w);
      }
    };
  }

  /** Overrides the lag or benefit years of one measure, every other input central. */
  static Values overrideYears(String measureCode, Assumption which, int value) {
    return new Central() {
      @Override
      public int years(MeasurePlan m, Assumption w) {
        return m.code().equals(measureCode) && w == which ? value : super.years(m, w);
      }
    };
  }

  /** Multiplies one unit cost by {@code factor}, every other input central. */
  static Values overrideUnitCost(String key, BigDecimal factor) {
    return new Central() {
      @Override
      public BigDecimal unitCostFactor(UnitCostPlan c) {
        return c.key().equals(key) ? factor : BigDecimal.ONE;
      }
    };
  }
}
