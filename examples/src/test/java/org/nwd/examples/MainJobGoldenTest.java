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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Golden copies of the README's main job on the seeded sample, so that any change to a published
 * figure shows in review as a change to a file under {@code
 * src/test/resources/org/nwd/examples/golden/main-job}. The job is run once, in-process ({@link
 * SampleJobRun}), and what it prints on standard output ({@code console.txt}) and every file it
 * writes ({@code tables/*.csv}, {@code tables.txt}, {@code assumptions.txt}, {@code
 * impact-summary.json}) is compared with its golden copy, as is the report's headline panel as text
 * ({@code report-headline.txt}). {@code report.html} itself is not pinned byte for byte (its charts
 * are checked in a browser by CI; its numbers are those of the CSV tables).
 *
 * <p>Nothing is masked: the run fixes the date its report states ({@link SampleJobRun#PRODUCED}),
 * and the output folder, the one thing a caller chooses, prints as {@value #OUTPUT_FOLDER}. Line
 * endings are compared as LF (the CSV files are written with CRLF). A deliberate change is recorded
 * with
 *
 * <pre>
 * mvn -B -pl examples -am test -Dpit.skip -Dtest=MainJobGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dnwd.golden.update=true
 * </pre>
 *
 * <p>and the diff of the golden files is reviewed with the change. The same report is checked for
 * honest captions: every table caption and chart that claims intervals shows some.
 */
class MainJobGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/nwd/examples/golden/main-job");
  static final String UPDATE = "nwd.golden.update";
  static final String OUTPUT_FOLDER = "<output folder>";

  /** The command that rewrites the golden copies, as the failure message and the README give it. */
  static final String UPDATE_COMMAND = "mvn -B -pl examples -am test -Dpit.skip"
      + " -Dtest=MainJobGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

  private static SampleJobRun.Output run;

  @BeforeAll
  static void mainJob() {
    run = SampleJobRun.get();
  }

  /** Everything pinned, by path relative to the golden folder. */
  static Map<String, String> pinned(SampleJobRun.Output run) throws IOException {
    Map<String, String> out = new TreeMap<>();
    out.put("console.txt", console(run.out(), run.dir()));
    out.put("report-headline.txt", run.report().headlineText().orElseThrow());
    try (Stream<Path> files = Files.walk(run.dir())) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = run.dir().relativize(f).toString().replace('\\', '/');
        if (!name.equals("report.html")) {
          out.put(name, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** Standard output with the output folder (as a URI and as a path) shown as {@value #OUTPUT_FOLDER}. */
  static String console(String out, Path dir) {
    String uri = dir.toUri().toString();
    uri = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return out.replace(uri, "file:" + OUTPUT_FOLDER).replace(dir.toString(), OUTPUT_FOLDER);
  }

  @Test
  void consoleTablesCsvFilesAndHeadlineMatchTheirGoldenCopies() throws IOException {
    boolean update = Boolean.getBoolean(UPDATE);
    Map<String, String> actual = pinned(run);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : actual.entrySet()) {
      compare(e.getKey(), e.getValue(), update, problems);
    }
    List<Path> golden;
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      golden = files.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path g : golden) {
      String name = GOLDEN.relativize(g).toString().replace('\\', '/');
      if (!actual.containsKey(name)) {
        if (update) {
          Files.delete(g);
        } else {
          problems.add(name + ": a golden copy of a file the main job no longer writes");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n\n", problems) + "\n\nThe main job's published figures or text changed"
          + " (this run's output: " + run.dir() + "). If the change is intended, record it with\n  "
          + UPDATE_COMMAND + "\nand review the diff of examples/" + GOLDEN + " with the change.");
    }
  }

  @Test
  void theConsoleShowsTheOutputFolderOnlyAsThePlaceholder() throws IOException {
    String console = pinned(run).get("console.txt");
    assertThat(console)
        .contains("Report:     file:" + OUTPUT_FOLDER + "/report.html")
        .contains("CSV tables: " + OUTPUT_FOLDER + "/tables (")
        .doesNotContain(run.dir().toString());
    assertThat(console(run.out(), run.dir())).isEqualTo(console);
  }

  /** Compares {@code actual} (line endings as LF) with the golden file, or writes it. */
  private static void compare(String name, String actual, boolean update, List<String> problems)
      throws IOException {
    String text = actual.replace("\r\n", "\n");
    Path file = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      problems.add(name + ": no golden copy");
      return;
    }
    String golden = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!golden.equals(text)) {
      problems.add(name + " differs from its golden copy (- golden, + this run):\n"
          + diff(golden, text));
    }
  }

  /** The first 20 differing lines, golden ("-") then actual ("+"), with line numbers. */
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
    Document doc = parse(Files.readString(run.dir().resolve("report.html"), StandardCharsets.UTF_8));
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
