package org.nwd.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.ImpactResult;

/**
 * An {@code impact_result} document read back: a faithful, read-only copy of what {@link
 * NwdJson#write(Object)} wrote for an {@link ImpactResult}. An {@link ImpactResult} itself cannot be
 * rebuilt from JSON: it holds its {@link org.nwd.impact.ImpactAnalysis}, whose index-date rule,
 * eligibility policy and measure derivations are code, and its builders are not public. The reader
 * checks every part it can recompute (each statistics result from its inputs, rates, events avoided,
 * suppression patterns) and the domain rules of the parts it can build. Writing a document gives back
 * exactly the JSON read. Equal when the JSON trees are equal.
 */
public final class ImpactResultDocument {
  private final ObjectNode json;

  ImpactResultDocument(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The document {@code NwdJson.write(result)} writes for {@code result}. */
  public static ImpactResultDocument of(ImpactResult result) {
    Objects.requireNonNull(result, "result");
    return new ImpactResultDocument((ObjectNode) ImpactCodec.render(result));
  }

  /** A copy of the payload (the value of {@code impactResult}). */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The analysis name. */
  public String analysisName() {
    return json.get("analysis").get("name").asText();
  }

  /** The design level. */
  public DesignLevel design() {
    return DesignLevel.valueOf(json.get("design").asText().toUpperCase(java.util.Locale.ROOT));
  }

  /** Young people included in the before/after comparison (treated cohort). */
  public long peopleIncluded() {
    return json.get("peopleIncluded").asLong();
  }

  /** Comparison-cohort young people included, when there was a comparison cohort. */
  public Optional<Long> comparisonPeopleIncluded() {
    JsonNode c = json.get("comparisonPeopleIncluded");
    return c == null ? Optional.empty() : Optional.of(c.asLong());
  }

  JsonNode tree() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactResultDocument && json.equals(((ImpactResultDocument) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "impact_result document of analysis " + analysisName();
  }
}
