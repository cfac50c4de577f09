package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.impact.People.yp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonRecord;

/** Properties of the analysis that must hold for any cohort. */
class ImpactPropertiesTest {

  private static final ImpactAnalysis ANALYSIS =
      ImpactAnalysis.builder()
          .name("properties")
          .dataCoverage(People.COVERAGE)
          .addMeasures(
              StandardMeasures.MISSING_INCIDENTS,
              StandardMeasures.EXTERNAL_PLACEMENT_DAYS,
              StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
              StandardMeasures.IN_EET)
          .replicates(200)
          .build();

  /** A young person drawn from {@code seed}: events, custody, scores, status, hubs, team. */
  static YoungPersonRecord person(int index, long seed) {
    Random rnd = new Random(seed);
    LocalDate index0 = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(400));
    People p =
        yp("P-" + index)
            .sex(Sex.values()[rnd.nextInt(3)])
            .referral(
                index0.toString(),
                ReferralCategory.values()[rnd.nextInt(ReferralCategory.values().length)],
                rnd.nextInt(8) == 0 ? ReferralDecision.DECLINED : ReferralDecision.ACCEPTED);
    int eb = rnd.nextInt(6);
    int ea = rnd.nextInt(6);
    if (eb > 0) {
      p.event(StandardMeasures.MISSING_INCIDENTS, index0.minusDays(100).toString(), eb);
    }
    if (ea > 0) {
      p.event(StandardMeasures.MISSING_INCIDENTS, index0.plusDays(100).toString(), ea);
    }
    if (rnd.nextInt(3) == 0) {
      LocalDate s = index0.plusDays(rnd.nextInt(300));
      p.custody(s + "/" + s.plusDays(1 + rnd.nextInt(400)));
    } else if (rnd.nextInt(2) == 0) {
      LocalDate s = index0.minusDays(rnd.nextInt(300));
      p.placement(s + "/" + s.plusDays(1 + rnd.nextInt(200)), org.nwd.model.PlacementType.K2, true, rnd.nextBoolean());
    }
    if (rnd.nextBoolean()) {
      p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, index0.minusDays(30).toString(), rnd.nextInt(41));
      p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, index0.plusDays(30).toString(), rnd.nextInt(41));
    }
    if (rnd.nextBoolean()) {
      p.status(StandardMeasures.IN_EET, index0.minusDays(400) + "/" + index0, rnd.nextBoolean());
      p.status(StandardMeasures.IN_EET, index0 + "/" + index0.plusDays(500), rnd.nextBoolean());
    }
    if (rnd.nextBoolean()) {
      LocalDate s = index0.plusDays(rnd.nextInt(30));
      boolean ended = rnd.nextBoolean();
      p.hub(
          rnd.nextBoolean() ? People.HUB_A : People.HUB_B,
          HubEpisodeKind.values()[rnd.nextInt(HubEpisodeKind.values().length)],
          s + "/" + (ended ? s.plusDays(1 + rnd.nextInt(200)).toString() : ".."),
          EndReason.values()[rnd.nextInt(EndReason.values().length)]);
    }
    if (rnd.nextBoolean()) {
      List<TeamMembership> team = new ArrayList<>();
      LocalDate s = index0;
      for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
        team.add(
            TeamMembership.of(
                WorkerId.of("W-" + rnd.nextInt(3)), Role.KEY_WORKER, org.nwd.model.DatePeriod.of(s, s.plusDays(50))));
        s = s.plusDays(50);
      }
      if (rnd.nextBoolean()) {
        team.add(TeamMembership.of(WorkerId.of("W-9"), Role.LIFE_COACH, org.nwd.model.DatePeriod.open(index0)));
      }
      p.team(team.toArray(new TeamMembership[0]));
    }
    return p.build();
  }

  static List<YoungPersonRecord> people(List<Integer> seeds) {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      out.add(person(i, seeds.get(i)));
    }
    return out;
  }

  @Property(tries = 30)
  void mergingInAnyOrderOrPartitionGivesTheSameResult(
      @ForAll @Size(min = 1, max = 14) List<@IntRange(min = 0, max = 1_000_000) Integer> seeds,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll long shuffle) {
    List<YoungPersonRecord> records = people(seeds);
    ImpactResult whole = ANALYSIS.run(records.stream());

    List<PersonResult> persons = new ArrayList<>();
    for (YoungPersonRecord r : records) {
      persons.add(ANALYSIS.evaluate(r));
    }
    Random rnd = new Random(shuffle);
    Collections.shuffle(persons, rnd);
    List<ImpactAccumulator> accumulators = new ArrayList<>();
    for (int k = 0; k < parts; k++) {
      accumulators.add(ANALYSIS.accumulator());
    }
    for (PersonResult pr : persons) {
      accumulators.get(rnd.nextInt(parts)).add(pr);
    }
    Collections.shuffle(accumulators, rnd);
    // Merge as a random tree: repeatedly merge two random parts.
    while (accumulators.size() > 1) {
      ImpactAccumulator a = accumulators.remove(rnd.nextInt(accumulators.size()));
      ImpactAccumulator b = accumulators.remove(rnd.nextInt(accumulators.size()));
      accumulators.add(rnd.nextBoolean() ? a.merge(b) : b.merge(a));
    }
    ImpactResult merged = accumulators.get(0).result();
    assertThat(merged).isEqualTo(whole);
    assertThat(merged.render()).isEqualTo(whole.render());
    assertThat(merged.peopleEvaluated()).isEqualTo(seeds.size());
    assertThat(merged.peopleIncluded() + merged.exclusions().size()).isEqualTo(seeds.size());
    // A parallel stream splits and merges too.
    assertThat(records.parallelStream().collect(ANALYSIS.collector())).isEqualTo(whole);
  }

  @Property(tries = 20)
  void cohortWithNoChangeHasRateRatioOneAndNoChange(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 30) Integer> counts,
      @ForAll @IntRange(min = 0, max = 58) int offset) {
    List<YoungPersonRecord> records = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < counts.size(); i++) {
      // Index dates in Jan-Feb 2023: both windows are exactly 365 days.
      LocalDate index = LocalDate.of(2023, 1, 1).plusDays((offset + i) % 59);
      People p = yp("N-" + i).accepted(index.toString());
      if (counts.get(i) > 0) {
        p.event(StandardMeasures.MISSING_INCIDENTS, index.minusDays(10).toString(), counts.get(i));
        p.event(StandardMeasures.MISSING_INCIDENTS, index.plusDays(10).toString(), counts.get(i));
      }
      total += counts.get(i);
      records.add(p.build());
    }
    MeasureResult m = ANALYSIS.run(records.stream()).measure(StandardMeasures.MISSING_INCIDENTS);
    assertThat(m.changes()).isEqualTo(ChangeCounts.of(0, counts.size(), 0));
    if (total == 0) {
      assertThat(m.undefinedReason()).isPresent();
      return;
    }
    RateChange r = m.rates().orElseThrow();
    assertThat(r.rateRatio().estimate().getAsDouble()).isEqualTo(1.0);
    assertThat(r.rateRatio().interval().orElseThrow().contains(1.0)).isTrue();
    assertThat(r.absoluteChange()).isZero();
    assertThat(r.percentChange().percent().getAsDouble()).isZero();
    assertThat(r.eventsAvoided().value()).isZero();
    assertThat(r.wilcoxon().pValue()).isEmpty();
  }

  /**
   * The analysis' own path (epoch-day spans, one pass over events) against the public one: every
   * standard derivation wrapped as a caller's derivation, which sees only {@link Window}s. Both must
   * give the same figures for any cohort.
   */
  @Property(tries = 30)
  void standardPathEqualsTheRulesAppliedThroughPublicWindows(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 1_000_000) Integer> seeds) {
    ImpactAnalysis fast =
        ImpactAnalysis.builder()
            .name("all")
            .dataCoverage(People.COVERAGE)
            .addAllMeasures(StandardMeasures.all())
            .replicates(200)
            .build();
    ImpactAnalysis.Builder wrapped =
        ImpactAnalysis.builder()
            .name("all")
            .dataCoverage(People.COVERAGE)
            .addAllMeasures(StandardMeasures.all())
            .replicates(200);
    for (org.nwd.model.OutcomeMeasure m : StandardMeasures.all()) {
      MeasureDerivation standard = fast.derivation(m);
      wrapped.addDerivations(
          Derivations.of(m, standard.description(), (r, w) -> standard.value(r, w)));
    }
    List<YoungPersonRecord> records = people(seeds);
    ImpactResult a = fast.run(records.stream());
    ImpactResult b = wrapped.build().run(records.stream());
    assertThat(a.measures()).isEqualTo(b.measures());
    assertThat(a.breakdowns()).isEqualTo(b.breakdowns());
    assertThat(a.indicators()).isEqualTo(b.indicators());
    assertThat(a.exclusions()).isEqualTo(b.exclusions());
    for (YoungPersonRecord r : records) {
      assertThat(fast.evaluate(r)).isEqualTo(wrapped.build().evaluate(r));
    }
  }
}
