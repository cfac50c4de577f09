package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The id check accepts exactly what the regex {@code [A-Za-z0-9._:-]{1,64}} accepts. */
class IdCharactersTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Test
  void edges() {
    assertThat(Checks.isId("")).isFalse();
    assertThat(Checks.isId("a")).isTrue();
    assertThat(Checks.isId("x".repeat(64))).isTrue();
    assertThat(Checks.isId("x".repeat(65))).isFalse();
    assertThat(Checks.isId("SYN-0000001")).isTrue();
    assertThat(Checks.isId("a.b_c:d-e")).isTrue();
    assertThat(Checks.isId("YP 1")).isFalse();
    assertThat(Checks.isId("YP/1")).isFalse();
    assertThat(Checks.isId("é")).isFalse();
    // The characters just outside each accepted range.
    for (char c : new char[] {'@', '[', '`', '{', '/', ';', ',', '+', '\u0660'}) {
      assertThat(Checks.isId("a" + c)).as("%s", c).isFalse();
    }
  }

  @Property(tries = 3000)
  void agreesWithTheRegex(@ForAll("idLike") String value) {
    assertThat(Checks.isId(value)).isEqualTo(ID.matcher(value).matches());
  }

  @Provide
  Arbitrary<String> idLike() {
    Arbitrary<Character> c =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(30, Arbitraries.chars().range('0', 'z')),
            net.jqwik.api.Tuple.of(3, Arbitraries.of('.', '_', ':', '-', ' ', '/', '\u00e9', '\u0661')));
    return c.list().ofMinSize(0).ofMaxSize(70).map(cs -> {
      StringBuilder s = new StringBuilder();
      cs.forEach(s::append);
      return s.toString();
    });
  }
}
