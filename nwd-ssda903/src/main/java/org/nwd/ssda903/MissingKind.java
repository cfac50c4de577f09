package org.nwd.ssda903;

import org.jspecify.annotations.Nullable;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.StandardMeasures;

/**
 * The SSDA903 {@code MISSING} code (data-standards.md section 4.1): {@code M} missing from care
 * (whereabouts unknown) or {@code A} away from placement without authorisation (whereabouts known).
 * Each is its own measure; neither is the police "absent" category.
 */
public enum MissingKind {
  /** {@code M}: missing from care. */
  MISSING("M", StandardMeasures.MISSING_INCIDENTS),
  /** {@code A}: away from placement without authorisation. */
  AWAY("A", StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS);

  private final String code;
  private final OutcomeMeasure measure;

  MissingKind(String code, OutcomeMeasure measure) {
    this.code = code;
    this.measure = measure;
  }

  /** The 903 code, {@code M} or {@code A}. */
  public String code() {
    return code;
  }

  /** The event-count measure an episode of this kind is counted in. */
  public OutcomeMeasure measure() {
    return measure;
  }

  static @Nullable MissingKind ofCode(String code) {
    return "M".equals(code) ? MISSING : "A".equals(code) ? AWAY : null;
  }
}
