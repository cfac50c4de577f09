package org.nwd.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.nwd.cost.Appraisal;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.MeasureCost;
import org.nwd.cost.Money;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.ValueType;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.json.NwdJson;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.CohortGenerator;

/** The inputs every benchmark shares: the seeded cohort, the analysis and the appraisal. */
final class Workloads {
  private Workloads() {}

  /** The generator's seed: every run measures the same young people. */
  static final long SEED = 20_240_401L;

  /**
   * The data coverage of the analysis: the generator's referrals run from 2015-04-01 to 2017-04-01
   * with 12 months either side, so every window lies inside it and nobody is cut short.
   */
  static final DatePeriod COVERAGE = DatePeriod.of(LocalDate.of(2014, 4, 1), LocalDate.of(2018, 4, 1));

  /** The seeded generator for {@code size} young people with default settings. */
  static CohortGenerator generator(int size) {
    return CohortGenerator.of(size, SEED);
  }

  /** The generated records, held in memory. */
  static List<YoungPersonRecord> records(int size) {
    return generator(size).stream().collect(Collectors.toList());
  }

  /** The whole cohort written as one streaming JSON document into memory. */
  static ChunkedBytes json(int size) {
    CohortGenerator g = generator(size);
    ChunkedBytes out = new ChunkedBytes();
    NwdJson.strict().writeCohort(g.settings().hubs(), g.stream(), out);
    out.close();
    return out;
  }

  /** The full analysis over every standard measure (defaults otherwise). */
  static ImpactAnalysis analysis() {
    return ImpactAnalysis.builder()
        .name("benchmark")
        .dataCoverage(COVERAGE)
        .addAllMeasures(StandardMeasures.all())
        .build();
  }

  /** Unit costs the 20 synthetic measures of {@link #appraisal()} are valued with, in turn. */
  private static final String[] UNIT_COSTS = {"HE4.0", "SS2.1", "SS2.5", "CR6.0"};

  /**
   * An appraisal of 20 measures with a 10-year horizon and every assumption uncertain (events,
   * deadweight, displacement, attribution, optimism bias, drop-off): the Monte Carlo's worst case.
   */
  static Appraisal appraisal() {
    OutcomeCostMapping mapping = OutcomeCostMapping.empty();
    Appraisal.Builder b =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2015/16"))
            .firstBenefitYear(1)
            .midYear(false)
            .putProgrammeCosts(0, Money.ofPounds(1_000_000))
            .putProgrammeCosts(1, Money.ofPounds(500_000));
    for (int i = 0; i < 20; i++) {
      String m = String.format("M%02d", i);
      mapping =
          mapping.with(
              m,
              List.of(MeasureCost.of(UNIT_COSTS[i % UNIT_COSTS.length], ValueType.FISCAL)),
              "benchmark");
      b.addEvents(
          EventsAvoided.of(
              m, Estimate.of("10", String.valueOf(20 + i), "60"), EventsOrigin.PRE_POST, "benchmark"));
      b.addAssumptions(
          MeasureAssumptions.builder()
              .measureCode(m)
              .deadweight(Estimate.of("0", "0.2", "0.5"))
              .displacement(Estimate.of("0", "0.1", "0.2"))
              .attribution(Estimate.of("0", "0.1", "0.2"))
              .optimismBias(Estimate.of("0", "0.1", "0.3"))
              .dropOff(Estimate.of("0", "0.1", "0.3"))
              .lagYears(0)
              .benefitYears(10)
              .build());
    }
    return b.mapping(mapping).build();
  }

}
