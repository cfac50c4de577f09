package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.report.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Golden copies of the main job's report for the seeded sample: every CSV table and the text of the
 * headline panel, so that any change to a published figure shows in review as a change to a file
 * under {@code src/test/resources/org/nwd/examples/golden}. A deliberate change is recorded with
 *
 * <pre>
 * mvn -B -pl examples -am test -Dpit.skip -Dtest=ReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dnwd.golden.update=true
 * </pre>
 *
 * <p>and the diff of the golden files is reviewed with the change. The same report is checked for
 * honest captions: every table caption and chart that claims intervals shows some.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/nwd/examples/golden");
  static final String UPDATE = "nwd.golden.update";

  private static Report report;

  @BeforeAll
  static void mainJobReport() {
    Analysis.Results r = Analysis.run(SampleCohort.cohort(), SampleCohort.dataCoverage());
    report = Analysis.report(r, MainJob.title(MainJob.SAMPLE_SOURCE), MainJob.SAMPLE_DESCRIPTION,
        Optional.empty());
  }

  @Test
  void csvTablesAndHeadlineMatchTheirGoldenCopies() throws IOException {
    boolean update = Boolean.getBoolean(UPDATE);
    List<String> problems = new ArrayList<>();
    TreeSet<String> expected = new TreeSet<>();
    for (String id : report.tableIds()) {
      expected.add(id + ".csv");
      compare(id + ".csv", report.csv(id), update, problems);
    }
    expected.add("headline.txt");
    compare("headline.txt", report.headlineText().orElseThrow(), update, problems);
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(f -> present.add(f.getFileName().toString()));
    }
    for (String stale : present) {
      if (!expected.contains(stale)) {
        if (update) {
          Files.delete(GOLDEN.resolve(stale));
        } else {
          problems.add(stale + ": a golden copy of a table the report no longer has");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n\n", problems) + "\n\nThe report's published figures or text changed. If"
          + " the change is intended, record it with\n  mvn -B -pl examples -am test -Dpit.skip"
          + " -Dtest=ReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE
          + "=true\nand review the diff of " + GOLDEN + " with the change.");
    }
  }

  /** Compares {@code actual} (line endings as LF) with the golden file, or writes it. */
  private static void compare(String name, String actual, boolean update, List<String> problems)
      throws IOException {
    String text = actual.replace("\r\n", "\n");
    Path file = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      problems.add(name + ": no golden copy");
      return;
    }
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    if (!golden.equals(text)) {
      problems.add(name + " differs from its golden copy:\n" + diff(golden, text));
    }
  }

  /** The differing lines, golden ("-") then actual ("+"), with line numbers. */
  static String diff(String golden, String actual) {
    String[] a = golden.split("\n", -1);
    String[] b = actual.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(a.length, b.length) && shown < 20; i++) {
      String x = i < a.length ? a[i] : null;
      String y = i < b.length ? b[i] : null;
      if (x == null || !x.equals(y)) {
        out.append(String.format("line %d%n", i + 1));
        if (x != null) {
          out.append("- ").append(x).append('\n');
        }
        if (y != null) {
          out.append("+ ").append(y).append('\n');
        }
        shown++;
      }
    }
    return out.toString();
  }

  @Test
  void theDiffNamesTheChangedLines() {
    assertThat(diff("a\nb\nc", "a\nB\nc\nd"))
        .isEqualTo("line 2\n- b\n+ B\nline 4\n+ d\n");
  }

  /** A number as the report prints it: digits with grouping, sign, decimals or a pound sign. */
  private static final Pattern NUMBER = Pattern.compile("-?\u00a3?[0-9][0-9,]*(\\.[0-9]+)?%?");

  @Test
  void everyCaptionThatPromisesIntervalsHasThem() throws Exception {
    Document doc = parse(report.toHtml());
    List<String> problems = new ArrayList<>();
    NodeList tables = doc.getElementsByTagNameNS("*", "table");
    int claims = 0;
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      String caption = t.getElementsByTagNameNS("*", "caption").item(0).getTextContent();
      if (!claimsIntervals(caption)) {
        continue;
      }
      claims++;
      if (!hasIntervalNumbers(t)) {
        problems.add("table " + t.getAttribute("id") + " promises intervals and shows none: "
            + caption);
      }
    }
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      String desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
      Element figure = (Element) svg.getParentNode().getParentNode();
      String caption = figure.getElementsByTagNameNS("*", "figcaption").item(0).getTextContent();
      if (!claimsIntervals(desc) && !claimsIntervals(caption)) {
        continue;
      }
      claims++;
      if (!drawsIntervals(svg)) {
        problems.add("chart " + svg.getAttribute("id") + " promises intervals and draws none");
      }
    }
    assertThat(problems).isEmpty();
    // The main job's report makes such claims (rates, rates by hub, fidelity, key figures).
    assertThat(claims).isGreaterThanOrEqualTo(8);
  }

  /** True when the text says intervals are shown, not that they are absent. */
  static boolean claimsIntervals(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return t.contains("interval") && !t.contains("no interval") && !t.contains("no confidence")
        && !t.contains("not a confidence interval");
  }

  /** Some cell under a "Lower" or "Upper" column holds a number. */
  static boolean hasIntervalNumbers(Element table) {
    NodeList heads = ((Element) table.getElementsByTagNameNS("*", "thead").item(0))
        .getElementsByTagNameNS("*", "th");
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < heads.getLength(); j++) {
      String h = heads.item(j).getTextContent();
      if (h.equals("Lower") || h.equals("Upper")) {
        columns.add(j);
      }
    }
    NodeList rows = ((Element) table.getElementsByTagNameNS("*", "tbody").item(0))
        .getElementsByTagNameNS("*", "tr");
    for (int r = 0; r < rows.getLength(); r++) {
      NodeList cells = ((Element) rows.item(r)).getChildNodes();
      for (int c : columns) {
        if (c < cells.getLength() && NUMBER.matcher(cells.item(c).getTextContent()).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean drawsIntervals(Element svg) {
    NodeList all = svg.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      List<String> classes = List.of(((Element) all.item(i)).getAttribute("class").split(" "));
      if ((classes.contains("errorbar") || classes.contains("interval"))
          && !classes.contains("swatch")) {
        return true;
      }
    }
    return false;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
