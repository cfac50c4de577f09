package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.YoungPersonId;

/**
 * One young person's fidelity profile under a rubric: one {@link IndicatorResult} per criterion, in
 * the rubric's order, and from them the score and the band.
 *
 * <p>{@link #score()} is the weight met over the weight that applies: unknown indicators count as not
 * met, so missing data never raise a score. {@link #scoreIfUnknownMet()} is what the score would be
 * if every unknown were met: the gap between the two is what missing data could hide. {@link
 * #toString()} shows the id, the score and the band, never a date.
 */
@Value.Immutable
public abstract class FidelityProfile {

  public abstract YoungPersonId youngPersonId();

  public abstract FidelityRubric rubric();

  /** One result per criterion of the rubric, in its order, at its threshold. */
  public abstract ImmutableList<IndicatorResult> results();

  @Value.Check
  void check() {
    ImmutableList<Criterion> criteria = rubric().criteria();
    DomainRuleException.require(
        results().size() == criteria.size(),
        "results",
        "profile of %s has %s results for %s criteria of rubric %s",
        youngPersonId(),
        results().size(),
        criteria.size(),
        rubric().name());
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      IndicatorResult r = results().get(i);
      DomainRuleException.require(
          r.indicator() == c.indicator() && r.threshold() == c.threshold(),
          "results",
          "result %s of %s is for %s at %s; the rubric's criterion is %s",
          i,
          youngPersonId(),
          r.indicator().code(),
          r.threshold(),
          c);
    }
  }

  /** The profile of {@code youngPersonId} with {@code results}. */
  public static FidelityProfile of(
      YoungPersonId youngPersonId, FidelityRubric rubric, Iterable<IndicatorResult> results) {
    return builder().youngPersonId(youngPersonId).rubric(rubric).addAllResults(results).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityProfile}. */
  public static final class Builder extends ImmutableFidelityProfile.Builder {}

  /** The result for {@code indicator}, when the rubric counts it. */
  public Optional<IndicatorResult> result(FidelityIndicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return results().stream().filter(r -> r.indicator() == indicator).findFirst();
  }

  /** The number of results with {@code status}. */
  public int count(IndicatorStatus status) {
    Objects.requireNonNull(status, "status");
    return (int) results().stream().filter(r -> r.status() == status).count();
  }

  /** The total weight of the criteria with {@code status}. */
  public BigDecimal weight(IndicatorStatus status) {
    Objects.requireNonNull(status, "status");
    BigDecimal out = BigDecimal.ZERO;
    for (int i = 0; i < results().size(); i++) {
      if (results().get(i).status() == status) {
        out = out.add(rubric().criteria().get(i).weight());
      }
    }
    return out;
  }

  /** The weight of the criteria that apply: met, not met and unknown. */
  public BigDecimal applicableWeight() {
    return weight(IndicatorStatus.MET)
        .add(weight(IndicatorStatus.NOT_MET))
        .add(weight(IndicatorStatus.UNKNOWN));
  }

  /** Weight met over weight applicable, from 0 to 1; empty when nothing applies. */
  @Value.Lazy
  public OptionalDouble score() {
    return ratio(weight(IndicatorStatus.MET));
  }

  /** The score if every unknown indicator were met; empty when nothing applies. */
  @Value.Lazy
  public OptionalDouble scoreIfUnknownMet() {
    return ratio(weight(IndicatorStatus.MET).add(weight(IndicatorStatus.UNKNOWN)));
  }

  private OptionalDouble ratio(BigDecimal numerator) {
    BigDecimal applicable = applicableWeight();
    return applicable.signum() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(numerator.divide(applicable, MathContext.DECIMAL64).doubleValue());
  }

  /** The band of the {@link #score()}, compared exactly; empty when nothing applies. */
  @Value.Lazy
  public Optional<FidelityBand> band() {
    return rubric().bandOf(weight(IndicatorStatus.MET), applicableWeight());
  }

  /** The score, the band and one step per indicator. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("fidelity of young person " + youngPersonId())
            .value(
                score().isPresent()
                    ? Text.num(score().getAsDouble()) + ", band " + band().get().name()
                    : "no score: no indicator applies")
            .formula(
                "score = weight met / weight applicable (met + not met + unknown); unknown counts as"
                    + " not met; band = first band whose minimum the score reaches; rubric "
                    + rubric().name())
            .putInputs("weight met", weight(IndicatorStatus.MET).toPlainString())
            .putInputs("weight not met", weight(IndicatorStatus.NOT_MET).toPlainString())
            .putInputs("weight unknown", weight(IndicatorStatus.UNKNOWN).toPlainString())
            .putInputs("weight applicable", applicableWeight().toPlainString())
            .putInputs(
                "score if unknowns were met",
                scoreIfUnknownMet().isPresent() ? Text.num(scoreIfUnknownMet().getAsDouble()) : "-");
    for (IndicatorResult r : results()) {
      out.addSteps(r.explanation());
    }
    return out.build();
  }

  /** E.g. {@code FidelityProfile{YP-1, score 0.75, band partial}}. */
  @Override
  public String toString() {
    return "FidelityProfile{"
        + youngPersonId()
        + (score().isPresent()
            ? ", score " + Text.num(score().getAsDouble()) + ", band " + band().get().name()
            : ", no score")
        + "}";
  }
}
