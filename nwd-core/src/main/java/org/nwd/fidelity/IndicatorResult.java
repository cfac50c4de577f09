package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.Explanation;

/**
 * One young person's standing on one indicator of a rubric: the status, the value compared with the
 * threshold, and the counts behind it ({@link FidelityIndicator#reading()} says what the value,
 * numerator, denominator and observations hold for each indicator). The {@link #reason()} says in
 * words how the status was reached; it holds days and counts only, never a date or a name.
 */
@Value.Immutable
public abstract class IndicatorResult {

  public abstract FidelityIndicator indicator();

  /** The rubric's threshold for the indicator. */
  public abstract double threshold();

  public abstract IndicatorStatus status();

  /** The young person's value, when the data give one: finite and at least 0. */
  public abstract OptionalDouble value();

  /** A count behind the value (see {@link FidelityIndicator#reading()}); 0 when unused. */
  @Value.Default
  public long numerator() {
    return 0;
  }

  /** The count it is out of (see {@link FidelityIndicator#reading()}); 0 when unused. */
  @Value.Default
  public long denominator() {
    return 0;
  }

  /** Per-item values (completed stay lengths in days for {@link FidelityIndicator#SHORT_BED_STAYS}). */
  public abstract ImmutableList<Long> observations();

  /** How the status was reached, in words: 1-200 printable characters. */
  public abstract String reason();

  @Value.Check
  void check() {
    DomainRuleException.require(
        Double.isFinite(threshold()) && threshold() >= 0,
        "threshold",
        "threshold %s of %s must be finite and at least 0",
        threshold(),
        indicator().code());
    value()
        .ifPresent(
            v ->
                DomainRuleException.require(
                    Double.isFinite(v) && v >= 0,
                    "value",
                    "value %s of %s must be finite and at least 0",
                    v,
                    indicator().code()));
    DomainRuleException.require(
        numerator() >= 0 && denominator() >= 0,
        "numerator",
        "numerator %s and denominator %s of %s must be at least 0",
        numerator(),
        denominator(),
        indicator().code());
    for (long o : observations()) {
      DomainRuleException.require(
          o >= 0, "observations", "observation %s of %s is negative", o, indicator().code());
    }
    String r = reason();
    boolean printable = !r.isBlank() && r.length() <= 200;
    for (int i = 0; i < r.length() && printable; i++) {
      printable = r.charAt(i) >= 0x20 && r.charAt(i) != 0x7f;
    }
    DomainRuleException.require(
        printable,
        "reason",
        "reason \"%s\" of %s must be 1-200 printable characters",
        SafeText.bounded(r),
        indicator().code());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorResult}. */
  public static final class Builder extends ImmutableIndicatorResult.Builder {}

  /** The status, the value and the reason, with the definition and threshold. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label(indicator().displayName())
            .value(status().text() + (value().isPresent() ? " (" + Text.num(value().getAsDouble())
                + " " + indicator().unit() + ")" : ""))
            .formula(indicator().definition(threshold()))
            .putInputs("threshold", indicator().rule(threshold()))
            .putInputs("value", value().isPresent() ? Text.num(value().getAsDouble()) : "none")
            .putInputs("numerator", Long.toString(numerator()))
            .putInputs("denominator", Long.toString(denominator()))
            .putInputs("reading", indicator().reading())
            .putInputs("reason", reason());
    if (!observations().isEmpty()) {
      out.putInputs("observations", observations().toString());
    }
    return out.build();
  }

  /** E.g. {@code days_to_first_hub_contact: met (3 days)}. */
  @Override
  public String toString() {
    return indicator().code()
        + ": "
        + status().text()
        + (value().isPresent() ? " (" + Text.num(value().getAsDouble()) + " " + indicator().unit()
            + ")" : "");
  }
}
