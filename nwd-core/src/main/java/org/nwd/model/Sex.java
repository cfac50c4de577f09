package org.nwd.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A young person's sex as recorded, with its SSDA903 {@code SEX} codes. The 903 coding changed in
 * 2024-25 (data-standards.md section 2.8): returns up to 2023-24 use {@code 1} male and {@code 2}
 * female; from 2024-25 they use {@code M}, {@code F} and {@code U}, where {@code U} means the sex is
 * <em>unknown</em> ({@link #UNKNOWN}), not {@link #OTHER}. A person whose sex was never recorded has
 * no sex at all ({@link YoungPerson#sex()} is empty).
 */
public enum Sex {
  MALE("male", "1", "M"),
  FEMALE("female", "2", "F"),
  /** A sex recorded as something other than male or female; the SSDA903 has no code for it. */
  OTHER("other", null, null),
  /** Recorded as unknown: the SSDA903 code {@code U} (2024-25 on). */
  UNKNOWN("unknown", null, "U");

  private final String code;
  private final @Nullable String ssda903Code;
  private final @Nullable String ssda903LetterCode;

  Sex(String code, @Nullable String ssda903Code, @Nullable String ssda903LetterCode) {
    this.code = code;
    this.ssda903Code = ssda903Code;
    this.ssda903LetterCode = ssda903LetterCode;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /**
   * The SSDA903 {@code SEX} code of returns up to 2023-24: 1 = male, 2 = female; empty where that
   * coding has none ({@link #OTHER}, {@link #UNKNOWN}).
   */
  public Optional<String> ssda903Code() {
    return Optional.ofNullable(ssda903Code);
  }

  /**
   * The SSDA903 {@code SEX} code of returns from 2024-25: M, F or U (unknown); empty for {@link
   * #OTHER}, which that coding cannot carry.
   */
  public Optional<String> ssda903LetterCode() {
    return Optional.ofNullable(ssda903LetterCode);
  }

  /**
   * The constant for an SSDA903 {@code SEX} code of either coding: {@code 1}/{@code M} male, {@code
   * 2}/{@code F} female, {@code U} unknown. Which coding a given collection year accepts is the
   * importer's rule; the exception names the code.
   */
  public static Sex fromSsda903Code(String code) {
    Objects.requireNonNull(code, "code");
    for (Sex s : values()) {
      if (code.equals(s.ssda903Code) || code.equals(s.ssda903LetterCode)) {
        return s;
      }
    }
    throw new DomainRuleException(
        "code",
        String.format(
            "unknown SSDA903 sex code \"%s\"; known codes: 1, 2, M, F, U", SafeText.bounded(code)));
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static Sex fromCode(String code) {
    return Checks.fromCode(values(), Sex::code, code, "sex");
  }
}
