package org.nwd.impact;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/** One measure's values for one young person: before and after the index date (see {@link MeasureDerivation}). */
@Value.Immutable
public abstract class WindowValues {

  @Value.Parameter
  public abstract OptionalDouble before();

  @Value.Parameter
  public abstract OptionalDouble after();

  public static WindowValues of(OptionalDouble before, OptionalDouble after) {
    return ImmutableWindowValues.of(before, after);
  }

  @Override
  public String toString() {
    return text(before()) + " -> " + text(after());
  }

  private static String text(OptionalDouble x) {
    return x.isPresent() ? Tables.num(x.getAsDouble()) : "none";
  }
}
