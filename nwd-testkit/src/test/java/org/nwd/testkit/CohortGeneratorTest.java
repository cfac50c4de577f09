package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Role;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

class CohortGeneratorTest {

  @Test
  void theSameSeedGivesTheSameCohortAndDifferentSeedsDiffer() {
    Cohort a = CohortGenerator.of(200, 42).generate();
    Cohort b = CohortGenerator.of(200, 42).generate();
    Cohort c = CohortGenerator.of(200, 43).generate();
    assertThat(a).isEqualTo(b);
    assertThat(a.size()).isEqualTo(200);
    assertThat(a.hubs()).isEqualTo(CohortSettings.defaults().hubs());
    assertThat(a).isNotEqualTo(c);
    // Not only the cohort: almost every single record differs between seeds.
    long same = 0;
    for (int i = 0; i < 200; i++) {
      if (a.records().get(i).equals(c.records().get(i))) {
        same++;
      }
    }
    assertThat(same).isZero();
  }

  @Test
  void personIDependsOnlyOnSeedAndIndexSoStreamsSplit() {
    CohortGenerator gen = CohortGenerator.of(300, 7);
    List<YoungPersonRecord> sequential = gen.stream().collect(Collectors.toList());
    List<YoungPersonRecord> parallel = gen.stream().parallel().collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
    assertThat(gen.youngPerson(123)).isEqualTo(sequential.get(123));
    // A bigger cohort with the same seed starts with the same people.
    assertThat(CohortGenerator.of(400, 7).stream().limit(300).collect(Collectors.toList()))
        .isEqualTo(sequential);
    assertThat(sequential.get(5).id().value()).isEqualTo("SYN-0000005");
    assertThat(CohortGenerator.idOf(12_345_678).value()).isEqualTo("SYN-12345678");
    assertThatThrownBy(() -> CohortGenerator.idOf(-1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("index -1 is negative");
  }

  @Test
  void streamIsLazy() {
    // Two billion young people could never be held: taking three must generate only three.
    CohortGenerator gen = CohortGenerator.of(Integer.MAX_VALUE, 3);
    List<YoungPersonRecord> first = gen.stream().limit(3).collect(Collectors.toList());
    assertThat(first).extracting(r -> r.id().value())
        .containsExactly("SYN-0000000", "SYN-0000001", "SYN-0000002");
  }

  @Test
  void eachRecordIsAPlausibleJourney() {
    CohortGenerator gen = CohortGenerator.of(500, 11);
    CohortSettings s = gen.settings();
    for (YoungPersonRecord r : gen.generate().records()) {
      LocalDate index = CohortGenerator.indexDate(r);
      assertThat(index).isBetween(s.referralsFrom(), s.referralsUntil().minusDays(1));
      CareStatus status = r.youngPerson().careStatusOn(index);
      int age = r.youngPerson().ageOn(index);
      if (status == CareStatus.CARE_LEAVER) {
        assertThat(age).isBetween(18, 20);
      } else {
        assertThat(age).isBetween(12, 17);
      }
      assertThat(r.youngPerson().careStatusOn(index.minusMonths(12))).isEqualTo(status);
      assertThat(r.youngPerson().careStatusOn(index.minusMonths(12).minusDays(1)))
          .isEqualTo(CareStatus.NONE);
      List<HubEpisode> eps = r.hubEpisodes();
      assertThat(eps.get(0).period().start()).isEqualTo(index);
      assertThat(eps.get(eps.size() - 1).period().end()).contains(index.plusMonths(12));
      assertThat(eps.get(eps.size() - 1).kind()).isEqualTo(HubEpisodeKind.OUTREACH);
      if (eps.size() == 2) {
        assertThat(eps.get(0).kind().isResidential()).isTrue();
        assertThat(eps.get(0).period().end()).isEqualTo(Optional(eps.get(1).period().start()));
      }
      assertThat(r.team().orElseThrow().keyWorkerOn(index)).isPresent();
      assertThat(r.team().orElseThrow().hasRole(Role.KEY_WORKER)).isTrue();
      assertThat(r.team().orElseThrow().keyWorkerOn(index).orElseThrow().value())
          .matches("HUB-(SCARBOROUGH|HARROGATE)-KW-([1-9]|1[0-2])");
      assertThat(r.events()).isSortedAccordingTo(
          java.util.Comparator.comparing(org.nwd.model.OutcomeEvent::date));
      DatePeriod observed = DatePeriod.of(index.minusMonths(12), index.plusMonths(12));
      assertThat(r.events()).allSatisfy(e -> {
        assertThat(observed.contains(e.date())).isTrue();
        assertThat(e.count()).isEqualTo(1);
      });
      assertThat(r.scores()).hasSize(2);
      // The baseline is the last score of the look-back [index - 12 months, index): 1-28 days before.
      assertThat(r.scores().get(0).date()).isBetween(index.minusDays(28), index.minusDays(1));
      assertThat(r.scores().get(1).date()).isEqualTo(index.plusMonths(12).minusDays(1));
      assertThat(r.scores()).allSatisfy(x -> assertThat(x.score() % 1).isZero());
      if (status == CareStatus.LOOKED_AFTER) {
        // A chain with no gaps from the start of the look-back, the last one still open.
        List<Placement> ps = r.placements();
        assertThat(ps.get(0).period().start()).isEqualTo(index.minusMonths(12));
        assertThat(ps.get(ps.size() - 1).period().isOpen()).isTrue();
        for (int k = 1; k < ps.size(); k++) {
          assertThat(ps.get(k - 1).period().end()).contains(ps.get(k).period().start());
          // At least one day each, and every move falls inside the observed two years.
          assertThat(ps.get(k).period().start()).isAfter(ps.get(k - 1).period().start());
          assertThat(observed.contains(ps.get(k).period().start())).isTrue();
        }
        assertThat(ps).allSatisfy(p -> {
          assertThat(p.type()).isIn(PlacementType.U6, PlacementType.K2, PlacementType.K3);
          assertThat(p.provider().orElseThrow()).isIn(PlacementProvider.PR1, PlacementProvider.PR4);
        });
      } else {
        assertThat(r.placements()).isEmpty();
      }
      assertThat(r.statusPeriods()).isEmpty();
    }
  }

  private static java.util.Optional<LocalDate> Optional(LocalDate d) {
    return java.util.Optional.of(d);
  }

  @Test
  void extremeSharesAndNoEffectBehaveAsConfigured() {
    CohortSettings allBeds =
        CohortSettings.builder().size(100).outreachOnlyShare(0).emergencyBedShare(1)
            .meanHubStayDays(1).rateMultiplierAfterIndex(0).sdqBaselineSd(0).sdqChangeSd(0)
            .sdqMeanChange(-3).build();
    CohortGenerator gen = CohortGenerator.of(allBeds);
    for (YoungPersonRecord r : gen.generate().records()) {
      LocalDate index = CohortGenerator.indexDate(r);
      assertThat(r.hubEpisodes()).hasSize(2);
      HubEpisode bed = r.hubEpisodes().get(0);
      assertThat(bed.kind()).isEqualTo(HubEpisodeKind.EMERGENCY_BED);
      // Mean stay 1 day means p = 1: every stay is exactly one night.
      assertThat(bed.lengthInDays(index)).isEqualTo(1);
      assertThat(r.events()).allSatisfy(e -> assertThat(e.date()).isBefore(index));
      // No moves after the index date either: every placement after the first starts before it.
      assertThat(r.placements()).allSatisfy(p -> assertThat(p.period().start()).isBefore(index));
      assertThat(r.scores().get(0).score()).isEqualTo(18.0);
      assertThat(r.scores().get(1).score()).isEqualTo(15.0);
    }
    CohortSettings allOutreach =
        CohortSettings.builder().size(100).outreachOnlyShare(1).emergencyBedShare(0)
            .missingIncidentsPerYear(0).arrestsPerYear(0).crisisPresentationsPerYear(0)
            .policeCallOutsPerYear(0).placementMovesPerYear(0).sdqBaselineMean(39)
            .sdqBaselineSd(0).sdqMeanChange(5).sdqChangeSd(0).build();
    for (YoungPersonRecord r : CohortGenerator.of(allOutreach).generate().records()) {
      assertThat(r.hubEpisodes()).singleElement()
          .extracting(HubEpisode::kind).isEqualTo(HubEpisodeKind.OUTREACH);
      assertThat(r.events()).isEmpty();
      // No moves: a looked-after young person stays in one open placement throughout.
      if (r.youngPerson().careStatusOn(CohortGenerator.indexDate(r)) == CareStatus.LOOKED_AFTER) {
        assertThat(r.placements()).singleElement().satisfies(p -> assertThat(p.period().isOpen()).isTrue());
      }
      assertThat(r.scores().get(1).score()).isEqualTo(40.0); // 39 + 5 capped at 40
    }
    CohortSettings residential =
        CohortSettings.builder().size(50).outreachOnlyShare(0).emergencyBedShare(0)
            .meanHubStayDays(1e9).sdqBaselineMean(1).sdqBaselineSd(0).sdqMeanChange(-5)
            .sdqChangeSd(0).build();
    for (YoungPersonRecord r : CohortGenerator.of(residential).generate().records()) {
      LocalDate index = CohortGenerator.indexDate(r);
      // Stays longer than the follow-up are cut at its end, and no outreach follows.
      assertThat(r.hubEpisodes()).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(HubEpisodeKind.RESIDENTIAL_STAY);
        assertThat(e.period().end()).contains(index.plusMonths(12));
      });
      assertThat(r.scores().get(1).score()).isZero(); // 1 - 5 floored at 0
    }
  }

