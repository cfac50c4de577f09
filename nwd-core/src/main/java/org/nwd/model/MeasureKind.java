package org.nwd.model;

/** What an outcome measure records: counted events, days, a status held over periods, or a score. */
public enum MeasureKind {
  EVENT_COUNT("event_count"),
  DAYS("days"),
  STATUS("status"),
  SCORE("score");

  private final String code;

  MeasureKind(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static MeasureKind fromCode(String code) {
    return Checks.fromCode(values(), MeasureKind::code, code, "measure kind");
  }
}
