package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * uses: see {@link CostSet}.
 *
 * <p>{@link #defaults()} is built from the shipped copy of unit-costs.csv (UCD v1.4 rows, Verified (UCD);
 * other rows carry their own source and label). Callers extend or replace rows with {@link #with}, map
 * non-financial price-year labels with {@link #withPriceYears}, and list the rows still unmapped with
 * {@link #unmappedPriceYears()}.
 */
@Value.Immutable
public abstract class UnitCostCatalogue {

  private static final Pattern CONSTITUENT = Pattern.compile("^.*Constituent of ([^;\\s]+);.*$");

  public abstract ImmutableList<UnitCost> costs();

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

  /** The shipped reference rows from unit-costs.csv, with no price-year mapping. */
  public static UnitCostCatalogue defaults() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final UnitCostCatalogue DEFAULT = fromCsvRows(Csv.readResource("unit-costs.csv"));
  }

  /** Reads rows in the unit-costs.csv layout (header first). */
  static UnitCostCatalogue fromCsvRows(List<List<String>> rows) {
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
              .amount(Money.of(new BigDecimal(r.get(5))))
              .sourcePriceYear(r.get(6))
              .rag(r.get(7).isBlank() ? Optional.empty() : Optional.of(Rag.parse(r.get(7))))
              .source(r.get(8))
              .notes(notes);
      if (m.matches()) {
        b.parentCode(m.group(1));
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
                    String.format("no unit cost %s (%s) in the catalogue", SafeText.bounded(code), valueType)));
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

  /** This catalogue with every row whose label the mapping resolves given that financial year. */
  public UnitCostCatalogue withPriceYears(PriceYearMapping mapping) {
    return map(
        c -> {
          if (c.priceYear().isPresent()) {
            return c;
          }
          return mapping
              .resolve(c.sourcePriceYear())
              .map(c::withMappedPriceYear)
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
    return costs().stream()
        .filter(c -> c.priceYear().isEmpty())
        .map(c -> c.key() + ": '" + c.sourcePriceYear() + "'")
        .collect(ImmutableList.toImmutableList());
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