  @Test
  void careLeaversOutreachEndsInIndependentLiving() {
    CohortSettings s = CohortSettings.builder().size(20).outreachOnlyShare(1)
        .careStatusMix(com.google.common.collect.ImmutableMap.of(CareStatus.CARE_LEAVER, 1.0))
        .build();
    for (YoungPersonRecord r : CohortGenerator.of(s).generate().records()) {
      assertThat(r.hubEpisodes().get(0).endReason())
          .contains(org.nwd.model.EndReason.INDEPENDENT_LIVING);
    }
    CohortSettings t = CohortSettings.builder().size(20).outreachOnlyShare(1)
        .careStatusMix(com.google.common.collect.ImmutableMap.of(CareStatus.LOOKED_AFTER, 1.0))
        .build();
    for (YoungPersonRecord r : CohortGenerator.of(t).generate().records()) {
      assertThat(r.hubEpisodes().get(0).endReason())
          .contains(org.nwd.model.EndReason.HOME_OR_FAMILY);
    }
  }

  @Test
  void windowsAndBaseRates() {
    CohortGenerator gen = CohortGenerator.of(CohortSettings.builder().followUpMonths(6).build());
    LocalDate d = LocalDate.of(2016, 8, 31);
    assertThat(gen.windowBefore(d)).isEqualTo(DatePeriod.of(LocalDate.of(2016, 2, 29), d));
    assertThat(gen.windowAfter(d)).isEqualTo(DatePeriod.of(d, LocalDate.of(2017, 2, 28)));
    assertThat(gen.baseRate(StandardMeasures.MISSING_INCIDENTS)).isEqualTo(1.42);
    assertThat(gen.baseRate(StandardMeasures.ARRESTS)).isEqualTo(0.5);
    assertThat(gen.baseRate(StandardMeasures.CRISIS_PRESENTATIONS)).isEqualTo(0.3);
    assertThat(gen.baseRate(StandardMeasures.POLICE_CALL_OUTS)).isEqualTo(1.0);
    assertThat(gen.baseRate(StandardMeasures.PLACEMENT_MOVES)).isEqualTo(0.8);
    assertThatThrownBy(() -> gen.baseRate(StandardMeasures.CONVICTIONS))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("measure CONVICTIONS has no base rate in the synthetic cohort");
    assertThatThrownBy(() -> gen.baseRate(StandardMeasures.SDQ_TOTAL_DIFFICULTIES))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("measure SDQ_TOTAL_DIFFICULTIES has no base rate in the synthetic cohort");
    // Placement moves come from placements now, not from events.
    assertThat(CohortGenerator.eventMeasures()).containsExactly(
        StandardMeasures.MISSING_INCIDENTS, StandardMeasures.ARRESTS,
        StandardMeasures.CRISIS_PRESENTATIONS, StandardMeasures.POLICE_CALL_OUTS);
    assertThat(CohortGenerator.standardMeasures())
        .containsAll(CohortGenerator.eventMeasures())
        .contains(StandardMeasures.PLACEMENT_MOVES, StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .hasSize(8)
        .isSubsetOf(StandardMeasures.all());
    assertThat(CohortGenerator.standardMeasures()).isEqualTo(
        StandardMeasures.all().stream().filter(CohortGenerator.standardMeasures()::contains)
            .collect(Collectors.toList()));
    YoungPersonRecord noReferral =
        YoungPersonRecord.of(Fixtures.edgeOfCareRepeatedlyMissing().youngPerson());
    assertThatThrownBy(() -> CohortGenerator.indexDate(noReferral))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("record of YP-EOC-014 has no referral");
  }

  @Test
  void placementsAreAllExternalOrOutOfAreaWhenTheSharesSaySoAndMovesFallOnDistinctDays() {
    // One move a week in a one-month look-back and follow-up: about 4 moves a window, and days
    // drawn twice are drawn again, so every placement lasts at least one day.
    CohortSettings s = CohortSettings.builder().size(200).followUpMonths(1)
        .careStatusMix(com.google.common.collect.ImmutableMap.of(CareStatus.LOOKED_AFTER, 1.0))
        .placementMovesPerYear(52).rateMultiplierAfterIndex(1).externalPlacementShare(1)
        .outOfAreaPlacementShare(1).build();
    long moves = 0;
    for (YoungPersonRecord r : CohortGenerator.of(s).generate().records()) {
      LocalDate index = CohortGenerator.indexDate(r);
      assertThat(r.scores().get(0).date()).isBetween(index.minusDays(28), index.minusDays(1));
      List<Placement> ps = r.placements();
      for (int k = 1; k < ps.size(); k++) {
        assertThat(ps.get(k).period().start()).isAfter(ps.get(k - 1).period().start());
      }
      assertThat(ps).allSatisfy(p -> {
        assertThat(p.isExternal()).isTrue();
        assertThat(p.provider()).contains(PlacementProvider.PR4);
        assertThat(p.isOutOfArea()).isTrue();
      });
      moves += ps.size() - 1;
    }
    // Expected 200 * 52 * (about 61 days) / 365.25 = about 1,740 moves; a loose sanity band.
    assertThat(moves).isBetween(1_500L, 2_000L);
    CohortSettings none = CohortSettings.builder().size(50)
        .careStatusMix(com.google.common.collect.ImmutableMap.of(CareStatus.LOOKED_AFTER, 1.0))
        .externalPlacementShare(0).outOfAreaPlacementShare(0).build();
    for (YoungPersonRecord r : CohortGenerator.of(none).generate().records()) {
      assertThat(r.placements()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.provider()).contains(PlacementProvider.PR1);
        assertThat(p.insideCouncilArea()).isTrue();
      });
    }
  }

  @Test
  void splitMixMatchesTheReferenceOutputs() {
    // SplitMix64 reference (Vigna, splitmix64.c) seeded with 0: the first output is
    // mix64(0 + 0x9E3779B97F4A7C15) = 0xE220A8397B1DCDAF.
    assertThat(CohortGenerator.mix64(0x9E3779B97F4A7C15L)).isEqualTo(0xE220A8397B1DCDAFL);
  }
}
