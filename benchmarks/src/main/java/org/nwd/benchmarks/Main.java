package org.nwd.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH suite (JMH's own command-line options are accepted and passed on) with the GC
 * profiler, then writes the tables of {@code benchmarks/README.md}: the figures, their ratios to the
 * ceilings, per-person cost across sizes, peak heap and the targets met or missed. The tables go to
 * standard output and to {@code results.md} in the directory named by {@code -Dnwd.bench.out}
 * (default {@code benchmarks/target}).
 *
 * <p>Without {@code -p size=...} it runs twice: the sizes up to 100,000 with the annotations'
 * iterations, then 1,000,000 with {@value #LARGE_WARMUP_ITERATIONS} warmup and {@value
 * #LARGE_MEASUREMENT_ITERATIONS} measurement iterations (each at least one whole operation of several
 * seconds), its JMH result file named with {@code -1000000} before the extension.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      if (a.equals("-h") || a.equals("-l") || a.equals("-lp") || a.equals("-lprof") || a.equals("-lrf")) {
        org.openjdk.jmh.Main.main(args);
        return;
      }
    }
    Path out = Path.of(System.getProperty("nwd.bench.out", "benchmarks/target"));
    Files.createDirectories(out);
    Path facts = out.resolve("facts.csv").toAbsolutePath();
    Files.deleteIfExists(facts);
    CommandLineOptions cli = new CommandLineOptions(args);
    List<RunResult> results = new ArrayList<>();
    if (cli.getParameter("size").hasValue()) {
      results.addAll(new Runner(options(cli, facts).build()).run());
    } else {
      // The small sizes with the annotations' iterations...
      results.addAll(
          new Runner(options(cli, facts).param("size", "1000", "10000", "100000").build()).run());
      // ...then a million, where one operation takes seconds: fewer, longer iterations.
      ChainedOptionsBuilder large =
          options(cli, facts).param("size", "1000000").exclude(CostBenchmark.class.getSimpleName())
              .exclude(Ssda903Benchmark.class.getSimpleName());
      if (!cli.getWarmupIterations().hasValue()) {
        large.warmupIterations(LARGE_WARMUP_ITERATIONS);
      }
      if (!cli.getMeasurementIterations().hasValue()) {
        large.measurementIterations(LARGE_MEASUREMENT_ITERATIONS);
      }
      if (cli.getResult().hasValue()) {
        String file = cli.getResult().get();
        int dot = file.lastIndexOf('.');
        large.result(
            dot > 0 ? file.substring(0, dot) + "-1000000" + file.substring(dot) : file + "-1000000");
      }
      try {
        results.addAll(new Runner(large.build()).run());
      } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
        // only the cost benchmarks were selected
      }
    }
    String tables = tables(results, Facts.read(facts));
    System.out.println();
    System.out.println(tables);
    Files.writeString(out.resolve("results.md"), tables, StandardCharsets.UTF_8);
  }

  /** The ceilings: shown across sizes, but the flatness target is the library's. */
  private static final Set<String> CEILINGS =
      Set.of("JsonReadBenchmark.tokenScan", "JsonReadBenchmark.decodingScan",
          "ImpactBenchmark.primitiveCeiling");

  /** Iterations at a million young people, unless given on the command line. */
  static final int LARGE_WARMUP_ITERATIONS = 1;

  static final int LARGE_MEASUREMENT_ITERATIONS = 1;

  private static ChainedOptionsBuilder options(CommandLineOptions cli, Path facts) {
    ChainedOptionsBuilder options =
        new OptionsBuilder().parent(cli).jvmArgsPrepend("-D" + Facts.PROPERTY + "=" + facts);
    if (cli.getProfilers().stream().noneMatch(p -> p.getKlass().equals(GCProfiler.class.getName()))) {
      options.addProfiler(GCProfiler.class);
    }
    return options;
  }

  /** One measured figure: mean ms per operation, its error, and bytes allocated per operation. */
  record Figure(double ms, double error, double allocBytes) {}

  static String tables(Collection<RunResult> results, Map<String, Long> facts) {
    // benchmark method -> size -> figure
    Map<String, Map<Integer, Figure>> f = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String size = r.getParams().getParam("size");
      double alloc = Double.NaN;
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = e.getValue().getScore();
        }
      }
      double scale = msPer(r.getPrimaryResult().getScoreUnit());
      f.computeIfAbsent(name, k -> new TreeMap<>())
          .put(
              size == null ? 0 : Integer.parseInt(size),
              new Figure(
                  r.getPrimaryResult().getScore() * scale,
                  r.getPrimaryResult().getScoreError() * scale,
                  alloc));
    }
    StringBuilder s = new StringBuilder();
    List<String> verdicts = new ArrayList<>();

    Map<Integer, Figure> read = f.getOrDefault("JsonReadBenchmark.read", Map.of());
    Map<Integer, Figure> scan = f.getOrDefault("JsonReadBenchmark.tokenScan", Map.of());
    Map<Integer, Figure> decode = f.getOrDefault("JsonReadBenchmark.decodingScan", Map.of());
    Map<Integer, Figure> write = f.getOrDefault("JsonWriteBenchmark.write", Map.of());
    if (!read.isEmpty() || !write.isEmpty()) {
      s.append("### JSON (streaming, in memory)\n\n");
      s.append(
          "| young people | document MB | read ms | read MB/s | read people/s | token scan MB/s"
              + " | read / scan | decoding scan MB/s | read / decoding | write ms | write MB/s"
              + " | write people/s |\n");
      s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      double worst = Double.MAX_VALUE;
      for (int n : sizes(read, scan, write)) {
        Long bytes = facts.get("json.bytes." + n);
        double mb = bytes == null ? Double.NaN : bytes / 1e6;
        Figure r = read.get(n);
        Figure t = scan.get(n);
        Figure w = write.get(n);
        Figure d = decode.get(n);
        double ratio = r != null && t != null ? t.ms / r.ms : Double.NaN;
        double decodingRatio = r != null && d != null ? d.ms / r.ms : Double.NaN;
        if (!Double.isNaN(decodingRatio)) {
          worst = Math.min(worst, decodingRatio);
        }
        s.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                n,
                num(mb, 1),
                ms(r),
                rate(mb, r),
                rate(n, r),
                rate(mb, t),
                pct(ratio),
                rate(mb, d),
                pct(decodingRatio),
                ms(w),
                rate(mb, w),
                rate(n, w)));
      }
      s.append("\nread / scan is the library's read speed as a share of the raw token scan; read /"
          + " decoding its share of the decoding scan (every value decoded, nothing built).\n\n");
      if (worst != Double.MAX_VALUE) {
        verdicts.add(verdict(worst >= 0.5, "JSON read at least half the decoding scan",
            "lowest " + pct(worst)));
      }
    }

    Map<Integer, Figure> impact = f.getOrDefault("ImpactBenchmark.analysis", Map.of());
    Map<Integer, Figure> ceiling = f.getOrDefault("ImpactBenchmark.primitiveCeiling", Map.of());
    if (!impact.isEmpty() || !ceiling.isEmpty()) {
      s.append("### Impact analysis (15 standard measures)\n\n");
      s.append(
          "| young people | analysis ms | µs per person | people/s | primitive loop ms"
              + " | ns per person | analysis / loop |\n");
      s.append("|---:|---:|---:|---:|---:|---:|---:|\n");
      double worst = 0;
      for (int n : sizes(impact, ceiling)) {
        Figure a = impact.get(n);
        Figure c = ceiling.get(n);
        double ratio = a != null && c != null ? a.ms / c.ms : Double.NaN;
        if (!Double.isNaN(ratio)) {
          worst = Math.max(worst, ratio);
        }
        s.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %s | %s | %s | %s |\n",
                n,
                ms(a),
                a == null ? "" : num(a.ms * 1000 / n, 2),
                rate(n, a),
                ms(c),
                c == null ? "" : num(c.ms * 1e6 / n, 1),
                Double.isNaN(ratio) ? "" : num(ratio, 1) + "x"));
      }
      s.append("\n");
      if (worst > 0) {
        verdicts.add(
            verdict(worst <= 2, "impact within 2x of the primitive loop", "worst " + num(worst, 1) + "x"));
      }
    }

    Map<Integer, Figure> det = f.getOrDefault("CostBenchmark.deterministic", Map.of());
    Map<Integer, Figure> mc = f.getOrDefault("CostBenchmark.monteCarlo", Map.of());
    if (!det.isEmpty() || !mc.isEmpty()) {
      s.append("### Cost avoidance (20 measures, 10-year horizon, every assumption uncertain)\n\n");
      s.append("| calculation | ms per run | allocated per run |\n|---|---:|---:|\n");
      if (det.containsKey(0)) {
        s.append("| deterministic model (exact, BigDecimal) | ")
            .append(ms(det.get(0)))
            .append(" | ")
            .append(bytes(det.get(0).allocBytes))
            .append(" |\n");
      }
      if (mc.containsKey(0)) {
        s.append("| Monte Carlo, 10,000 iterations | ")
            .append(ms(mc.get(0)))
            .append(" | ")
            .append(bytes(mc.get(0).allocBytes))
            .append(" |\n");
        verdicts.add(
            verdict(mc.get(0).ms < 1000, "Monte Carlo under 1 second", ms(mc.get(0)) + " ms"));
      }
      s.append("\n");
    }

    s.append("### Time per young person across sizes\n\n");
    s.append("| benchmark | 1,000 | 10,000 | 100,000 | 1,000,000 | max / min |\n");
    s.append("|---|---:|---:|---:|---:|---:|\n");
    double worstSpread = 0;
    String worstName = "";
    for (Map.Entry<String, Map<Integer, Figure>> e : f.entrySet()) {
      if (e.getValue().containsKey(0)) {
        continue;
      }
      double min = Double.MAX_VALUE;
      double max = 0;
      StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
      for (int n : new int[] {1000, 10_000, 100_000, 1_000_000}) {
        Figure x = e.getValue().get(n);
        if (x == null) {
          row.append(" |");
          continue;
        }
        double ns = x.ms * 1e6 / n;
        min = Math.min(min, ns);
        max = Math.max(max, ns);
        row.append(" ").append(num(ns, ns < 100 ? 1 : 0)).append(" ns |");
      }
      double spread = max / min;
      boolean isCeiling = CEILINGS.contains(e.getKey());
      if (e.getValue().size() > 1 && !isCeiling && spread > worstSpread) {
        worstSpread = spread;
        worstName = e.getKey();
      }
      s.append(row.toString().replace("| " + e.getKey() + " |", "| " + e.getKey() + (isCeiling ? " (ceiling)" : "") + " |"))
          .append(" ")
          .append(num(spread, 2))
          .append(" |\n");
    }
    s.append("\n");
    if (worstSpread > 0) {
      verdicts.add(
          verdict(
              worstSpread <= 1.25,
              "per-person cost of the library flat within 25% across sizes",
              "worst max/min " + num(worstSpread, 2) + ", " + worstName));
    }

    s.append("### Heap\n\n");
    s.append(
        "| benchmark | young people | inputs held | live above inputs | peak above inputs"
            + " | allocated per run | allocated per person |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<Integer, Figure>> e : f.entrySet()) {
      for (Map.Entry<Integer, Figure> x : e.getValue().entrySet()) {
        String key = e.getKey() + "." + x.getKey();
        int n = x.getKey();
        s.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s |\n",
                e.getKey(),
                n == 0 ? "" : String.format(Locale.ROOT, "%,d", n),
                bytes(fact(facts, "heap.inputs.", key)),
                bytes(fact(facts, "heap.live.", key)),
                bytes(fact(facts, "heap.peak.", key)),
                bytes(x.getValue().allocBytes),
                n == 0 ? "" : bytes(x.getValue().allocBytes / n)));
      }
    }
    s.append(
        "\ninputs held: heap in use after a full collection before an iteration (the records or the"
            + " JSON bytes the benchmark holds). live: the most heap in use just after any collection"
            + " during an iteration, minus the inputs (0: no collection was needed). peak: the heap"
            + " pools' summed peak usage minus the inputs, an upper bound that counts uncollected"
            + " garbage. allocated: JMH's GC profiler (gc.alloc.rate.norm).\n\n");

    s.append("### Targets\n\n");
    for (String v : verdicts) {
      s.append("- ").append(v).append("\n");
    }
    return s.toString();
  }

  private static double fact(Map<String, Long> facts, String prefix, String key) {
    for (Map.Entry<String, Long> e : facts.entrySet()) {
      if (e.getKey().startsWith(prefix) && e.getKey().endsWith(key)) {
        return e.getValue();
      }
    }
    return Double.NaN;
  }

  @SafeVarargs
  private static Set<Integer> sizes(Map<Integer, Figure>... maps) {
    Set<Integer> out = new java.util.TreeSet<>();
    for (Map<Integer, Figure> m : maps) {
      out.addAll(m.keySet());
    }
    return out;
  }

  private static double msPer(String unit) {
    switch (unit) {
      case "s/op":
        return 1000;
      case "ms/op":
        return 1;
      case "us/op":
        return 1e-3;
      case "ns/op":
        return 1e-6;
      default:
        throw new IllegalArgumentException("run in average-time mode, not " + unit);
    }
  }

  private static String verdict(boolean met, String target, String figure) {
    return (met ? "**met**: " : "**missed**: ") + target + " (" + figure + ")";
  }

  private static String ms(Figure x) {
    if (x == null) {
      return "";
    }
    int digits = x.ms < 1 ? 3 : x.ms < 100 ? 1 : 0;
    return num(x.ms, digits) + (Double.isNaN(x.error) ? "" : " ± " + num(x.error, digits));
  }

  private static String rate(double amount, Figure x) {
    if (x == null || Double.isNaN(amount)) {
      return "";
    }
    double perSecond = amount / (x.ms / 1000);
    return perSecond >= 1000 ? String.format(Locale.ROOT, "%,.0f", perSecond) : num(perSecond, 1);
  }

  private static String pct(double ratio) {
    return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }

  private static String num(double x, int digits) {
    return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%,." + digits + "f", x);
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "";
    }
    if (b >= 1e9) {
      return num(b / 1e9, 2) + " GB";
    }
    if (b >= 1e6) {
      return num(b / 1e6, 1) + " MB";
    }
    if (b >= 1e3) {
      return num(b / 1e3, 1) + " kB";
    }
    return num(b, 0) + " B";
  }
}
