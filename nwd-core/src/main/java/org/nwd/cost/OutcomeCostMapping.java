package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Which unit costs value one avoided event of each outcome measure (keyed by measure code), with the
 * reason for each choice. Editable: {@link #with} replaces a measure's entry, {@link #without} drops it.
 *
 * <p>{@link #proposedDefault()} is a <b>proposal</b> for discussion with finance colleagues, not an
 * evaluated choice (the NWD evaluation's own mapping is not published). It uses the current rows of
 * {@link UnitCostCatalogue#defaults()} where a current figure was found, and otherwise the newest
 * available row, labelled old:
 *
 * <ul>
 *   <li>EXTERNAL_PLACEMENT_DAYS: L-CCN2024-RESIDENTIAL, average residential placement, county councils,
 *       6,108 per child week (2024, current, secondary) / 7 days.
 *   <li>OUT_OF_AREA_PLACEMENT_DAYS: L-NAO2025-CHILDRENS-HOME, average spend per child in a children's
 *       home, 318,400 a year (2023-24, current, primary) / 365 days (no out-of-area cost exists). Do not
 *       count a day both here and as an external placement day.
 *   <li>CRISIS_PRESENTATIONS: L-PSSRU2025-AE, A&amp;E attendance, 280 (2024/25, current, secondary).
 *   <li>MISSING_INCIDENTS: L-UOP-MISSING-MIN, the lower Portsmouth estimate per medium-risk
 *       investigation, 1,325.44 (Aug 2012: old, no newer figure found; the standard price-year mapping
 *       reads it as 2012/13).
 *   <li>ARRESTS: CR7.0's constituents (police, duty solicitor, youth offending service; 2006/07: old,
 *       no current arrest or custody cost found).
 *   <li>CONVICTIONS: CR6.0, court event for a violence offence, under 18 (2008/09: old, no current
 *       youth justice cost found; a proxy for all offences).
 *   <li>ENTRIES_TO_CARE, RE_ENTRIES_TO_CARE: SS2.1, the looked-after process "decide the child needs to
 *       be looked after and find the first placement" (2009/10: old, no current process cost found).
 *       Placement days are valued separately, so this counts only the entry process.
 *   <li>PLACEMENT_MOVES: SS2.5, "find a subsequent placement" (2009/10: old, as above).
 *   <li>IN_EET (events = person-years of NEET avoided): E&amp;E10.0 fiscal constituents (DWP, HMRC, so
 *       the agency split shows) and E&amp;E10.0 economic, lost earnings (2010/11: old, no current
 *       per-year NEET cost found). These fiscal values are arguably transfer payments: flag them with
 *       {@link UnitCostCatalogue#withTransferPayments}.
 * </ul>
 *
 * <p>Only IN_EET carries an economic value by default, so for the other measures the wider case has
 * nothing to add to the financial case (the result says so). Deliberately unmapped (no defensible
 * unit cost in the reference; a caller mapping is needed): POLICE_CALL_OUTS (officer hours per
 * call-out unknown), ABSENT_INCIDENTS (cost of low-risk absences unresolved, methods.md §4.4),
 * CSE_CONCERNS, SUBSTANCE_MISUSE, SDQ_TOTAL_DIFFICULTIES (a score, not an event).
 *
 * <p>{@link #gmcaV14Proposal()} is the earlier proposal built on GMCA UCD v1.4 rows only, kept so
 * figures produced with it can be reproduced.
 */
@Value.Immutable
public abstract class OutcomeCostMapping {

  /** Measure code to the unit costs valuing one avoided event. */
  public abstract ImmutableMap<String, ImmutableList<MeasureCost>> costs();

  /** Measure code to why these costs were chosen. */
  public abstract ImmutableMap<String, String> rationale();

  @Value.Check
  void check() {
    costs()
        .forEach(
            (measure, list) ->
                DomainRuleException.require(
                    !list.isEmpty(), "costs", "mapping for %s lists no unit costs", measure));
  }

  /** The unit costs for {@code measureCode}, or a clear error naming the measure. */
  public ImmutableList<MeasureCost> costsFor(String measureCode) {
    ImmutableList<MeasureCost> list = costs().get(measureCode);
    if (list == null) {
      throw DomainRuleException.at(
          "measureCode", "measureCode", "measure %s has no unit-cost mapping", measureCode);
    }
    return list;
  }

  /** This mapping with the entry for {@code measureCode} set (replacing any). */
  public OutcomeCostMapping with(String measureCode, List<MeasureCost> costs, String why) {
    Map<String, ImmutableList<MeasureCost>> c = new LinkedHashMap<>(costs());
    Map<String, String> r = new LinkedHashMap<>(rationale());
    c.put(measureCode, ImmutableList.copyOf(costs));
    r.put(measureCode, why);
    return builder().putAllCosts(c).putAllRationale(r).build();
  }

  /** This mapping without an entry for {@code measureCode}. */
  public OutcomeCostMapping without(String measureCode) {
    Map<String, ImmutableList<MeasureCost>> c = new LinkedHashMap<>(costs());
    Map<String, String> r = new LinkedHashMap<>(rationale());
    c.remove(measureCode);
    r.remove(measureCode);
    return builder().putAllCosts(c).putAllRationale(r).build();
  }

  /** An empty mapping. */
  public static OutcomeCostMapping empty() {
    return builder().build();
  }

  /** The proposed default described in the class comment (current rows where found). */
  public static OutcomeCostMapping proposedDefault() {
    return withOldRows(empty())
        .with(
            "EXTERNAL_PLACEMENT_DAYS",
            List.of(
                MeasureCost.converted(
                    "L-CCN2024-RESIDENTIAL", ValueType.FISCAL, BigDecimal.ONE, BigDecimal.valueOf(7))),
            "Proposal: average residential placement, county councils (CCN, 2024; current,"
                + " secondary), per child week / 7 days")
        .with(
            "OUT_OF_AREA_PLACEMENT_DAYS",
            List.of(
                MeasureCost.converted(
                    "L-NAO2025-CHILDRENS-HOME",
                    ValueType.FISCAL,
                    BigDecimal.ONE,
                    BigDecimal.valueOf(365))),
            "Proposal: average spend per child in a children's home (NAO, 2023-24; current,"
                + " primary), per year / 365 days; no out-of-area cost exists")
        .with(
            "MISSING_INCIDENTS",
            List.of(MeasureCost.of("L-UOP-MISSING-MIN", ValueType.FISCAL)),
            "Proposal: missing-person investigation, medium risk, realistic minimum (Portsmouth,"
                + " Aug 2012; old: no newer per-investigation cost found)")
        .with(
            "CRISIS_PRESENTATIONS",
            List.of(MeasureCost.of("L-PSSRU2025-AE", ValueType.FISCAL)),
            "Proposal: A&E attendance (PSSRU 2025 manual, Table 6.1.1, 2024/25; current,"
                + " secondary)");
  }

  /**
   * The earlier proposal on GMCA UCD v1.4 rows only (SS3.1 per resident week / 7, the Demos
   * residential unit per month x 12 / 365, HE4.0 A&amp;E 2011/12, and the rows shared with {@link
   * #proposedDefault()}), to reproduce figures produced with it.
   */
  public static OutcomeCostMapping gmcaV14Proposal() {
    return withOldRows(empty())
        .with(
            "EXTERNAL_PLACEMENT_DAYS",
            List.of(
                MeasureCost.converted("SS3.1", ValueType.FISCAL, BigDecimal.ONE, BigDecimal.valueOf(7))),
            "Proposal: voluntary or private children's home, per resident week / 7 days")
        .with(
            "OUT_OF_AREA_PLACEMENT_DAYS",
            List.of(
                MeasureCost.converted(
                    "L-DEMOS-MAINT-RESIDENTIAL",
                    ValueType.FISCAL,
                    BigDecimal.valueOf(12),
                    BigDecimal.valueOf(365))),
            "Proposal: residential unit per month × 12 / 365 days (nearest proxy)")
        .with(
            "MISSING_INCIDENTS",
            List.of(MeasureCost.of("L-UOP-MISSING-MIN", ValueType.FISCAL)),
            "Proposal: missing-person investigation, medium risk, realistic minimum")
        .with(
            "CRISIS_PRESENTATIONS",
            List.of(MeasureCost.of("HE4.0", ValueType.FISCAL)),
            "Proposal: A&E attendance");
  }

  /** The entries both proposals share: GMCA v1.4 rows, the newest found for these items. */
  private static OutcomeCostMapping withOldRows(OutcomeCostMapping m) {
    String old = "; old: no current figure found";
    return m.with(
            "ENTRIES_TO_CARE",
            List.of(MeasureCost.of("SS2.1", ValueType.FISCAL)),
            "Proposal: LAC process 1, decide to look after and find the first placement" + old)
        .with(
            "RE_ENTRIES_TO_CARE",
            List.of(MeasureCost.of("SS2.1", ValueType.FISCAL)),
            "Proposal: LAC process 1, as for a first entry" + old)
        .with(
            "PLACEMENT_MOVES",
            List.of(MeasureCost.of("SS2.5", ValueType.FISCAL)),
            "Proposal: LAC process 5, find a subsequent placement" + old)
        .with(
            "IN_EET",
            List.of(
                MeasureCost.of("L-E&E10.0-DWP", ValueType.FISCAL),
                MeasureCost.of("L-E&E10.0-HMRC", ValueType.FISCAL),
                MeasureCost.of("E&E10.0", ValueType.ECONOMIC)),
            "Proposal: NEET 18-24 per person-year avoided; fiscal split DWP/HMRC plus lost earnings"
                + old)
        .with(
            "ARRESTS",
            List.of(
                MeasureCost.of("L-CR7.0-POLICE", ValueType.FISCAL),
                MeasureCost.of("L-CR7.0-DUTY-SOLICITOR", ValueType.FISCAL),
                MeasureCost.of("L-CR7.0-YOS", ValueType.FISCAL)),
            "Proposal: arrest (detained), split across police, duty solicitor and YOS" + old)
        .with(
            "CONVICTIONS",
            List.of(MeasureCost.of("CR6.0", ValueType.FISCAL)),
            "Proposal: court event, violence offence under 18, as a proxy for any conviction" + old);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeCostMapping}. */
  public static final class Builder extends ImmutableOutcomeCostMapping.Builder {}
}
