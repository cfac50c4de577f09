package org.nwd.benchmarks;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nwd.json.CohortWriter;
import org.nwd.json.NwdJson;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Streaming write of a cohort document ({@link CohortWriter}, every record checked) from records
 * generated once per fork and held in memory, into a counting sink (no I/O in the timings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class JsonWriteBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private List<YoungPersonRecord> records;
  private List<Hub> hubs;
  private final NwdJson json = NwdJson.strict();
  private HeapProbe heap;
  private long lastWritten;

  /** Counts the bytes and drops them. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  @Setup(Level.Trial)
  public void generate() {
    records = Workloads.records(size);
    hubs = Workloads.generator(size).settings().hubs();
    heap = new HeapProbe();
  }

  @Setup(Level.Iteration)
  public void beforeIteration() {
    heap.beforeIteration();
  }

  @TearDown(Level.Iteration)
  public void afterIteration() {
    heap.afterIteration();
  }

  @TearDown(Level.Trial)
  public void report(BenchmarkParams params) {
    heap.report(params.getBenchmark() + "." + size);
    Facts.put("json.bytes." + size, lastWritten);
  }

  /** The library: the whole cohort written record by record; returns the bytes written. */
  @Benchmark
  public long write() {
    CountingSink out = new CountingSink();
    json.writeCohort(hubs, records.stream(), out);
    lastWritten = out.count;
    return out.count;
  }
}
