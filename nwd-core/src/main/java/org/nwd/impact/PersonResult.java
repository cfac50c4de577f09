package org.nwd.impact;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.Explanation;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.YoungPersonId;

/**
 * One young person's part of an analysis: either the windows and the per-measure values before and
 * after, or the reason they were excluded; plus their groups for breakdowns and their contribution to
 * the NWD indicators. Fold into an {@link ImpactAccumulator}. {@link #toString()} shows the id, the
 * exclusion or the values, never dates.
 */
@Value.Immutable
public abstract class PersonResult {

  public abstract YoungPersonId youngPersonId();

  /** Why they were excluded; empty when included. */
  public abstract Optional<ExclusionReason> exclusion();

  /** The index date, when found. */
  public abstract Optional<LocalDate> indexDate();

  /** The clipped before window; present when included. */
  public abstract Optional<Window> before();

  /** The clipped after window; present when included. */
  public abstract Optional<Window> after();

  /** Per measure, the values before and after; empty when excluded. */
  public abstract ImmutableMap<OutcomeMeasure, WindowValues> values();

  /** The young person's group in each breakdown dimension; empty when excluded. */
  public abstract ImmutableMap<BreakdownDimension, String> groups();

  abstract IndicatorFacts facts();

  /** Explanations of how the values were derived, one per measure. */
  abstract ImmutableMap<OutcomeMeasure, String> derivations();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePersonResult.Builder {}

  /** True when the young person is in the before/after comparison. */
  public boolean isIncluded() {
    return exclusion().isEmpty();
  }

  /** How this person's figures were derived: windows, days at risk and each measure's rule. */
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("young person " + youngPersonId())
            .value(exclusion().map(r -> "excluded: " + r.text()).orElse("included"));
    before().ifPresent(w -> out.putInputs("days at risk before", Long.toString(w.daysAtRisk())));
    after().ifPresent(w -> out.putInputs("days at risk after", Long.toString(w.daysAtRisk())));
    values()
        .forEach(
            (m, v) ->
                out.addSteps(
                    Explanation.builder()
                        .label(m.code())
                        .value(v.toString())
                        .formula(Objects.requireNonNull(derivations().get(m)))
                        .build()));
    return out.build();
  }

  @Override
  public String toString() {
    return "PersonResult{"
        + youngPersonId()
        + exclusion().map(r -> ", excluded: " + r.text()).orElse(", " + values())
        + "}";
  }
}
