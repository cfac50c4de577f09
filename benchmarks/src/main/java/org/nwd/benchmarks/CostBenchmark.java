package org.nwd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.MonteCarlo;
import org.nwd.cost.MonteCarloResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The cost-avoidance appraisal of 20 measures over a 10-year horizon with every assumption uncertain:
 * the exact deterministic model, and a Monte Carlo of 10,000 iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CostBenchmark {

  private final Appraisal appraisal = Workloads.appraisal();
  private long seed;
  private HeapProbe heap;

  @Setup(Level.Trial)
  public void setUp() {
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
    heap.report(params.getBenchmark() + ".0");
  }

  /** The deterministic, exact model (BigDecimal), with every line's explanation. */
  @Benchmark
  public CostAvoidanceResult deterministic() {
    return CostAvoidanceModel.run(appraisal);
  }

  /** 10,000 Monte Carlo iterations, a new seed each call (the work does not depend on it). */
  @Benchmark
  public MonteCarloResult monteCarlo() {
    return MonteCarlo.run(appraisal, 10_000, seed++);
  }
}
