package org.nwd;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a published figure was derived: what it is, its value, the formula, the inputs that went into it
 * and the steps (themselves explanations) that produced those inputs.
 *
 * <p>Every result in the library can return one, so that a finance officer or an analyst can trace a
 * figure back to its data. {@link #render()} prints the tree as indented text.
 */
@Value.Immutable
public abstract class Explanation {

  /** What the figure is, e.g. "rate ratio, missing incidents". */
  public abstract String label();

  /** The figure as printed, e.g. "0.52". */
  public abstract String value();

  /** The formula or rule applied, e.g. "(events_after / PY_after) / (events_before / PY_before)". */
  public abstract Optional<String> formula();

  /** Named inputs in the order they matter, each as printed. */
  public abstract ImmutableMap<String, String> inputs();

  /** The explanations of the figures this one was computed from. */
  public abstract ImmutableList<Explanation> steps();

  @Value.Check
  void check() {
    DomainRuleException.require(!label().isBlank(), "label", "explanation label is blank");
  }

  /** An explanation with no formula, inputs or steps. */
  public static Explanation of(String label, String value) {
    return builder().label(label).value(value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {}

  /** The explanation tree as indented text, one figure per line with its formula and inputs. */
  public String render() {
    StringBuilder out = new StringBuilder();
    render(out, 0);
    return out.toString();
  }

  private void render(StringBuilder out, int depth) {
    String indent = "  ".repeat(depth);
    out.append(indent).append(label()).append(" = ").append(value()).append('\n');
    formula().ifPresent(f -> out.append(indent).append("  formula: ").append(f).append('\n'));
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      out.append(indent)
          .append("  ")
          .append(input.getKey())
          .append(" = ")
          .append(input.getValue())
          .append('\n');
    }
    for (Explanation step : steps()) {
      step.render(out, depth + 1);
    }
  }

  @Override
  public String toString() {
    return "Explanation{" + label() + " = " + value() + "}";
  }
}
