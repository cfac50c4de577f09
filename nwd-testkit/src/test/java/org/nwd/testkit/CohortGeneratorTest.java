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
      assertThat(r.scores().get(0).date()).isEqualTo(index);
      assertThat(r.scores().get(1).date()).isEqualTo(index.plusMonths(12).minusDays(1));
      assertThat(r.scores()).allSatisfy(x -> assertThat(x.score() % 1).isZero());
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
        .hasMessage("measure CONVICTIONS is not generated by the synthetic cohort");
    assertThat(CohortGenerator.eventMeasures()).hasSize(5);
    YoungPersonRecord noReferral =
        YoungPersonRecord.of(Fixtures.edgeOfCareRepeatedlyMissing().youngPerson());
    assertThatThrownBy(() -> CohortGenerator.indexDate(noReferral))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("record of YP-EOC-014 has no referral");
  }

  @Test
  void splitMixMatchesTheReferenceOutputs() {
    // SplitMix64 reference (Vigna, splitmix64.c) seeded with 0: the first output is
    // mix64(0 + 0x9E3779B97F4A7C15) = 0xE220A8397B1DCDAF.
    assertThat(CohortGenerator.mix64(0x9E3779B97F4A7C15L)).isEqualTo(0xE220A8397B1DCDAFL);
  }
}
