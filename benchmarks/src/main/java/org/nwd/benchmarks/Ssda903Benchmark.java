package org.nwd.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nwd.model.CareStatus;
import org.nwd.model.Sex;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonRecord;
import org.nwd.ssda903.PostcodeDirectory;
import org.nwd.ssda903.PostcodeLocation;
import org.nwd.ssda903.Ssda903Import;
import org.nwd.ssda903.Ssda903Result;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.Ssda903Writer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SSDA903 import of a whole country's scale of returns: {@code children} synthetic young people,
 * every one looked after at some time, written by the testkit as five collection years (2021-22 to
 * 2025-26) of CSV tables with 2% of units dirty, then read back with {@link Ssda903Import} (every
 * row through the rules, the years stitched, every record built and checked). Next to it, the
 * ceiling: Commons CSV's parse of the same files, every field touched, nothing else. The files are
 * written once per fork, outside the timings; each operation is one whole import (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Ssda903Benchmark {
  static final String COUNCIL = "E10000023";

  @Param({"100000"})
  public int children;

  private Path dir;
  private PostcodeDirectory lookup;
  private long files;
  private HeapProbe heap;
  private Ssda903Result last;
  private long retained;

  @Setup(Level.Trial)
  public void write() throws IOException {
    dir = Files.createTempDirectory("nwd-903-bench");
    CohortSettings settings =
        CohortSettings.builder()
            .size(children)
            .seed(20240401L)
            .referralsFrom(LocalDate.of(2021, 4, 1))
            .referralsUntil(LocalDate.of(2025, 4, 1))
            .careStatusMix(ImmutableMap.of(CareStatus.LOOKED_AFTER, 1.0))
            .build();
    Iterable<YoungPersonRecord> records =
        CohortGenerator.of(settings).stream().map(Ssda903Benchmark::withSex)::iterator;
    Ssda903Writer.of(COUNCIL, 2022, 2026).dirty(0.02, 7).write(records, dir);
    Map<String, PostcodeLocation> m = new HashMap<>();
    for (Ssda903Writer.SyntheticPostcode p : Ssda903Writer.postcodes(COUNCIL)) {
      m.put(p.postcode(), PostcodeLocation.of(p.council(), p.easting(), p.northing()));
    }
    lookup = PostcodeDirectory.of(m);
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    Facts.put("ssda903.bytes." + children, files);
    heap = new HeapProbe();
  }

  private static YoungPersonRecord withSex(YoungPersonRecord r) {
    YoungPerson p = r.youngPerson();
    return YoungPersonRecord.builder()
        .youngPerson(YoungPerson.builder().id(p.id()).birthMonth(p.birthMonth())
            .localAuthority(p.localAuthority()).addAllCareStatusPeriods(p.careStatusPeriods())
            .sex((p.id().hashCode() & 1) == 0 ? Sex.FEMALE : Sex.MALE).build())
        .addAllPlacements(r.placements())
        .addAllEvents(r.events())
        .addAllScores(r.scores())
        .build();
  }

  private long before;

  @Setup(Level.Iteration)
  public void beforeIteration() {
    last = null;
    heap.beforeIteration();
    before = usedAfterGc();
  }

  private static long usedAfterGc() {
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return mx.getHeapMemoryUsage().getUsed();
  }

  @TearDown(Level.Iteration)
  public void afterIteration() {
    heap.afterIteration();
    if (last != null) {
      // What the result (the model, the report, the episodes) holds once the import is done.
      retained = Math.max(retained, usedAfterGc() - before);
      if (last.cohort().size() < children * 0.9) {
        throw new IllegalStateException("imported " + last.cohort().size() + " of " + children);
      }
      last = null;
    }
  }

  @TearDown(Level.Trial)
  public void report(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
    heap.report(params.getBenchmark() + "." + children);
    Facts.put("ssda903.retained." + children, retained);
    System.out.printf(
        "%n[ssda903] %d children, files %.1f MB, result retains %.1f MB, least CPU time of the"
            + " importing thread %.1f s%n",
        children, files / 1e6, retained / 1e6,
        cpuNanos == Long.MAX_VALUE ? Double.NaN : cpuNanos / 1e9);
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The library: the whole import. */
  @Benchmark
  public Ssda903Result importReturns() {
    long cpu = THREADS.getCurrentThreadCpuTime();
    Ssda903Result r = Ssda903Import.builder().council(COUNCIL).postcodes(lookup).build().read(dir);
    // CPU time of the importing thread: on a shared machine the wall clock also counts waiting.
    cpuNanos = Math.min(cpuNanos, THREADS.getCurrentThreadCpuTime() - cpu);
    last = r;
    return r;
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();
  private long cpuNanos = Long.MAX_VALUE;

  /** The ceiling: Commons CSV parses every file, each field's length summed. */
  @Benchmark
  public long csvScan() throws IOException {
    long n = 0;
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.filter(p -> p.toString().endsWith(".csv")).toList();
    }
    for (Path p : all) {
      try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
        for (CSVRecord r : parser) {
          for (String v : r) {
            n += v.length();
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return n;
  }
}
