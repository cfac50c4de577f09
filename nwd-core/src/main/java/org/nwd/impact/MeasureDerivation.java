package org.nwd.impact;

import java.util.OptionalDouble;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.YoungPersonRecord;

/**
 * How one measure's value is derived from a young person's record for one window. Replaceable: give
 * an {@link ImpactAnalysis} your own derivation for a measure to change how it is counted.
 *
 * <p>The value's meaning depends on the measure's kind:
 *
 * <ul>
 *   <li>{@link MeasureKind#EVENT_COUNT}: the number of events on days at risk in the window (a whole
 *       number);
 *   <li>{@link MeasureKind#DAYS}: the number of days at risk in the window spent in the state;
 *   <li>{@link MeasureKind#SCORE}: the latest score in the window, empty when there is none;
 *   <li>{@link MeasureKind#STATUS}: 1 when in the status at the end of the window, 0 when not, empty
 *       when unknown.
 * </ul>
 *
 * <p>See {@link Derivations} for the library's derivations.
 */
public interface MeasureDerivation {

  /** The measure derived. */
  OutcomeMeasure measure();

  /** How it is derived, in words, for explanations. */
  String description();

  /** The value for {@code window}; see the class comment for its meaning per kind. */
  OptionalDouble value(YoungPersonRecord record, Window window);
}
