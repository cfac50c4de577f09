package org.nwd.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.nwd.DomainRuleException;

/**
 * Limits that protect a service embedding the reader from hostile or broken input, applied through
 * Jackson's {@link StreamReadConstraints}: nesting depth, string length, number length, field-name
 * length and total document size. Input beyond a limit gives an {@link NwdJsonException}.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays; a cohort needs about 8, explanations
 *     one level per step
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxNameLength longest field name, in characters
 * @param maxDocumentLength longest document, in bytes (or characters for text input); -1 = unlimited
 */
public record NwdJsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentLength) {

  /**
   * The defaults: depth 64, strings of 100,000 characters, numbers of 64 characters, names of 256
   * characters, documents of 4 GiB (streamed cohorts are large).
   */
  public static final NwdJsonLimits DEFAULT = new NwdJsonLimits(64, 100_000, 64, 256, 4L << 30);

  /** Checks each limit is positive (document length may be -1, unlimited). */
  public NwdJsonLimits {
    DomainRuleException.require(
        maxNestingDepth > 0, "maxNestingDepth", "nesting depth %s must be positive", maxNestingDepth);
    DomainRuleException.require(
        maxStringLength > 0, "maxStringLength", "string length %s must be positive", maxStringLength);
    DomainRuleException.require(
        maxNumberLength > 0, "maxNumberLength", "number length %s must be positive", maxNumberLength);
    DomainRuleException.require(
        maxNameLength > 0, "maxNameLength", "name length %s must be positive", maxNameLength);
    DomainRuleException.require(
        maxDocumentLength > 0 || maxDocumentLength == -1,
        "maxDocumentLength",
        "document length %s must be positive or -1",
        maxDocumentLength);
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }
}
