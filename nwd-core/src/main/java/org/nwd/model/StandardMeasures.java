package org.nwd.model;

import com.google.common.collect.ImmutableList;

/**
 * The library's standard outcome measures, covering the domains of the 2017 evaluation (nwd-model.md
 * section 9.1). Each constant is an {@link OutcomeMeasure}; {@link OutcomeMeasureCatalogue#standard()}
 * holds them all.
 */
public final class StandardMeasures {
  private StandardMeasures() {}

  public static final OutcomeMeasure ENTRIES_TO_CARE =
      count("ENTRIES_TO_CARE", "entries to care", "entries");
  public static final OutcomeMeasure RE_ENTRIES_TO_CARE =
      count("RE_ENTRIES_TO_CARE", "re-entries to care", "re-entries");
  public static final OutcomeMeasure PLACEMENT_MOVES =
      count("PLACEMENT_MOVES", "placement moves", "moves");
  public static final OutcomeMeasure EXTERNAL_PLACEMENT_DAYS =
      days("EXTERNAL_PLACEMENT_DAYS", "days in external (private or voluntary) placements");
  public static final OutcomeMeasure OUT_OF_AREA_PLACEMENT_DAYS =
      days("OUT_OF_AREA_PLACEMENT_DAYS", "days in placements outside the council area");
  public static final OutcomeMeasure IN_EET =
      status("IN_EET", "in education, employment or training", ImprovementDirection.HIGHER_IS_BETTER);
  public static final OutcomeMeasure ARRESTS = count("ARRESTS", "arrests", "arrests");
  public static final OutcomeMeasure POLICE_CALL_OUTS =
      count("POLICE_CALL_OUTS", "police call-outs", "call-outs");
  public static final OutcomeMeasure CONVICTIONS =
      count("CONVICTIONS", "convictions", "convictions");
  public static final OutcomeMeasure MISSING_INCIDENTS =
      count("MISSING_INCIDENTS", "missing incidents", "incidents");
  public static final OutcomeMeasure ABSENT_INCIDENTS =
      count("ABSENT_INCIDENTS", "absent incidents", "incidents");
  public static final OutcomeMeasure CSE_CONCERNS =
      count("CSE_CONCERNS", "child sexual exploitation concerns", "concerns");
  public static final OutcomeMeasure CRISIS_PRESENTATIONS =
      count("CRISIS_PRESENTATIONS", "crisis presentations (A&E)", "presentations");
  public static final OutcomeMeasure SUBSTANCE_MISUSE =
      status("SUBSTANCE_MISUSE", "substance misuse", ImprovementDirection.LOWER_IS_BETTER);
  /** SDQ total difficulties, 0-40 (data-standards.md section 5). */
  public static final OutcomeMeasure SDQ_TOTAL_DIFFICULTIES =
      OutcomeMeasure.builder()
          .code("SDQ_TOTAL_DIFFICULTIES")
          .name("SDQ total difficulties")
          .kind(MeasureKind.SCORE)
          .unit("points")
          .direction(ImprovementDirection.LOWER_IS_BETTER)
          .scoreMin(0.0)
          .scoreMax(40.0)
          .build();
  /**
   * SSDA903 {@code Missing} episodes of type {@code A}: away from placement without authorisation
   * (whereabouts known). Not the police "absent" category ({@link #ABSENT_INCIDENTS}) and not missing
   * ({@link #MISSING_INCIDENTS}, the 903's {@code M}); data-standards.md section 4.
   */
  public static final OutcomeMeasure AWAY_FROM_PLACEMENT_INCIDENTS =
      count(
          "AWAY_FROM_PLACEMENT_INCIDENTS",
          "away from placement without authorisation incidents",
          "incidents");
  /**
   * SSDA903 {@code OC2.CONVICTED}: convicted, or given a youth caution or youth conditional caution,
   * during the collection year. An annual status, not a count of court events: it is never costed as
   * one.
   */
  public static final OutcomeMeasure CONVICTED_OR_CAUTIONED =
      status(
          "CONVICTED_OR_CAUTIONED",
          "convicted or cautioned during the year",
          ImprovementDirection.LOWER_IS_BETTER);
  /** A care leaver in accommodation recorded as suitable (SSDA903 {@code OC3.ACCOM} digit 1). */
  public static final OutcomeMeasure SUITABLE_ACCOMMODATION =
      status(
          "SUITABLE_ACCOMMODATION",
          "care leaver in suitable accommodation",
          ImprovementDirection.HIGHER_IS_BETTER);

  /** Every standard measure, in the order above. */
  public static ImmutableList<OutcomeMeasure> all() {
    return ImmutableList.of(
        ENTRIES_TO_CARE,
        RE_ENTRIES_TO_CARE,
        PLACEMENT_MOVES,
        EXTERNAL_PLACEMENT_DAYS,
        OUT_OF_AREA_PLACEMENT_DAYS,
        IN_EET,
        ARRESTS,
        POLICE_CALL_OUTS,
        CONVICTIONS,
        MISSING_INCIDENTS,
        ABSENT_INCIDENTS,
        CSE_CONCERNS,
        CRISIS_PRESENTATIONS,
        SUBSTANCE_MISUSE,
        SDQ_TOTAL_DIFFICULTIES,
        AWAY_FROM_PLACEMENT_INCIDENTS,
        CONVICTED_OR_CAUTIONED,
        SUITABLE_ACCOMMODATION);
  }

  private static OutcomeMeasure count(String code, String name, String unit) {
    return simple(code, name, MeasureKind.EVENT_COUNT, unit, ImprovementDirection.LOWER_IS_BETTER);
  }

  private static OutcomeMeasure days(String code, String name) {
    return simple(code, name, MeasureKind.DAYS, "days", ImprovementDirection.LOWER_IS_BETTER);
  }

  private static OutcomeMeasure status(String code, String name, ImprovementDirection direction) {
    return simple(code, name, MeasureKind.STATUS, "young people", direction);
  }

  private static OutcomeMeasure simple(
      String code, String name, MeasureKind kind, String unit, ImprovementDirection direction) {
    return OutcomeMeasure.builder()
        .code(code)
        .name(name)
        .kind(kind)
        .unit(unit)
        .direction(direction)
        .build();
  }
}
