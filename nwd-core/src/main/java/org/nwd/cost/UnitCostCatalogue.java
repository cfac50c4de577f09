package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A reference table of unit costs keyed by (code, value type), like the UCD itself: it may hold a
 * headline row and its constituents side by side. The "never both" rule applies to what an appraisal
 * uses: see {@link #checkMapping} and {@link CostSet}.
 *
 * <p>{@link #defaults()} is built from three shipped files (copies of the domain reference, December
 * 2026):
 *
 * <ul>
 *   <li>{@code unit-costs-current.csv}: the newest figures found for the standard outcomes
 *       (unit-costs-current.md), each with value, unit, price year, agency, value type, confidence
 *       (primary, secondary, uncertain as that file grades it), citation (edition and table) and URL,
 *       all {@link Recency#CURRENT}; for example A&amp;E 280 per attendance (PSSRU 2025, 2024/25
 *       prices), a residential placement 6,108 a week (CCN, 2024), the Home Office costs of crime
 *       2019/20 split into police and criminal justice response (fiscal), consequences (social) and
 *       anticipation (economic);
 *   <li>{@code unit-costs.csv}: the GMCA UCD v1.4 rows (Verified (UCD), 2002/03-2013/14 prices) and
 *       the other older rows of the reference, all {@link Recency#OLD} except L-NCC-AE (2023/24). Where
 *       no current figure was found (missing-person investigation 2012, arrest and custody 2006/07,
 *       youth justice, secure places, CAMHS 2013/14, children's social worker 2013/14, NEET per year
 *       2010/11) these are the newest available and are labelled old;
 *   <li>{@code unit-costs-grades.csv}: the confidence grade and recency of each row of
 *       unit-costs.csv, with the reason (UCD rows primary, read from the workbook; others as their notes
 *       say).
 * </ul>
 *
 * <p>Nothing is estimated by the library: every figure is as its source gives it, in its own price
 * year. Callers extend or replace rows with {@link #with}, name a bearer with {@link
 * UnitCost#withAgency}, fix price-year readings with {@link #withPriceYears}, and list the labels a
 * mapping cannot read with {@link #unresolvedPriceYears}.
 */
@Value.Immutable
public abstract class UnitCostCatalogue {

  private static final Pattern CONSTITUENT = Pattern.compile("^.*Constituent of ([^;\\s]+);.*$");

  public abstract ImmutableList<UnitCost> costs();

  /** The number of unit costs, not the costs: the catalogue is long, and a log line is not. */
  @Override
  public String toString() {
    return "UnitCostCatalogue{" + costs().size() + " unit costs}";
  }

  @Value.Check
  void check() {
    Set<String> keys = new HashSet<>();
    for (UnitCost c : costs()) {
      DomainRuleException.require(
          keys.add(c.key()), "costs", "unit cost %s appears twice in the catalogue", c.key());
    }
  }

  /** A catalogue of the given rows. */
  public static UnitCostCatalogue of(Iterable<UnitCost> costs) {
    return builder().addAllCosts(costs).build();
  }

  /** The shipped reference rows: current rows first, then the GMCA v1.4 and other older rows. */
  public static UnitCostCatalogue defaults() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final UnitCostCatalogue DEFAULT =
        fromCurrentCsvRows(Csv.readResource("unit-costs-current.csv"))
            .withAll(
                fromCsvRows(
                        Csv.readResource("unit-costs.csv"),
                        grades(Csv.readResource("unit-costs-grades.csv")))
                    .costs());
  }

  /** (code, value type) to [confidence, recency] from unit-costs-grades.csv. */
  static Map<String, List<String>> grades(List<List<String>> rows) {
    Map<String, List<String>> out = new HashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      out.put(r.get(0) + " (" + ValueType.parse(r.get(1)) + ")", List.of(r.get(2), r.get(3)));
    }
    return out;
  }

  /** Reads rows in the unit-costs.csv layout (header first), graded by {@code grades}. */
  static UnitCostCatalogue fromCsvRows(List<List<String>> rows, Map<String, List<String>> grades) {
    List<UnitCost> costs = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      String notes = r.get(9);
      Matcher m = CONSTITUENT.matcher(notes);
      UnitCost.Builder b =
          UnitCost.builder()
              .code(r.get(0))
              .description(r.get(1))
              .unit(CostUnit.fromLabel(r.get(2)))
              .unitLabel(r.get(2))
              .agency(Agency.of(r.get(3)))
              .valueType(ValueType.parse(r.get(4)))
              .amount(Money.of(r.get(5)))
              .sourcePriceYear(r.get(6))
              .rag(r.get(7).isBlank() ? Optional.empty() : Optional.of(Rag.parse(r.get(7))))
              .source(r.get(8))
              .notes(notes);
      if (m.matches()) {
        b.parentCode(m.group(1));
      }
      String key = r.get(0) + " (" + ValueType.parse(r.get(4)) + ")";
      List<String> grade = grades.get(key);
      if (grade == null) {
        throw DomainRuleException.at(
            "confidence", "confidence", "unit cost %s has no confidence grade in the grades file", key);
      }
      b.confidence(Confidence.parse(grade.get(0))).recency(Recency.parse(grade.get(1)));
      costs.add(b.build());
    }
    return of(costs);
  }

  /** Reads rows in the unit-costs-current.csv layout (header first). */
  static UnitCostCatalogue fromCurrentCsvRows(List<List<String>> rows) {
    List<UnitCost> costs = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      UnitCost.Builder b =
          UnitCost.builder()
              .code(r.get(0))
              .description(r.get(1))
              .unit(CostUnit.fromLabel(r.get(2)))
              .unitLabel(r.get(2))
              .agency(Agency.of(r.get(3)))
              .valueType(ValueType.parse(r.get(4)))
              .amount(Money.of(r.get(5)))
              .sourcePriceYear(r.get(6))
              .confidence(Confidence.parse(r.get(7)))
              .recency(Recency.parse(r.get(8)))
              .citation(r.get(9))
              .source(r.get(10))
              .notes(r.get(12));
      if (!r.get(11).isBlank()) {
        b.parentCode(r.get(11));
      }
      costs.add(b.build());
    }
    return of(costs);
  }

  /** The row for (code, value type), or a clear error naming both. */
  public UnitCost get(String code, ValueType valueType) {
    return find(code, valueType)
        .orElseThrow(
            () ->
                new DomainRuleException(
                    "unitCost",
                    String.format(
                        "no unit cost %s (%s) in the catalogue", SafeText.bounded(code), valueType)));
  }

  public Optional<UnitCost> find(String code, ValueType valueType) {
    return costs().stream()
        .filter(c -> c.code().equals(code) && c.valueType() == valueType)
        .findFirst();
  }

  /** This catalogue with {@code cost} added, replacing any row with the same key. */
  public UnitCostCatalogue with(UnitCost cost) {
    List<UnitCost> out = new ArrayList<>();
    boolean replaced = false;
    for (UnitCost c : costs()) {
      if (c.key().equals(cost.key())) {
        out.add(cost);
        replaced = true;
      } else {
        out.add(c);
      }
    }
    if (!replaced) {
      out.add(cost);
    }
    return of(out);
  }

  /** This catalogue with the rows of {@code other} added or replacing rows with the same key. */
  public UnitCostCatalogue withAll(Iterable<UnitCost> other) {
    UnitCostCatalogue out = this;
    for (UnitCost c : other) {
      out = out.with(c);
    }
    return out;
  }

  /**
   * This catalogue with every row whose label the mapping resolves given that financial year, and the
   * rule that read it (for explanations). Rows already in a financial year are unchanged.
   */
  public UnitCostCatalogue withPriceYears(PriceYearMapping mapping) {
    return map(
        c -> {
          if (c.priceYear().isPresent()) {
            return c;
          }
          String label = c.sourcePriceYear();
          return mapping
              .resolve(label)
              .map(y -> c.withMappedPriceYear(y, mapping.rule(label).orElseThrow()))
              .orElse(c);
        });
  }

  /** This catalogue with the named fiscal rows flagged as transfer payments (caller's judgement). */
  public UnitCostCatalogue withTransferPayments(String... codes) {
    Set<String> set = Set.of(codes);
    for (String code : codes) {
      get(code, ValueType.FISCAL);
    }
    return map(
        c ->
            set.contains(c.code()) && c.valueType() == ValueType.FISCAL
                ? c.withTransferPayment(true)
                : c);
  }

  /** Rows whose price year is not a financial year and has not been mapped, as "code (TYPE): 'label'". */
  public ImmutableList<String> unmappedPriceYears() {
    return unresolvedPriceYears(PriceYearMapping.none());
  }

  /**
   * Rows whose price year neither is a financial year, nor was mapped on the row, nor resolves with
   * {@code mapping}, as "code (TYPE): 'label'": the rows an appraisal with that mapping cannot use.
   */
  public ImmutableList<String> unresolvedPriceYears(PriceYearMapping mapping) {
    return costs().stream()
        .filter(c -> c.priceYear().isEmpty() && mapping.resolve(c.sourcePriceYear()).isEmpty())
        .map(c -> c.key() + ": '" + c.sourcePriceYear() + "'")
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks {@code mapping} against this catalogue: every unit cost it names exists, and no measure is
   * valued with a headline cost together with any of its constituents (same value type), which would
   * count the saving twice (methods.md §3.7, "never both").
   *
   * @throws DomainRuleException naming the measure and the two rows
   */
  public void checkMapping(OutcomeCostMapping mapping) {
    mapping.costs().forEach(this::checkMeasure);
  }

  /** {@link #checkMapping} for one measure's unit costs. */
  void checkMeasure(String measure, List<MeasureCost> list) {
    Set<String> keys = new HashSet<>();
    for (MeasureCost mc : list) {
      keys.add(get(mc.unitCostCode(), mc.valueType()).key());
    }
    for (MeasureCost mc : list) {
      UnitCost c = get(mc.unitCostCode(), mc.valueType());
      if (c.parentCode().isPresent()) {
        String parentKey = c.parentCode().get() + " (" + c.valueType() + ")";
        DomainRuleException.require(
            !keys.contains(parentKey),
            "mapping",
            "mapping for %s counts headline %s together with its constituent %s: use one or the"
                + " other, never both",
            measure,
            parentKey,
            c.key());
      }
    }
  }

  private UnitCostCatalogue map(UnaryOperator<UnitCost> f) {
    List<UnitCost> out = new ArrayList<>();
    for (UnitCost c : costs()) {
      out.add(f.apply(c));
    }
    return of(out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitCostCatalogue}. */
  public static final class Builder extends ImmutableUnitCostCatalogue.Builder {}
}
