package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.model.DecisionRecord;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPersonRecord;

/** The generated fidelity data item by item, against what the generator's javadoc promises. */
class FidelityGeneratorDetailsTest {
  private static final int N = 300;

  private static CohortGenerator flat() {
    double m = 0.5;
    return CohortGenerator.of(CohortSettings.builder().size(N).seed(9)
        .fidelity(FidelitySettings.builder()
            .rateMultipliers(ImmutableMap.of(FidelityTier.HIGH, m, FidelityTier.PARTIAL, m,
                FidelityTier.LOW, m))
            .build())
        .build());
  }

  @Test
  void highFidelityHubSupportIsTheDefaultsWhenTheDrawnStayIsShort() {
    CohortGenerator with = flat();
    CohortGenerator without = CohortGenerator.of(N, 9);
    int compared = 0;
    for (int i = 0; i < N; i++) {
      if (with.fidelityTier(i).orElseThrow() != FidelityTier.HIGH) {
        continue;
      }
      YoungPersonRecord a = with.youngPerson(i);
      YoungPersonRecord b = without.youngPerson(i);
      // The one key worker is the default's (same draw, same number).
      assertThat(a.team().get().memberships().get(0)).isEqualTo(b.team().get().memberships().get(0));
      boolean shortStay = b.hubEpisodes().get(0).kind().isResidential()
          ? b.hubEpisodes().get(0).lengthInDays(LocalDate.MAX) <= 84
              && b.hubEpisodes().size() == 2
              && b.hubEpisodes().get(1).lengthInDays(LocalDate.MAX) >= 28
          : true;
      if (shortStay) {
        assertThat(a.hubEpisodes()).as("%s", a.id()).isEqualTo(b.hubEpisodes());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50);
  }

  @Test
  void keyWorkersChangeJustMoreOftenThanTheThresholdAllowsWhenTheTierFailsIt() {
    CohortGenerator gen = flat();
    for (int i = 0; i < N; i++) {
      FidelityTier tier = gen.fidelityTier(i).orElseThrow();
      YoungPersonRecord r = gen.youngPerson(i);
      List<TeamMembership> keyWorkers = new ArrayList<>();
      for (TeamMembership m : r.team().get().memberships()) {
        if (m.role() == Role.KEY_WORKER) {
          keyWorkers.add(m);
          assertThat(m.workerId().value()).matches("HUB-[A-Z]+-KW-([1-9]|1[0-2])");
        }
      }
      LocalDate followUpEnd = CohortGenerator.indexDate(r).plusMonths(12);
      LocalDate from = keyWorkers.get(0).period().start();
      long days = ChronoUnit.DAYS.between(from, followUpEnd);
      // floor(1 x days / 365.25) + 1 changes (threshold 1 a year), in equal segments, back to back.
      int expected = tier == FidelityTier.LOW ? (int) Math.floor(days / 365.25) + 1 : 0;
      assertThat(r.team().get().keyWorkerChanges()).as("%s %s", r.id(), tier).isEqualTo(expected);
      assertThat(keyWorkers).hasSize(expected + 1);
      long segment = days / (expected + 1);
      for (int s = 0; s < keyWorkers.size(); s++) {
        TeamMembership m = keyWorkers.get(s);
        assertThat(m.period().start()).isEqualTo(from.plusDays(s * segment));
        assertThat(m.period().end().get())
            .isEqualTo(s == expected ? followUpEnd : from.plusDays((s + 1) * segment));
      }
    }
  }

  @Test
  void decisionsAreSortedAndSayWhoseRiskTheyManaged() {
    CohortGenerator gen = flat();
    for (int i = 0; i < N; i++) {
      FidelityTier tier = gen.fidelityTier(i).orElseThrow();
      List<DecisionRecord> decisions = gen.youngPerson(i).decisions();
      for (int d = 0; d < decisions.size(); d++) {
        DecisionRecord record = decisions.get(d);
        assertThat(record.riskManagedFor())
            .isEqualTo(tier == FidelityTier.HIGH ? RiskOwner.YOUNG_PERSON : RiskOwner.ORGANISATION);
        assertThat(record.provocationsConsidered()).hasSize(tier == FidelityTier.HIGH ? 1 : 0);
        if (d > 0) {
          assertThat(record.date()).isAfterOrEqualTo(decisions.get(d - 1).date());
        }
      }
    }
  }

  @Test
  void sharesAndMultipliersMayBeZeroOrOne() {
    FidelitySettings all =
        FidelitySettings.builder()
            .mix(ImmutableMap.of(FidelityTier.HIGH, 1.0, FidelityTier.PARTIAL, 0.0,
                FidelityTier.LOW, 0.0))
            .rateMultipliers(ImmutableMap.of(FidelityTier.HIGH, 0.0, FidelityTier.PARTIAL, 1.0,
                FidelityTier.LOW, 1.0))
            .build();
    CohortGenerator gen =
        CohortGenerator.of(CohortSettings.builder().size(50).seed(1).fidelity(all).build());
    for (int i = 0; i < 50; i++) {
      assertThat(gen.fidelityTier(i)).contains(FidelityTier.HIGH);
      YoungPersonRecord r = gen.youngPerson(i);
      LocalDate index = CohortGenerator.indexDate(r);
      // A multiplier of 0: no event after the referral.
      assertThat(r.events()).allSatisfy(e -> assertThat(e.date()).isBefore(index));
    }
  }
}
