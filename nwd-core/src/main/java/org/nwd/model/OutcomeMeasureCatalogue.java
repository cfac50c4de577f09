package org.nwd.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * The outcome measures an analysis knows, by unique code: the {@link #standard() standard} set plus any
 * vendor or adopter measures added {@link #with(OutcomeMeasure) with} it.
 */
@Value.Immutable
public abstract class OutcomeMeasureCatalogue {

  /** The measures, codes unique, in the order given. */
  public abstract ImmutableList<OutcomeMeasure> measures();

  @Value.Check
  void check() {
    Set<String> codes = new HashSet<>();
    for (OutcomeMeasure m : measures()) {
      DomainRuleException.require(
          codes.add(m.code()), "measures", "duplicate measure code %s in catalogue", m.code());
    }
  }

  /** Lookup by code; derived, not part of equality. */
  @Value.Lazy
  ImmutableMap<String, OutcomeMeasure> byCode() {
    return measures().stream()
        .collect(ImmutableMap.toImmutableMap(OutcomeMeasure::code, m -> m));
  }

  /** A catalogue of {@code measures}. */
  public static OutcomeMeasureCatalogue of(Iterable<? extends OutcomeMeasure> measures) {
    return builder().addAllMeasures(measures).build();
  }

  /** The {@link StandardMeasures standard measures}. */
  public static OutcomeMeasureCatalogue standard() {
    return of(StandardMeasures.all());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeMeasureCatalogue}. */
  public static final class Builder extends ImmutableOutcomeMeasureCatalogue.Builder {}

  /** The measure with {@code code}, if any. */
  public Optional<OutcomeMeasure> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode().get(code));
  }

  /**
   * The measure with {@code code}.
   *
   * @throws DomainRuleException naming the unknown code
   */
  public OutcomeMeasure get(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new DomainRuleException(
                    "code", "unknown measure code \"" + SafeText.bounded(code) + "\" in catalogue"));
  }

  /** This catalogue plus {@code measure}; rejected if its code is taken. */
  public OutcomeMeasureCatalogue with(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return builder().addAllMeasures(measures()).addMeasures(measure).build();
  }

  @Override
  public String toString() {
    return "OutcomeMeasureCatalogue" + byCode().keySet();
  }
}
