package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.ImpactResult;

/**
 * The JSON publication summary agrees, figure by figure, with the plain-text publication tables of
 * {@link ImpactResult#renderForPublication(DisclosureControl)}: the same numbers where they are
 * published and the same markers where they are not.
 */
class PublicationSummaryTest {
  // Decimals exactly as written ("1.40" stays "1.40").
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Test
  void everyFigureAgreesWithTheTextTablesUnderTheSameRule() throws Exception {
    // Small cohorts, so that the rule withholds some figures and publishes others.
    int suppressed = 0;
    int published = 0;
    int comparisons = 0;
    int holm = 0;
    int undefined = 0;
    int scoreRows = 0;
    int statusRows = 0;
    for (int size : new int[] {8, 30}) {
      ImpactResult r = ImpactJsonTest.withComparison(5, size);
      for (int threshold : new int[] {1, 5, 10}) {
        DisclosureControl dc = DisclosureControl.of(threshold);
        JsonNode json = MAPPER.readTree(PublicationSummary.write(r, dc));
        String text = r.renderForPublication(dc);
        assertThat(json.get("summary").asText()).isEqualTo(PublicationSummary.KIND);
        assertThat(json.get("suppression").get("threshold").asInt()).isEqualTo(threshold);
        assertThat(json.get("suppression").get("rule").asText()).isEqualTo(dc.statement());
        assertThat(json.get("suppression").get("markers").asText()).isEqualTo(dc.markerNote());
        assertThat(json.get("design").asText()).isEqualTo(r.design().text());
        assertThat(json.get("analysis").asText()).isEqualTo(r.analysis().name());
        assertThat(json.get("measures")).extracting(m -> m.get("measure").asText())
            .containsExactlyElementsOf(r.measures().stream().map(m -> m.measure().code()).toList());
        Map<String, Map<String, String>> rates = table(text, "Rates per person-year");
        Map<String, Map<String, String>> compared = table(text, "Against the comparison group");
        Map<String, Map<String, String>> scores = table(text, "Scores (latest in each window)");
        Map<String, Map<String, String>> statuses = table(text, "Status at the end of each window");
        Map<String, Map<String, String>> tests = table(text, "Headline tests, Holm-adjusted");
        for (JsonNode m : json.get("measures")) {
          String name = m.get("name").asText();
          JsonNode c = m.get("changes");
          if (m.has("rates")) {
            JsonNode x = m.get("rates");
            Map<String, String> row = rates.get(name);
            assertThat(value(m.get("youngPeople"))).isEqualTo(row.get("young people"));
            assertThat(value(x.get("eventsBefore"))).isEqualTo(row.get("events before"));
            assertThat(value(x.get("eventsAfter"))).isEqualTo(row.get("events after"));
            assertThat(value(x.get("rateBefore"))).isEqualTo(row.get("rate before"));
            assertThat(value(x.get("rateAfter"))).isEqualTo(row.get("rate after"));
            assertThat(value(x.get("rateRatio"))).isEqualTo(row.get("rate ratio"));
            assertThat(interval(x.get("rateRatioInterval"))).isEqualTo(row.get("95% CI"));
            assertThat(p(x.get("pValue"))).isEqualTo(row.get("p"));
            String method = r.measures().stream().filter(y -> y.measure().name().equals(name))
                .findFirst().orElseThrow().rates().get().rateRatio().method().name();
            assertThat(x.get("intervalMethod").asText()).isEqualTo(
                row.get("interval method").startsWith("[") ? row.get("interval method") : method);
            changes(c, row);
            if (x.get("rateRatio").isTextual() && x.get("rateRatio").asText().startsWith("[")) {
              suppressed++;
            } else {
              published++;
            }
          }
          if (m.has("headlineTest")) {
            JsonNode x = m.get("headlineTest");
            Map<String, String> row = tests.get(name);
            assertThat(x.get("test").asText()).isEqualTo(row.get("test"));
            assertThat(p(x.get("pValue"))).isEqualTo(row.get("p"));
            assertThat(p(x.get("holmPValue"))).isEqualTo(row.get("Holm p"));
            holm++;
          }
          if (m.has("comparison")) {
            JsonNode x = m.get("comparison");
            Map<String, String> row = compared.get(name);
            assertThat(value(x.get("ratioOfRateRatios"))).isEqualTo(row.get("ratio of rate ratios"));
            assertThat(interval(x.get("ratioOfRateRatiosInterval"))).isEqualTo(row.get("95% CI"));
            assertThat(value(x.get("differenceInDifferences")))
                .isEqualTo(row.get("DiD per person-year"));
            assertThat(interval(x.get("differenceInDifferencesInterval")))
                .isEqualTo(row.get("DiD CI"));
            assertThat(p(x.get("pValue"))).isEqualTo(row.get("p"));
            String method = r.measures().stream().filter(y -> y.measure().name().equals(name))
                .findFirst().orElseThrow().comparison().get().ratioOfRateRatios().method().name();
            assertThat(x.get("intervalMethod").asText()).isEqualTo(
                row.get("interval method").startsWith("[") ? row.get("interval method") : method);
            // The comparison cohort's size goes with the comparison's figures.
            assertThat(value(x.get("comparisonYoungPeople"))).isEqualTo(
                row.get("ratio of rate ratios").startsWith("[") ? row.get("ratio of rate ratios")
                    : Long.toString(r.comparisonPeopleIncluded().orElseThrow()));
            comparisons++;
          }
          if (m.has("scores")) {
            JsonNode x = m.get("scores");
            Map<String, String> row = scores.get(name);
            assertThat(value(x.get("pairs"))).isEqualTo(row.get("pairs"));
            assertThat(value(x.get("meanChange"))).isEqualTo(row.get("mean change"));
            assertThat(interval(x.get("meanChangeInterval"))).isEqualTo(row.get("95% CI"));
            changes(c, row);
            scoreRows++;
          }
          if (m.has("statuses")) {
            JsonNode x = m.get("statuses");
            Map<String, String> row = statuses.get(name);
            assertThat(value(m.get("youngPeople"))).isEqualTo(row.get("young people"));
            assertThat(share(x.get("before"))).isEqualTo(row.get("before"));
            assertThat(share(x.get("after"))).isEqualTo(row.get("after"));
            changes(c, row);
            statusRows++;
          }
        }
        // The young people: included and evaluated as the text's first table has them.
        Map<String, Map<String, String>> people = table(text, "Young people");
        assertThat(value(json.get("youngPeople").get("included")))
            .isEqualTo(people.get("included").get("young people"));
        assertThat(value(json.get("youngPeople").get("evaluated")))
            .isEqualTo(people.get("evaluated").get("young people"));
        List<String> reasons = new ArrayList<>();
        json.get("youngPeople").get("excluded").fields().forEachRemaining(e -> {
          reasons.add("excluded: " + e.getKey());
          assertThat(value(e.getValue())).isEqualTo(people.get("excluded: " + e.getKey())
              .get("young people"));
        });
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(people.keySet().stream()
            .filter(k -> k.startsWith("excluded: ")).toList());
        // The comparison cohort's young people: the text's second table.
        Map<String, Map<String, String>> compPeople = table("comparison\n" + text.substring(
            text.indexOf("comparison cohort  ")), "comparison");
        assertThat(value(json.get("comparisonYoungPeople").get("included")))
            .isEqualTo(compPeople.get("included").get("young people"));
        // An undefined measure says why, as the text does.
        for (JsonNode m : json.get("measures")) {
          if (m.has("undefined")) {
            assertThat(text).contains("Undefined: " + m.get("name").asText() + ": "
                + m.get("undefined").asText());
            undefined++;
          }
        }
        if (threshold == 1) {
          assertThat(json.toString()).doesNotContain("[c]").doesNotContain("[d]");
        }
      }
    }
    // Both kinds of figure were compared.
    assertThat(suppressed).isPositive();
    assertThat(published).isPositive();
    // Comparisons, scores and statuses too: each kind at least once.
    assertThat(comparisons).isPositive();
    assertThat(holm).isPositive();
    assertThat(undefined).isPositive();
    assertThat(scoreRows).isPositive();
    assertThat(statusRows).isPositive();
  }

