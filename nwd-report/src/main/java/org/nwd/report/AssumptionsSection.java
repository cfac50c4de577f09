package org.nwd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nwd.cost.Appraisal;
import org.nwd.cost.BenefitLine;
import org.nwd.cost.Confidence;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.ProgrammeCost;
import org.nwd.cost.UnitCost;

/**
 * Every assumption behind the cost figures, in tables a reader can check: the appraisal's settings,
 * the programme costs, each measure's assumptions (a range where uncertainty analysis varies them),
 * each unit cost used with its source, price year and agency, and the defaults the model applied.
 */
final class AssumptionsSection {
  private AssumptionsSection() {}

  static Section of(String id, Appraisal a, CostAvoidanceResult r, Context c) {
    Table settings = settings(id + "-settings", a, r);
    Table costs = programmeCosts(id + "-programme-costs", a);
    Table measures = measures(id + "-measures", a, c);
    Table units = unitCosts(id + "-unit-costs", r, c);
    Table defaults = defaults(id + "-defaults", r, c);
    StringBuilder body = new StringBuilder();
    body.append("<p>The cost figures rest on these inputs. Each is a judgement or a published")
        .append(" figure; where uncertainty analysis varies one, its range is shown as low to high")
        .append(" around the central value used.</p>\n");
    settings.appendHtml(body);
    costs.appendHtml(body);
    measures.appendHtml(body);
    units.appendHtml(body);
    defaults.appendHtml(body);
    Blocks.method(body,
        "Deadweight is the share of the change that would have happened anyway, displacement the"
            + " share moved elsewhere, attribution the share due to other services, optimism bias"
            + " the cut for over-optimistic estimates, drop-off the share of the effect lost each"
            + " year after the first. A unit cost is uprated from its price year to the price base"
            + " with the GDP deflator. Future years are discounted at the Green Book rate unless"
            + " another schedule is stated.");
    return new Section(id, "assumptions", "Assumptions behind the cost figures", body.toString(),
        List.of(settings, costs, measures, units, defaults));
  }

