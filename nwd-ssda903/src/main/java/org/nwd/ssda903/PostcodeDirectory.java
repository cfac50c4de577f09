package org.nwd.ssda903;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's postcode-to-council lookup (for example a subset of the ONS Postcode Directory): where
 * a postcode is, or empty when it does not know it. Keys are compared in {@link #normalise normal
 * form} (upper case, no spaces). The import uses it for each placement's {@link
 * org.nwd.model.PlacementLocation} and distance; without one every location is unknown.
 */
@FunctionalInterface
public interface PostcodeDirectory {

  /** The location of {@code postcode}, given in normal form ({@link #normalise}). */
  Optional<PostcodeLocation> find(String postcode);

  /** A directory that knows no postcode: every placement location is unknown. */
  static PostcodeDirectory none() {
    return postcode -> Optional.empty();
  }

  /** A directory of {@code locations}, keyed by postcode in any spacing and case. */
  static PostcodeDirectory of(Map<String, PostcodeLocation> locations) {
    ImmutableMap.Builder<String, PostcodeLocation> b = ImmutableMap.builder();
    locations.forEach((k, v) -> b.put(normalise(k), Objects.requireNonNull(v, "location")));
    ImmutableMap<String, PostcodeLocation> map = b.buildKeepingLast();
    return postcode -> Optional.ofNullable(map.get(postcode));
  }

  /**
   * A directory read from a CSV file with a header naming the columns {@code postcode} and {@code
   * council} and, optionally, {@code easting} and {@code northing} (OS grid metres), in any case and
   * order; other columns are ignored. UTF-8, with or without a BOM.
   *
   * @throws Ssda903FileException naming the file and line of a missing column, a blank postcode or
   *     council, a grid reference that is not a number, or malformed CSV
   */
  static PostcodeDirectory fromCsv(java.nio.file.Path file) {
    return PostcodeCsv.read(file);
  }

  /** {@code postcode} upper case with every space removed, e.g. {@code yo11 1ab -> YO111AB}. */
  static String normalise(String postcode) {
    Objects.requireNonNull(postcode, "postcode");
    StringBuilder s = new StringBuilder(postcode.length());
    for (int i = 0; i < postcode.length(); i++) {
      char c = postcode.charAt(i);
      if (!Character.isWhitespace(c)) {
        s.append(Character.toUpperCase(c));
      }
    }
    return s.toString();
  }
}