  @Test
  void aTinyCohortPublishesItsZerosAndWithholdsTheRest() throws Exception {
    ImpactResult r = ImpactJsonTest.prePost(11, 3);
    JsonNode json = MAPPER.readTree(PublicationSummary.write(r));
    // The analysis' own threshold (5 by default): three young people are a small count.
    assertThat(json.get("suppression").get("threshold").asInt())
        .isEqualTo(r.analysis().suppressionThreshold());
    for (JsonNode m : json.get("measures")) {
      assertThat(m.get("youngPeople").asText()).isIn("[c]", "0");
      if (m.has("rates")) {
        assertThat(m.get("rates").get("rateRatio").asText()).isEqualTo("[c]");
        assertThat(m.get("rates").get("rateRatioInterval").asText()).isEqualTo("[c]");
      }
    }
    assertThat(json.get("youngPeople").get("evaluated").asText()).isEqualTo("[c]"); // 3 is small
    assertThat(json.has("comparisonYoungPeople")).isFalse();
    assertThatThrownBy(() -> PublicationSummary.write(null))
        .isInstanceOf(NullPointerException.class).hasMessage("result");
    assertThatThrownBy(() -> PublicationSummary.write(r, null))
        .isInstanceOf(NullPointerException.class).hasMessage("control");
  }

