package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.Cohort;
import org.nwd.model.YoungPersonRecord;

/** Files, accessors and the three-line vendor snippet of the README. */
class ApiTest {

  @Test
  void theReadmeSnippetWorks(@TempDir Path dir) {
    Cohort cohort = org.nwd.testkit.CohortGenerator.of(4, 11).generate();
    Path file = dir.resolve("cohort.json");
    // README: write, read whole, stream
    NwdJson.strict().write(cohort, file);
    Cohort back = NwdJson.strict().read(file, Cohort.class);
    assertThat(back).isEqualTo(cohort);
    long count;
    try (CohortReader records = NwdJson.strict().openCohort(file)) {
      count = records.stream().count();
      assertThat(records.unknownFields()).isEmpty();
      assertThat(records.hasNext()).isFalse();
      assertThatThrownBy(records::next).isInstanceOf(java.util.NoSuchElementException.class);
    }
    assertThat(count).isEqualTo(4);
  }

  @Test
  void readsFromStreamsAndReportsMissingFiles(@TempDir Path dir) throws Exception {
    Cohort cohort = EdgeCases.cohort(12, 1, 1);
    Path file = dir.resolve("c.json");
    Files.writeString(file, NwdJson.lenient().write(cohort));
    assertThat(NwdJson.lenient().read(Files.newInputStream(file), Cohort.class)).isEqualTo(cohort);
    NwdDocument<Cohort> doc = NwdJson.strict().readDocument(Files.newInputStream(file), Cohort.class);
    assertThat(doc.value()).isEqualTo(cohort);
    assertThat(doc.unknownFields()).isEmpty();
    assertThatThrownBy(() -> NwdJson.strict().read(dir.resolve("missing.json"), Cohort.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessage("at /: cannot open the input: NoSuchFileException");
    assertThatThrownBy(() -> NwdJson.strict().write(cohort, dir.resolve("no/such/dir/c.json")))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageStartingWith("at /: could not write: ");
  }

  @Test
  void accessorsAndSchema() throws Exception {
    NwdJson json = NwdJson.strict();
    assertThat(json.limits()).isEqualTo(NwdJsonLimits.DEFAULT);
    NwdJsonLimits small = new NwdJsonLimits(10, 10, 10, 10, 10);
    assertThat(json.withLimits(small).limits()).isEqualTo(small);
    assertThat(json.withLimits(small).isStrict()).isTrue();
    assertThat(NwdJson.lenient().withLimits(small).isStrict()).isFalse();
    assertThat(NwdJson.SCHEMA_VERSION).isEqualTo("1.1");
    assertThat(NwdJson.schema()).isNotNull();
    ObjectMapper a = json.objectMapper();
    ObjectMapper b = json.objectMapper();
    assertThat(a).isNotSameAs(b);
    assertThat(a.getPolymorphicTypeValidator()).isNotNull();
    YoungPersonRecord r = new EdgeCases(3).record("YP-3", new EdgeCases(3).hubs(), true);
    assertThat(a.readValue(a.writeValueAsString(r), YoungPersonRecord.class)).isEqualTo(r);
    assertThat(new NwdDocument<>("x", List.of(new UnknownField("/a", 1, 2))).unknownFields())
        .containsExactly(new UnknownField("/a", 1, 2));
    assertThatThrownBy(() -> new UnknownField(null, 1, 1)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void exceptionAccessors() {
    NwdJsonException e = new NwdJsonException("/a/b", 3, 4, "b", "rule text", null);
    assertThat(e.pointer()).isEqualTo("/a/b");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.field()).isEqualTo("b");
    assertThat(e.rule()).isEqualTo("rule text");
    assertThat(e.getMessage()).isEqualTo("at /a/b (line 3, column 4), field b: rule text");
    assertThat(new NwdJsonException("", 0, 0, "", "r", null).getMessage()).isEqualTo("at /: r");
  }

  @Test
  void errorTextIsRedacted() {
    assertThat(Errors.redact("Unrecognized token 'Jane': was expecting \"x y\"\n at [Source"))
        .isEqualTo("Unrecognized token '...': was expecting \"...\"");
    assertThat(Errors.printable("a\nb")).isEqualTo("a?b");
    assertThat(Errors.printable("x".repeat(50))).isEqualTo("x".repeat(40) + "...");
    assertThat(Errors.printable("x".repeat(40))).isEqualTo("x".repeat(40));
  }
}
