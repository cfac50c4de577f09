package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.nwd.Explanation;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.MonteCarloResult;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.FidelityProfile;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.ImpactResult;
import org.nwd.model.Cohort;
import org.nwd.model.YoungPersonRecord;

/**
 * The document kinds, in one registry: each kind's name, the payload field after the envelope, the
 * values it holds and how its payload is written and read. {@link NwdJson} writes and reads through
 * it; the envelope ({@link Envelope}) handles the schema versions.
 */
final class Documents {

  /** One kind of document. */
  static final class Kind {
    final String name;
    /** The payload field, or null when the payload's fields follow the envelope (a cohort). */
    final String field;
    private final Predicate<Object> holds;
    private final Predicate<Class<?>> reads;
    private final Consumer<Object> checkBeforeWriting;
    private final Value.Writer<Object> writer;
    private final BiFunction<In, Class<?>, Object> reader;

    private Kind(String name, String field, Predicate<Object> holds, Predicate<Class<?>> reads,
        Consumer<Object> checkBeforeWriting, Value.Writer<Object> writer,
        BiFunction<In, Class<?>, Object> reader) {
      this.name = name;
      this.field = field;
      this.holds = holds;
      this.reads = reads;
      this.checkBeforeWriting = checkBeforeWriting;
      this.writer = writer;
      this.reader = reader;
    }

    /** Writes {@code value}'s payload: its field and value (a cohort: its hubs and records). */
    void writePayload(JsonGenerator g, Object value) throws IOException {
      if (field != null) {
        g.writeFieldName(field);
      }
      writer.write(g, value);
    }

    /** Fails, before anything is written, when {@code value} has no document form. */
    void checkWritable(Object value) {
      checkBeforeWriting.accept(value);
    }

    /** Reads the payload value the parser is on, as a {@code type}. */
    Object readPayload(In in, Class<?> type) {
      return reader.apply(in, type);
    }
  }

  /** A kind whose value is of class {@code type}. */
  @SuppressWarnings("unchecked")
  private static <T> Kind kind(String name, String field, Class<T> type,
      Value.Writer<? super T> writer, Function<In, T> reader) {
    return new Kind(name, field, type::isInstance, type::isAssignableFrom, v -> { },
        (g, v) -> writer.write(g, (T) v), (in, t) -> reader.apply(in));
  }

  private static final List<Kind> KINDS = List.of(
      kind(Envelope.COHORT, null, Cohort.class, (g, c) -> {
        ModelCodec.list(g, "hubs", c.hubs(), ModelCodec.HUB::write);
        ModelCodec.list(g, "records", c.records(), ModelCodec.RECORD::write);
      }, in -> {
        throw new IllegalStateException("a cohort is read by CohortReader");
      }),
      kind(Envelope.RECORD, Envelope.RECORD, YoungPersonRecord.class, ModelCodec.RECORD::write,
          in -> ModelCodec.RECORD.read(in, Envelope.RECORD)),
      kind(Envelope.EXPLANATION, Envelope.EXPLANATION, Explanation.class,
          ModelCodec.EXPLANATION::write, in -> ModelCodec.EXPLANATION.read(in, "explanation")),
      new Kind(ImpactCodec.KIND, ImpactCodec.FIELD, ImpactResult.class::isInstance,
          ImpactResult.class::isAssignableFrom,
          v -> ImpactCodec.requireDescribable((ImpactResult) v),
          (g, v) -> ImpactCodec.result(g, (ImpactResult) v), (in, t) -> ImpactCodec.result(in)),
      kind(Envelope.COST_AVOIDANCE, Envelope.COST_AVOIDANCE_FIELD, CostAvoidanceResult.class,
          CostCodec.RESULT::write, in -> CostCodec.RESULT.read(in, "costAvoidance")),
      kind(AppraisalCodec.APPRAISAL, AppraisalCodec.APPRAISAL, Appraisal.class,
          AppraisalCodec::appraisal, AppraisalCodec::appraisal),
      kind(AppraisalCodec.MONTE_CARLO, AppraisalCodec.MONTE_CARLO_FIELD, MonteCarloResult.class,
          AppraisalCodec::monteCarlo, AppraisalCodec::monteCarlo),
      kind(FidelityCodec.RUBRIC_KIND, FidelityCodec.RUBRIC_FIELD, FidelityRubric.class,
          FidelityCodec.RUBRIC::write, in -> FidelityCodec.RUBRIC.read(in, "rubric")),
      kind(FidelityCodec.PROFILE_KIND, FidelityCodec.PROFILE_FIELD, FidelityProfile.class,
          FidelityCodec.PROFILE::write, in -> FidelityCodec.PROFILE.read(in, "profile")),
      kind(FidelityCodec.COHORT_KIND, FidelityCodec.COHORT_FIELD, CohortFidelity.class,
          FidelityCodec::cohort, FidelityCodec::cohort),
      new Kind(AppraisalCodec.SENSITIVITY, AppraisalCodec.SENSITIVITY,
          AppraisalCodec::isSensitivity, t -> false, v -> { },
          (g, v) -> AppraisalCodec.sensitivity(g, bars(v)),
          (in, t) -> AppraisalCodec.sensitivity(in)),
      new Kind(Envelope.RESULT, Envelope.RESULT, v -> StatsCodec.typeOf(v) != null,
          t -> StatsCodec.TYPES.keySet().stream().anyMatch(r -> r.isAssignableFrom(t)), v -> { }, StatsCodec::result, StatsCodec::result));

  private Documents() {}

  @SuppressWarnings("unchecked")
  private static List<org.nwd.cost.TornadoBar> bars(Object value) {
    return (List<org.nwd.cost.TornadoBar>) value;
  }

  /** Every kind, in the order values are matched. */
  static List<Kind> all() {
    return KINDS;
  }

  /** The kind called {@code name}. */
  static Kind named(String name) {
    for (Kind k : KINDS) {
      if (k.name.equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no document kind " + name);
  }

  /** The kind of document that holds {@code value}. */
  static Kind of(Object value) {
    for (Kind k : KINDS) {
      if (k.holds.test(value)) {
        return k;
      }
    }
    throw notAKind(value.getClass());
  }

  /** The kind of document read as {@code type}. */
  static Kind reading(Class<?> type) {
    for (Kind k : KINDS) {
      if (k.reads.test(type)) {
        return k;
      }
    }
    throw notAKind(type);
  }

  private static IllegalArgumentException notAKind(Class<?> type) {
    return new IllegalArgumentException(
        type.getSimpleName()
            + " is not a document kind: use Cohort, YoungPersonRecord, Explanation, "
            + "CostAvoidanceResult, ImpactResult, Appraisal, MonteCarloResult, a List of TornadoBar"
            + " (readSensitivity), FidelityRubric, FidelityProfile, CohortFidelity or an"
            + " org.nwd.stats result, or objectMapper() for other values");
  }
}
