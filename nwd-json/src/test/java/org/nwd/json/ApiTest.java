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
  void parserTextShowsTheTokenBoundedOrWithheld() {
    assertThat(Errors.shown("Unrecognized token 'Jane\tSmith\u0001': was expecting \"x\ty\"\n at [Source", false))
        .isEqualTo("Unrecognized token 'Jane\\tSmith\\u0001': was expecting \"x\\ty\"");
    assertThat(Errors.shown("Unrecognized token 'Jane': was expecting ('true', 'false')", true))
        .isEqualTo("Unrecognized token (value withheld: 4 characters): was expecting ('true', 'false')");
    assertThat(Errors.shown("token '" + "x".repeat(50) + "'", false))
        .isEqualTo("token '" + "x".repeat(40) + "... (50 characters)'");
    assertThat(Errors.withholds("/record/stories/0/text")).isTrue();
    assertThat(Errors.withholds("/record/youngPerson/birthMonth")).isTrue();
    assertThat(Errors.withholds("/hubs/0/name")).isTrue();
    assertThat(Errors.withholds("/records/0/youngPerson/id")).isTrue();
    assertThat(Errors.withholds("/records/0/hubEpisodes/1/hubId")).isTrue();
    assertThat(Errors.withholds("/records/0/decisions/0/provocationsConsidered/2")).isTrue();
    assertThat(Errors.withholds("/records/0/referrals/0/category")).isFalse();
    assertThat(Errors.withholds("/hubs/0/services/1")).isFalse();
    assertThat(Errors.withholds("")).isFalse();
    assertThat(Errors.printable("a\nb")).isEqualTo("a\\nb");
    assertThat(Errors.printable("x".repeat(50))).isEqualTo("x".repeat(40) + "... (50 characters)");
    assertThat(Errors.printable("x".repeat(40))).isEqualTo("x".repeat(40));
  }

  @Test
  void columnsStartAtOneAndPointersAreEscapedInMessages() {
    assertThat(new NwdJsonException("", 1, 0, "", "r", null).column()).isEqualTo(1);
    assertThat(new NwdJsonException("", 0, 0, "", "r", null).column()).isEqualTo(0);
    assertThat(new NwdJsonException("", 2, 1, "", "r", null).column()).isEqualTo(1);
    assertThat(new NwdJsonException("", -1, -1, "", "r", null).column()).isEqualTo(-1);
    assertThat(new NwdJsonException("/a\nb", 1, 2, "a\nb", "r", null).getMessage())
        .isEqualTo("at /a\\nb (line 1, column 2), field a\\nb: r");
    assertThat(new UnknownField("/x\u0000", 1, 2).toString()).isEqualTo("/x\\u0000 (line 1, column 2)");
  }
}