  private static Table settings(String id, Appraisal a, CostAvoidanceResult r) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(row("Price base", "real " + a.priceBase() + " prices"));
    r.priceBasis().ifPresent(p -> rows.add(row("GDP deflator", p.deflatorVintage()
        + p.deflatorBaseYear().map(b -> ", " + b + " = 100").orElse("")
        + (p.forecastYearsUsed().isEmpty() ? "" : "; forecast years used: "
            + String.join(", ", p.forecastYearsUsed().stream().map(Object::toString).toList())))));
    rows.add(row("First benefit year", "appraisal year " + a.firstBenefitYear()
        + (a.firstBenefitYear() == 0 ? " (not discounted)" : " (discounted once)")));
    rows.add(row("Timing of flows", a.midYear() ? "mid-year" : "end of year"));
    rows.add(row("Discounting", a.discountSchedule().map(AssumptionsSection::schedule)
        .orElse(schedule(DiscountSchedule.greenBook()) + " (default)")));
    rows.add(row("Optimism bias on costs", a.costOptimismBias().map(Num::statedPercent)
        .orElse("none stated")));
    rows.add(row("Transfer payments in the wider case", a.excludeTransferPaymentsFromWiderCase()
        ? "left out" : "counted"));
    for (Confidence g : Confidence.values()) {
      Estimate e = a.unitCostRanges().getOrDefault(g, g.proposedRange());
      rows.add(row("Unit-cost range, " + g.word() + " grade", "\u00d7" + Num.plain(e.low())
          + " to \u00d7" + Num.plain(e.high())
          + (a.unitCostRanges().containsKey(g) ? "" : " (library's proposal)")));
    }
    return new Table(id, "Appraisal settings", List.of("Setting", "Value"), rows);
  }

  private static String schedule(DiscountSchedule d) {
    List<String> bands = new ArrayList<>();
    List<Map.Entry<Integer, BigDecimal>> entries = new ArrayList<>(d.bands().entrySet());
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<Integer, BigDecimal> e = entries.get(i);
      String to = i + 1 < entries.size() ? "-" + (entries.get(i + 1).getKey() - 1) : "+";
      bands.add(Num.statedPercent(e.getValue()) + " in years " + e.getKey() + to);
    }
    return d.name() + ": " + String.join(", ", bands);
  }

  private static Table programmeCosts(String id, Appraisal a) {
    List<Table.Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (ProgrammeCost p : a.allProgrammeCosts()) {
      rows.add(new Table.Row("Year " + p.year(), List.of(Cell.text(p.agency().name()),
          money(p.amount().amount()))));
      total = total.add(p.amount().amount());
    }
    rows.add(new Table.Row("Total (undiscounted)", List.of(Cell.text(""), money(total))));
    return new Table(id, "Programme costs in price-base prices, by appraisal year and the agency"
        + " that pays (before optimism bias and discounting; whole pounds)",
        List.of("Appraisal year", "Paid by", "Cost"), rows);
  }

  private static Table measures(String id, Appraisal a, Context c) {
    List<Table.Row> rows = new ArrayList<>();
    for (MeasureAssumptions m : a.assumptions()) {
      Optional<EventsAvoided> events = a.events().stream()
          .filter(e -> e.measureCode().equals(m.measureCode())).findFirst();
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(events.map(e -> range(e.events(), false)).orElse("none")));
      cells.add(Cell.text(share(m.deadweight())
          + (events.isPresent() && events.get().origin() == EventsOrigin.DIFFERENCE_IN_DIFFERENCES
              ? " (not applied: comparison group)" : "")));
      cells.add(Cell.text(share(m.displacement())));
      cells.add(Cell.text(share(m.attribution())));
      cells.add(Cell.text(share(m.optimismBias())));
      cells.add(Cell.text(share(m.dropOff())));
      int[] lag = m.lagRange();
      cells.add(Cell.text(years(lag)));
      cells.add(Cell.text(years(m.benefitYearsRange())));
      List<String> cash = new ArrayList<>();
      m.cashableShares().forEach((agency, s) -> cash.add(agency.name() + " "
          + Num.statedPercent(s)));
      cells.add(Cell.text(cash.isEmpty() ? "none stated" : String.join("; ", cash)));
      rows.add(new Table.Row(Headline.capitalise(c.measureName(m.measureCode())), cells));
    }
    return new Table(id, "Assumptions per measure: central value, with the low to high range that"
        + " uncertainty analysis uses", List.of("Measure", "Events avoided in benefit year 1",
        "Deadweight", "Displacement", "Attribution", "Optimism bias", "Drop-off a year",
        "Lag (years)", "Benefit years", "Cashable share by agency"), rows);
  }

  /** "30% (10% to 50%)", or "not stated (0% applied)". */
  private static String share(Optional<Estimate> e) {
    return e.map(x -> range(x, true)).orElse("not stated (0% applied)");
  }

  private static String range(Estimate e, boolean percent) {
    String central = percent ? Num.statedPercent(e.central()) : Num.whole(e.central().doubleValue());
    if (e.isFixed()) {
      return central;
    }
    return central + " (" + (percent ? Num.statedPercent(e.low()) : Num.whole(e.low().doubleValue()))
        + " to " + (percent ? Num.statedPercent(e.high()) : Num.whole(e.high().doubleValue())) + ")";
  }

  private static String years(int[] r) {
    return r[0] == r[2] ? Integer.toString(r[1]) : r[1] + " (" + r[0] + " to " + r[2] + ")";
  }

  private static Table unitCosts(String id, CostAvoidanceResult r, Context c) {
    Map<String, TreeSet<String>> used = new TreeMap<>();
    Map<String, String[]> keys = new TreeMap<>();
    for (BenefitLine l : r.benefitLines()) {
      String key = l.unitCostCode() + " (" + l.valueType() + ")";
      used.computeIfAbsent(key, k -> new TreeSet<>()).add(c.measureName(l.measureCode()));
      keys.put(key, new String[] {l.unitCostCode(), l.valueType().name()});
    }
    List<Table.Row> rows = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : used.entrySet()) {
      String[] k = Objects.requireNonNull(keys.get(e.getKey()));
      Optional<UnitCost> u = c.unitCost(k[0], k[1]);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(u.map(UnitCost::description).orElse("not in the catalogue")));
      cells.add(Cell.text(String.join(", ", e.getValue())));
      cells.add(u.map(x -> money(x.amount().amount())).orElse(Cell.text("n/a")));
      cells.add(Cell.text(u.map(UnitCost::unitLabel).orElse("n/a")));
      cells.add(Cell.text(u.map(x -> x.sourcePriceYear()
          + x.mappedPriceYear().map(y -> " (read as " + y + ")").orElse("")).orElse("n/a")));
      cells.add(Cell.text(u.map(x -> x.agency().name()).orElse("n/a")));
      cells.add(Cell.text(k[1].toLowerCase(java.util.Locale.ROOT)));
      cells.add(Cell.text(u.map(UnitCost::grading).orElse("n/a")));
      cells.add(Cell.text(u.map(x -> x.citation().map(ct -> ct + "; ").orElse("") + x.source())
          .orElse("n/a")));
      rows.add(new Table.Row(k[0], cells));
    }
    return new Table(id, "Unit costs used: value in its own price year (whole pounds), unit,"
        + " agency, value type, how sure the figure is, and where it comes from",
        List.of("Unit cost", "Description", "Measures", "Value", "Unit", "Price year", "Agency",
            "Value type", "Confidence, recency", "Source"), rows);
  }

  private static Table defaults(String id, CostAvoidanceResult r, Context c) {
    List<Table.Row> rows = new ArrayList<>();
    int n = 0;
    for (String d : r.defaultsApplied()) {
      rows.add(new Table.Row(Integer.toString(++n), List.of(Cell.text(c.named(d)))));
    }
    if (rows.isEmpty()) {
      rows.add(new Table.Row("None", List.of(Cell.text("every input was stated"))));
    }
    return new Table(id, "Defaults the model applied where an input was not stated",
        List.of("Default", "What was applied"), rows);
  }

  private static Table.Row row(String setting, String value) {
    return new Table.Row(setting, List.of(Cell.text(value)));
  }

  private static Cell money(BigDecimal v) {
    return Cell.of(Num.pounds(v), Num.poundsPlain(v));
  }
}
