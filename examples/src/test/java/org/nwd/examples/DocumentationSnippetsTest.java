package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.reflect.ClassPath;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} snippet of the README and of the other Markdown files of the project (under
 * {@code nwd-*}/ and {@code examples/}) compiles, with {@code javax.tools.JavaCompiler}, against this
 * module's test class path (every nwd module, JUnit, AssertJ), so a snippet that stops compiling
 * fails the build. The rules a snippet follows:
 *
 * <ul>
 *   <li>Its leading {@code import} lines are its imports, shown in the Markdown: a snippet needs
 *       nothing that is not on the page.
 *   <li>A snippet that declares a top-level type ({@code class}, {@code record}, {@code interface},
 *       {@code enum}, possibly annotated) is a compilation unit and compiles as it stands.
 *   <li>Any other snippet is statements: it compiles as the body of {@code void snippet(GIVEN) throws
 *       Exception} in a class of its own.
 *   <li>GIVEN are the variables the text around a snippet provides (your cohort, the result of the
 *       snippet before): an HTML comment on the line before the fence, {@code <!-- given: Cohort
 *       cohort, ImpactResult result -->}, hidden when the Markdown is rendered. Their types must be
 *       among the snippet's imports.
 *   <li>A snippet fenced {@code ```java no-compile REASON} is skipped, and its reason printed; one
 *       without a reason fails.
 * </ul>
 *
 * <p>JShell scripts are run by {@code .ci/run}; their startup's imports are checked here too.
 */
class DocumentationSnippetsTest {

  /** The repository root: the parent of this module (surefire runs in the module's folder). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern FENCE = Pattern.compile("^```java(?:\\s+(.*))?$");
  private static final Pattern GIVEN = Pattern.compile("^<!--\\s*given:\\s*(.*?)\\s*-->$");
  private static final Pattern TYPE =
      Pattern.compile("^(?:@\\S+.*|(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s.*)$");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

  /** One snippet: where it is, its lines, what its context gives it, and why it is skipped. */
  record Snippet(String file, int firstLine, List<String> lines, String given, String skip) {
    String where() {
      return file + ":" + firstLine;
    }
  }

  /** A snippet as Java source, with the Markdown line of each source line (0: added). */
  record Unit(Snippet snippet, String name, String source, int[] markdownLine) {}

  @Test
  void everyJavaSnippetInTheMarkdownCompiles(@TempDir Path classes) throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    for (Path md : markdownFiles()) {
      snippets.addAll(snippets(ROOT.relativize(md).toString().replace('\\', '/'),
          Files.readAllLines(md, StandardCharsets.UTF_8)));
    }
    // The README alone has eight; a parser that finds none must not pass.
    assertThat(snippets).filteredOn(s -> s.file().equals("README.md")).hasSizeGreaterThanOrEqualTo(8);
    List<String> problems = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (Snippet s : snippets) {
      if (s.skip() == null) {
        units.add(unit(s, "snippet" + units.size()));
      } else if (s.skip().isBlank()) {
        problems.add(s.where() + ": marked no-compile without a reason");
      } else {
        System.out.println("Not compiled: " + s.where() + ": " + s.skip());
      }
    }
    problems.addAll(compile(units, classes));
    if (!problems.isEmpty()) {
      fail("Java snippets in the Markdown that do not compile (rules in DocumentationSnippetsTest's"
          + " javadoc):\n" + String.join("\n", problems));
    }
  }

  @Test
  void aSnippetThatDoesNotCompileIsReportedAtItsMarkdownLine(@TempDir Path classes) {
    List<Snippet> s = snippets("X.md", List.of("Text", "<!-- given: String name -->", "```java",
        "import java.util.List;", "", "List<String> names = List.of(name);", "int n = names;",
        "```", "```java no-compile", "broken(", "```", "```java no-compile needs a database",
        "broken(", "```"));
    assertThat(s).hasSize(3);
    assertThat(s.get(0).given()).isEqualTo("String name");
    assertThat(s.get(1).skip()).isEmpty();
    assertThat(s.get(2).skip()).isEqualTo("needs a database");
    List<String> problems = compile(List.of(unit(s.get(0), "probe")), classes);
    assertThat(problems).singleElement().asString()
        .startsWith("X.md:7 (snippet at X.md:4): incompatible types");
  }

  @Test
  void aSnippetThatDeclaresATypeCompilesAsItStands(@TempDir Path classes) {
    List<Snippet> s = snippets("X.md", List.of("```java", "import java.util.List;", "",
        "@SuppressWarnings(\"unused\")", "class Probe {", "  List<String> names;", "}", "```"));
    Unit u = unit(s.get(0), "probe");
    assertThat(u.source()).doesNotContain("void snippet(");
    assertThat(compile(List.of(u), classes)).isEmpty();
  }

  /**
   * The JShell startup's wildcard imports name no type twice: {@code EventsAvoided}, in both
   * {@code org.nwd.impact} and {@code org.nwd.cost}, must be imported by its full name. Every public
   * type of the packages it imports is named once, under the startup's imports and JShell's default
   * ones, and must compile.
   */
  @Test
  void theJShellStartupImportsNoNameTwice(@TempDir Path classes) throws IOException {
    List<String> startup =
        Files.readAllLines(ROOT.resolve("examples/src/main/jshell/nwd.jsh"), StandardCharsets.UTF_8);
    List<String> imports = new ArrayList<>(JSHELL_DEFAULT_IMPORTS);
    Set<String> packages = new TreeSet<>();
    for (String line : startup) {
      if (line.startsWith("import ")) {
        imports.add(line);
        if (line.endsWith(".*;") && line.startsWith("import org.nwd")) {
          packages.add(line.substring("import ".length(), line.length() - 3));
        }
      }
    }
    assertThat(packages).contains("org.nwd.impact", "org.nwd.cost");
    StringBuilder body = new StringBuilder();
    int n = 0;
    Set<String> names = new TreeSet<>();
    for (ClassPath.ClassInfo c : ClassPath.from(getClass().getClassLoader()).getTopLevelClasses()) {
      if (packages.contains(c.getPackageName()) && !c.getSimpleName().equals("package-info")
          && java.lang.reflect.Modifier.isPublic(c.load().getModifiers())) {
        names.add(c.getSimpleName());
        body.append("    Class<?> c").append(n++).append(" = ").append(c.getSimpleName())
            .append(".class;\n");
      }
    }
    assertThat(names).contains("EventsAvoided", "ImpactResult", "Appraisal");
    String source = String.join("\n", imports) + "\nclass Startup {\n  void names() {\n" + body
        + "  }\n}\n";
    Snippet s = new Snippet("nwd.jsh", 1, source.lines().toList(), null, null);
    List<String> problems =
        compile(List.of(new Unit(s, "startup", source, new int[source.split("\n", -1).length])),
            classes);
    assertThat(problems).as("names the JShell startup leaves ambiguous or unknown").isEmpty();
  }

  /** JShell's DEFAULT startup imports. */
  static final List<String> JSHELL_DEFAULT_IMPORTS = List.of(
      "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
      "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
      "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

  /** README.md and every Markdown file under nwd-* and examples (not under target). */
  static List<Path> markdownFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(ROOT.resolve("README.md"));
    try (Stream<Path> top = Files.list(ROOT)) {
      for (Path dir : top.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        if (!name.startsWith("nwd-") && !name.equals("examples")) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !dir.relativize(p).toString().replace('\\', '/').contains("target/"))
              .filter(p -> !p.toString().contains("node_modules"))
              .sorted()
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The {@code ```java} snippets of a Markdown file's lines. */
  static List<Snippet> snippets(String file, List<String> lines) {
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i).strip());
      if (!fence.matches()) {
        continue;
      }
      String info = fence.group(1) == null ? "" : fence.group(1).strip();
      String skip = null;
      if (info.startsWith("no-compile")) {
        skip = info.substring("no-compile".length()).strip();
      }
      Matcher given = i > 0 ? GIVEN.matcher(lines.get(i - 1).strip()) : GIVEN.matcher("");
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      out.add(new Snippet(file, i + 2, List.copyOf(lines.subList(i + 1, end)),
          given.matches() ? given.group(1) : null, skip));
      i = end;
    }
    return out;
  }

  /** The snippet as a compilation unit of its own package, by the rules above. */
  static Unit unit(Snippet s, String pkg) {
    List<String> source = new ArrayList<>();
    List<Integer> lineOf = new ArrayList<>();
    source.add("package " + pkg + ";");
    lineOf.add(0);
    int i = 0;
    List<String> lines = s.lines();
    while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("import "))) {
      source.add(lines.get(i));
      lineOf.add(s.firstLine() + i);
      i++;
    }
    boolean declaresType = lines.subList(i, lines.size()).stream()
        .anyMatch(l -> TYPE.matcher(l).matches());
    String name = "Snippet";
    if (!declaresType) {
      source.add("class Snippet {");
      lineOf.add(0);
      source.add("  void snippet(" + (s.given() == null ? "" : s.given()) + ") throws Exception {");
      lineOf.add(0);
    }
    for (; i < lines.size(); i++) {
      source.add(lines.get(i));
      lineOf.add(s.firstLine() + i);
      Matcher pub = PUBLIC_TYPE.matcher(lines.get(i));
      if (pub.find()) {
        name = pub.group(1);
      }
    }
    if (!declaresType) {
      source.add("  }");
      lineOf.add(0);
      source.add("}");
      lineOf.add(0);
    }
    int[] md = new int[lineOf.size() + 1];
    for (int j = 0; j < lineOf.size(); j++) {
      md[j + 1] = lineOf.get(j); // diagnostics count lines from 1
    }
    return new Unit(s, pkg + "/" + name, String.join("\n", source) + "\n", md);
  }

  /** Compiles the units in one task; each error as "FILE:LINE (snippet at FILE:LINE): message". */
  static List<String> compile(List<Unit> units, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Unit u : units) {
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + u.name() + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return u.source();
        }
      });
    }
    List<String> options = List.of("-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
        "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", testClassPath());
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiler.getTask(null, files, diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Unit u = units.get(sources.indexOf(d.getSource()));
      long line = d.getLineNumber();
      int md = line > 0 && line < u.markdownLine().length ? u.markdownLine()[(int) line] : 0;
      out.add(u.snippet().file() + ":" + (md > 0 ? md : u.snippet().firstLine()) + " (snippet at "
          + u.snippet().where() + "): " + String.join("; ",
          d.getMessage(Locale.ROOT).lines().map(String::strip).toList()));
    }
    return out;
  }

  /** The class path the tests run with (surefire names it apart when it uses a manifest jar). */
  static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "")
        .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }
}
