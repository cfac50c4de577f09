package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * An adopter's fidelity rubric, held as data: which {@link FidelityIndicator indicators} count, with
 * their thresholds and weights ({@link Criterion criteria}), and the {@link FidelityBand bands}
 * scores fall into. North Yorkshire's rubric and another council's can differ; read one from JSON
 * (nwd-json's {@code fidelity_rubric} document) or build it.
 *
 * <p>A young person's score is the weight of the criteria met divided by the weight of the criteria
 * that apply to them (not applicable ones, such as stay indicators without a stay, are left out;
 * unknown ones stay in and count as not met). Their band is the first band, highest minimum first,
 * whose minimum the score reaches, compared exactly. {@link #proposedDefault()} is the library's
 * proposal, labelled so; no published rubric exists (nwd-model.md section 10).
 */
@Value.Immutable
public abstract class FidelityRubric {

  /** The rubric's name, e.g. "North Yorkshire 2025"; 1-100 characters, not blank. */
  public abstract String name();

  /** True when the rubric is a proposal (as the library's default is), not an adopted standard. */
  public abstract boolean proposal();

  /** Months after the last bed stay that the stability indicators look at; 12 by default. */
  @Value.Default
  public int monthsAfterStay() {
    return 12;
  }

  /** The criteria, each indicator at most once, in the order profiles list them. */
  public abstract ImmutableList<Criterion> criteria();

  /** The bands, highest minimum first, strictly decreasing, the last from 0. */
  public abstract ImmutableList<FidelityBand> bands();

  @Value.Check
  void check() {
    DomainRuleException.require(
        !name().isBlank() && name().length() <= 100,
        "name",
        "rubric name %s must be 1-100 characters and not blank",
        SafeText.withheld(name()));
    DomainRuleException.require(
        monthsAfterStay() >= 1 && monthsAfterStay() <= 120,
        "monthsAfterStay",
        "months after a stay %s must be from 1 to 120",
        monthsAfterStay());
    DomainRuleException.require(
        !criteria().isEmpty(), "criteria", "rubric %s has no criteria", SafeText.bounded(name()));
    Set<FidelityIndicator> seen = EnumSet.noneOf(FidelityIndicator.class);
    for (Criterion c : criteria()) {
      DomainRuleException.require(
          seen.add(c.indicator()),
          "criteria",
          "rubric %s lists indicator %s twice",
          SafeText.bounded(name()),
          c.indicator().code());
    }
    DomainRuleException.require(!bands().isEmpty(), "bands", "rubric %s has no bands", SafeText.bounded(name()));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < bands().size(); i++) {
      FidelityBand b = bands().get(i);
      DomainRuleException.require(
          names.add(b.name()), "bands", "rubric %s names band %s twice", SafeText.bounded(name()),
          b.name());
      DomainRuleException.require(
          !b.name().equals(CohortFidelity.NOT_SCORED),
          "bands",
          "band name \"%s\" is reserved for young people with no score",
          b.name());
      DomainRuleException.require(
          i == 0 || b.minimumScore().compareTo(bands().get(i - 1).minimumScore()) < 0,
          "bands",
          "band minimums must strictly decrease: %s follows %s",
          b,
          i == 0 ? "" : bands().get(i - 1));
    }
    DomainRuleException.require(
        bands().get(bands().size() - 1).minimumScore().signum() == 0,
        "bands",
        "the last band %s must start from 0, so that every score has a band",
        bands().get(bands().size() - 1));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityRubric}; months after a stay default to 12. */
  public static final class Builder extends ImmutableFidelityRubric.Builder {}

  /**
   * The library's <b>proposal</b>: every indicator at its {@link
   * FidelityIndicator#defaultThreshold() proposed threshold} with weight 1, and three bands: high from
   * 0.8, partial from 0.5, low from 0. Not a published or validated rubric: an adopter replaces it.
   */
  public static FidelityRubric proposedDefault() {
    Builder b =
        builder()
            .name("nwd proposed default (PROPOSAL, not a published rubric)")
            .proposal(true)
            .addBands(
                FidelityBand.of("high", new BigDecimal("0.8")),
                FidelityBand.of("partial", new BigDecimal("0.5")),
                FidelityBand.of("low", BigDecimal.ZERO));
    for (FidelityIndicator i : FidelityIndicator.values()) {
      b.addCriteria(Criterion.proposed(i));
    }
    return b.build();
  }

  /** The criterion for {@code indicator}, when it counts. */
  public Optional<Criterion> criterion(FidelityIndicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    for (Criterion c : criteria()) {
      if (c.indicator() == indicator) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The band {@code name}. */
  public Optional<FidelityBand> band(String name) {
    Objects.requireNonNull(name, "name");
    return bands().stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /**
   * The band of a score {@code met / applicable} (weights), compared exactly: the first band with
   * {@code met >= minimum x applicable}; empty when {@code applicable} is 0 (nothing applies).
   */
  public Optional<FidelityBand> bandOf(BigDecimal met, BigDecimal applicable) {
    Objects.requireNonNull(met, "met");
    Objects.requireNonNull(applicable, "applicable");
    DomainRuleException.require(
        met.signum() >= 0 && met.compareTo(applicable) <= 0,
        "met",
        "met weight %s must be from 0 to the applicable weight %s",
        met.toPlainString(),
        applicable.toPlainString());
    if (applicable.signum() == 0) {
      return Optional.empty();
    }
    for (FidelityBand b : bands()) {
      if (met.compareTo(b.minimumScore().multiply(applicable)) >= 0) {
        return Optional.of(b);
      }
    }
    throw new AssertionError("the last band starts from 0");
  }

  /** The name, whether it is a proposal, and the criteria and bands. */
  @Override
  public String toString() {
    return "FidelityRubric{"
        + name()
        + (proposal() ? " (proposal)" : "")
        + ", months after stay "
        + monthsAfterStay()
        + ", criteria "
        + criteria()
        + ", bands "
        + bands()
        + "}";
  }
}
