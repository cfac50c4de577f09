package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.model.Fixtures.assertRule;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withChars("ABCXYZabcxyz0189._:-")
        .ofMinLength(1)
        .ofMaxLength(64);
  }

  @Property
  void youngPersonIdParseReversesToString(@ForAll("ids") String raw) {
    YoungPersonId id = YoungPersonId.of(raw);
    assertThat(id.toString()).isEqualTo(raw);
    assertThat(YoungPersonId.parse(id.toString())).isEqualTo(id);
  }

  @Property
  void hubIdParseReversesToString(@ForAll("ids") String raw) {
    HubId id = HubId.of(raw);
    assertThat(id.toString()).isEqualTo(raw);
    assertThat(HubId.parse(id.toString())).isEqualTo(id);
  }

  @Property
  void workerIdParseReversesToString(@ForAll("ids") String raw) {
    WorkerId id = WorkerId.of(raw);
    assertThat(id.toString()).isEqualTo(raw);
    assertThat(WorkerId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void sixtyFourCharactersAreAllowedSixtyFiveAreNot() {
    String max = "a".repeat(64);
    assertThat(YoungPersonId.of(max).value()).hasSize(64);
    assertRule(
        () -> YoungPersonId.of(max + "a"),
        "value",
        "young person id (value withheld: 65 characters) is not 1-64 characters of [A-Za-z0-9._:-]");
  }

  @Test
  void blankAndForbiddenCharactersAreRejectedNamingTheKind() {
    assertRule(
        () -> YoungPersonId.of(""),
        "value",
        "young person id (value withheld: 0 characters) is not 1-64 characters of [A-Za-z0-9._:-]");
    assertRule(
        () -> HubId.of("HUB 1"), "value", "hub id (value withheld: 5 characters; character 4 is U+0020) is not 1-64 characters of [A-Za-z0-9._:-]");
    assertRule(
        () -> WorkerId.of("W/1"), "value", "worker id (value withheld: 3 characters; character 2 is U+002F) is not 1-64 characters of [A-Za-z0-9._:-]");
  }

  @Test
  void nullsNameTheParameter() {
    assertThatThrownBy(() -> YoungPersonId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    Fixtures.nullTester().testAllPublicStaticMethods(YoungPersonId.class);
    Fixtures.nullTester().testAllPublicStaticMethods(HubId.class);
    Fixtures.nullTester().testAllPublicStaticMethods(WorkerId.class);
  }

  @Test
  void equalityIsByValueAndTypesDoNotMix() {
    new EqualsTester()
        .addEqualityGroup(YoungPersonId.of("A1"), YoungPersonId.parse("A1"))
        .addEqualityGroup(YoungPersonId.of("a1"))
        .addEqualityGroup(HubId.of("A1"), HubId.of("A1"))
        .addEqualityGroup(WorkerId.of("A1"), WorkerId.of("A1"))
        .testEquals();
  }

  @Test
  void idsOrderByTheirRawValue() {
    assertThat(YoungPersonId.of("YP-0001")).isLessThan(YoungPersonId.of("YP-0002"));
    assertThat(HubId.of("B")).isGreaterThan(HubId.of("A"));
    assertThat(WorkerId.of("W1").compareTo(WorkerId.of("W1"))).isZero();
    assertThat(WorkerId.of("W1")).isLessThan(WorkerId.of("W2"));
  }
}
