package org.nwd.fidelity;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A band of fidelity scores, e.g. "high" from 0.8: a young person is in the first band of the rubric
 * (highest minimum first) whose minimum their score reaches.
 */
@Value.Immutable
public abstract class FidelityBand {

  /** The band's name, e.g. "high"; 1-40 characters of letters, digits, space, {@code - _ .}. */
  public abstract String name();

  /** The lowest score in the band, from 0 to 1; exact, as adopters write it. */
  public abstract BigDecimal minimumScore();

  @Value.Check
  void check() {
    DomainRuleException.require(
        isName(name()),
        "name",
        "band name %s is not 1-40 characters of letters, digits, space, - _ .",
        SafeText.invalidId(name(), FidelityBand::allowed));
    DomainRuleException.require(
        minimumScore().signum() >= 0 && minimumScore().compareTo(BigDecimal.ONE) <= 0,
        "minimumScore",
        "minimum score %s of band %s must be from 0 to 1",
        minimumScore().toPlainString(),
        name());
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || s.length() > 40 || s.isBlank()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!allowed(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == ' '
        || c == '-'
        || c == '_'
        || c == '.';
  }

  /** The band {@code name} from {@code minimumScore}. */
  public static FidelityBand of(String name, BigDecimal minimumScore) {
    return builder().name(name).minimumScore(minimumScore).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityBand}. */
  public static final class Builder extends ImmutableFidelityBand.Builder {}

  /** E.g. {@code high (from 0.8)}. */
  @Override
  public String toString() {
    return name() + " (from " + minimumScore().toPlainString() + ")";
  }
}
