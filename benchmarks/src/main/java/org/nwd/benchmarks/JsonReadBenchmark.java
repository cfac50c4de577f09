package org.nwd.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nwd.json.CohortReader;
import org.nwd.json.NwdJson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming read of a cohort document ({@link CohortReader}: every record built and validated), next
 * to two ceilings on the same bytes: Jackson's raw token scan ({@code JsonParser.nextToken()} to the
 * end) and a decoding scan, which also decodes every value (the text of every string and field name,
 * the value of every number) but builds nothing. The document is generated and written into memory
 * once per fork, outside the timings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonReadBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private ChunkedBytes bytes;
  private final NwdJson json = NwdJson.strict();
  private final JsonFactory plain = new JsonFactory();
  private HeapProbe heap;
  private long lastRead = -1;

  @Setup(Level.Trial)
  public void generate() {
    bytes = Workloads.json(size);
    Facts.put("json.bytes." + size, bytes.size());
    heap = new HeapProbe();
  }

  @Setup(Level.Iteration)
  public void beforeIteration() {
    heap.beforeIteration();
  }

  @TearDown(Level.Iteration)
  public void afterIteration() {
    heap.afterIteration();
    // The reader must have seen exactly the generated cohort, or the timings mean nothing.
    if (lastRead != -1 && lastRead != size) {
      throw new IllegalStateException("read " + lastRead + " records of " + size);
    }
  }

  @TearDown(Level.Trial)
  public void report(BenchmarkParams params) {
    heap.report(params.getBenchmark() + "." + size);
  }

  /** The library: every record read, built through the model's builders and checked. */
  @Benchmark
  public long read(Blackhole bh) {
    long n = 0;
    try (CohortReader reader = json.openCohort(bytes.inputStream())) {
      while (reader.hasNext()) {
        bh.consume(reader.next());
        n++;
      }
    }
    lastRead = n;
    return n;
  }

  /**
   * The second ceiling: every token of the same bytes with every value decoded, as any reader must:
   * the text of each field name and string, the value of each number; nothing built or checked.
   */
  @Benchmark
  public long decodingScan(Blackhole bh) throws IOException {
    long values = 0;
    try (JsonParser p = plain.createParser(bytes.inputStream())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME:
          case VALUE_STRING:
            bh.consume(p.getText());
            break;
          case VALUE_NUMBER_INT:
            bh.consume(p.getLongValue());
            break;
          case VALUE_NUMBER_FLOAT:
            bh.consume(p.getDoubleValue());
            break;
          default:
            break;
        }
        values++;
      }
    }
    return values;
  }

  /** The first ceiling: every token of the same bytes, nothing decoded or built. */
  @Benchmark
  public long tokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = plain.createParser(bytes.inputStream())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
