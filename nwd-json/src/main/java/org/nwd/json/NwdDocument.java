package org.nwd.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A value read from a complete, valid document together with the unknown fields a lenient reader
 * skipped (always empty in strict mode, which rejects them).
 *
 * @param <T> the type read, e.g. {@link org.nwd.model.Cohort}
 * @param value the value read
 * @param unknownFields the skipped fields, in document order
 */
public record NwdDocument<T>(T value, List<UnknownField> unknownFields) {
  /** Copies the list. */
  public NwdDocument {
    Objects.requireNonNull(value, "value");
    unknownFields = ImmutableList.copyOf(unknownFields);
  }
}
