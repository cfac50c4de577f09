package org.nwd.ssda903;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.nwd.DomainRuleException;

/**
 * How the import turns a return's {@code CHILD} (and {@code SW_ID}) into the pseudonymous ids of the
 * domain, always scoped by the council so that two councils' children never share an id.
 *
 * <ul>
 *   <li>{@link #scoped()} (the default): {@code COUNCIL:CHILD}, e.g. {@code E10000023:C1234}, for
 *       councils whose {@code CHILD} is already a system number and not personal data;
 *   <li>{@link #keyedHash(byte[])}: {@code COUNCIL:} and the first 32 hex digits of HMAC-SHA256 of
 *       the value under the council's secret key, for data leaving the council.
 * </ul>
 *
 * The result must be a valid id (1-64 characters of {@code [A-Za-z0-9._:-]}); a value that cannot be
 * one is rejected row by row in the issue report.
 */
@FunctionalInterface
public interface IdScheme {

  /** The id for {@code value} (a {@code CHILD} or {@code SW_ID}, trimmed, upper case) of {@code council}. */
  String id(String council, String value);

  /** {@code COUNCIL:VALUE}. */
  static IdScheme scoped() {
    return ScopedIds.INSTANCE;
  }

  /** {@code COUNCIL:} and 32 hex digits of HMAC-SHA256 of {@code COUNCIL NUL VALUE} under {@code key}. */
  static IdScheme keyedHash(byte[] key) {
    Objects.requireNonNull(key, "key");
    DomainRuleException.require(
        key.length >= 16, "key", "the hash key has %s bytes; use at least 16", key.length);
    byte[] copy = key.clone();
    return (council, value) -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(copy, "HmacSHA256"));
        byte[] h = mac.doFinal((council + '\0' + value).getBytes(StandardCharsets.UTF_8));
        return council + ":" + BaseEncoding.base16().lowerCase().encode(h, 0, 16);
      } catch (GeneralSecurityException e) {
        // HmacSHA256 is required of every Java platform.
        throw new IllegalStateException("HmacSHA256 unavailable", e);
      }
    };
  }
}
