package org.nwd.impact;

import static org.nwd.impact.People.yp;

import java.util.ArrayList;
import java.util.List;
import org.nwd.model.CareStatus;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.HubId;
import org.nwd.model.HubService;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

/**
 * The fixed small cohorts checked against R (src/test/resources/org/nwd/impact/cohort-statistics.R).
 * Everyone's index date is 2023-01-01 (accepted referral), so the windows are 2022-01-01/2023-01-01 and
 * 2023-01-01/2024-01-01, 365 days each.
 */
final class SmallCohorts {
  private SmallCohorts() {}

  static final int[] EVENTS_BEFORE = {5, 3, 0, 2, 4, 1};
  static final int[] EVENTS_AFTER = {1, 0, 0, 2, 1, 3};
  static final double[] SDQ_BEFORE = {20, 18, 25, 12, 22};
  static final double[] SDQ_AFTER = {15, 17, 20, 14, 16};
  static final boolean[] EET_BEFORE = {false, false, true, true, false, false};
  static final boolean[] EET_AFTER = {true, true, true, false, false, true};

  static Hub hub(HubId id) {
    return Hub.builder()
        .id(id)
        .name("Hub " + id)
        .localAuthority(People.LA)
        .residentialBeds(4)
        .emergencyBeds(2)
        .addServices(HubService.RESIDENTIAL, HubService.OUTREACH)
        .build();
  }

  static List<Hub> hubs() {
    return List.of(hub(People.HUB_A), hub(People.HUB_B));
  }

  /** The treated cohort of six. */
  static List<YoungPersonRecord> treatedRecords() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      People p =
          yp("T-" + (i + 1))
              .sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
              .care(CareStatus.EDGE_OF_CARE, "2022-06-01/..")
              .accepted("2023-01-01");
      if (EVENTS_BEFORE[i] > 0) {
        p.event(StandardMeasures.MISSING_INCIDENTS, "2022-06-01", EVENTS_BEFORE[i]);
      }
      if (EVENTS_AFTER[i] > 0) {
        p.event(StandardMeasures.MISSING_INCIDENTS, "2023-06-01", EVENTS_AFTER[i]);
      }
      if (i < 5) {
        p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-03-01", 40);
        p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-09-01", SDQ_BEFORE[i]);
        p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-10-01", SDQ_AFTER[i]);
      } else {
        p.score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-09-01", 30);
      }
      p.status(StandardMeasures.IN_EET, "2022-09-01/2023-01-01", EET_BEFORE[i]);
      p.status(StandardMeasures.IN_EET, "2023-09-01/2024-03-01", EET_AFTER[i]);
      if (i == 5) {
        // 61 days in custody in the after window; the 2 incidents in custody are not at risk.
        p.custody("2023-03-01/2023-05-01");
        p.event(StandardMeasures.MISSING_INCIDENTS, "2023-04-01", 2);
      }
      p.hub(People.HUB_A, org.nwd.model.HubEpisodeKind.OUTREACH, "2023-01-01/..", null);
      out.add(p.build());
    }
    return out;
  }

  static Cohort treated() {
    return Cohort.of(hubs(), treatedRecords());
  }

  static final int[] COMPARISON_BEFORE = {2, 3, 1, 4};
  static final int[] COMPARISON_AFTER = {2, 3, 2, 3};

  static Cohort comparison() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(
          yp("C-" + (i + 1))
              .accepted("2023-01-01")
              .event(StandardMeasures.MISSING_INCIDENTS, "2022-06-01", COMPARISON_BEFORE[i])
              .event(StandardMeasures.MISSING_INCIDENTS, "2023-06-01", COMPARISON_AFTER[i])
              .build());
    }
    return Cohort.of(hubs(), out);
  }

  static ImpactAnalysis analysis() {
    return analysisBuilder().build();
  }

  static ImpactAnalysis.Builder analysisBuilder() {
    return ImpactAnalysis.builder()
        .name("test")
        .dataCoverage(People.COVERAGE)
        .addMeasures(
            StandardMeasures.MISSING_INCIDENTS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
            StandardMeasures.IN_EET);
  }
}