  private static void changes(JsonNode c, Map<String, String> row) {
    assertThat(value(c.get("improved"))).isEqualTo(row.get("improved"));
    assertThat(value(c.get("unchanged"))).isEqualTo(row.get("same"));
    assertThat(value(c.get("worse"))).isEqualTo(row.get("worse"));
  }

  /** A JSON value as the text tables print it: numbers as written, strings (markers) as they are. */
  private static String value(JsonNode v) {
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
  }

  private static String p(JsonNode v) {
    return v.asText().equals("undefined") ? "-" : v.asText();
  }

  private static String interval(JsonNode v) {
    if (!v.isArray()) {
      return v.asText().equals("undefined") ? "-" : v.asText();
    }
    boolean open = value(v.get(1)).equals("+infinity");
    return "[" + value(v.get(0)) + ", " + value(v.get(1)) + (open ? ")" : "]");
  }

  private static String share(JsonNode v) {
    String s = value(v.get("share"));
    return s.startsWith("[") ? s : s + " " + interval(v.get("interval"));
  }

  /**
   * The text table under the line {@code title}: each row (by its first cell) as a map from the
   * header's column names to its cells, columns being separated by at least two spaces.
   */
  static Map<String, Map<String, String>> table(String text, String title) {
    Map<String, Map<String, String>> out = new HashMap<>();
    List<String> lines = List.of(text.split("\n", -1));
    int at = lines.indexOf(title);
    if (at < 0) {
      at = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(title)) {
          at = i;
          break;
        }
      }
    }
    if (at < 0) {
      return out;
    }
    List<String> header = cells(lines.get(at + 1));
    for (int i = at + 3; i < lines.size() && !lines.get(i).isBlank(); i++) {
      if (i + 1 < lines.size() && lines.get(i + 1).matches("[- ]+")) {
        break; // the header of the next table
      }
      List<String> row = cells(lines.get(i));
      if (row.size() != header.size()) {
        break;
      }
      Map<String, String> byColumn = new HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        byColumn.put(header.get(j), row.get(j));
      }
      out.put(row.get(0), byColumn);
    }
    return out;
  }

  private static List<String> cells(String line) {
    return new ArrayList<>(List.of(line.strip().split(" {2,}")));
  }
}
