package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.DatePeriod;
import org.nwd.model.Role;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssue;

/** The remaining row rules, table by table: what each reports and what becomes of the row. */
class MoreRowsTest {
  static final YoungPersonId C1 = DirtyRowsTest.C1;
  static final String H = DirtyRowsTest.H;

  @TempDir Path dir;

  /** Each issue as "file:line field category action", in order (postcode lookup note excluded). */
  static List<String> brief(Ssda903Result r) {
    return r.issues().issues().stream().map(MoreRowsTest::brief).toList();
  }

  static String brief(DataIssue i) {
    return i.file() + ":" + i.line() + " " + i.field().orElse("-") + " "
        + i.value().orElse("-") + " " + i.category().code() + " " + i.action().code();
  }

  private Returns base() {
    return new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "episodes.csv", Returns.EPISODES, "C1,01/04/2023,S,C2,N4,U4,PR1,,,,,,");
  }

  /** In care since May 2022, in the 2022-23 and 2023-24 returns (each test adds 2022-23). */
  private Returns twoYears() {
    return new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "episodes.csv", Returns.EPISODES, "C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,");
  }

  static YoungPersonRecord c1(Ssda903Result r) {
    return r.cohort().record(C1).orElseThrow();
  }

  @Test
  void socialWorkerEpisodes() {
    Ssda903Result r = base().file("2023-24", "sw.csv", Returns.SW,
            "C1,,SW1,01/05/2023,01/06/2023,MANAGE",
            "C1,,,01/05/2023,,",
            "C1,,S W,01/05/2023,,",
            "C1,,SW2,,,",
            "C1,,SW2,01/05/2024,,",
            "C1,,SW2,01/05/2023,31/02/2023,",
            "C1,,SW2,01/05/2023,01/04/2023,",
            "C1,,SW3,01/05/2023,01/05/2024,",
            "C1,,SW1,01/05/2023,01/06/2023,MANAGE",
            "C1,,SW4,01/01/2001,,",
            "C1,,SW5,01/01/2001,01/02/2001,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/sw.csv:3 SW_ID - missing_value rejected",
        "2023-24/sw.csv:4 SW_ID A A invalid_value rejected",
        "2023-24/sw.csv:5 SW_DECOM - missing_value rejected",
        "2023-24/sw.csv:6 SW_DECOM 01/05/2024 date_out_of_range rejected",
        "2023-24/sw.csv:7 SW_DEC 31/02/2023 invalid_date rejected",
        "2023-24/sw.csv:8 SW_DEC 01/04/2023 end_before_start rejected",
        "2023-24/sw.csv:9 SW_DEC 01/05/2024 date_out_of_range repaired",
        "2023-24/sw.csv:10 SW_DECOM 01/05/2023 duplicate_row rejected",
        "2023-24/sw.csv:11 SW_DECOM 01/01/2001 date_out_of_range repaired",
        "2023-24/sw.csv:12 SW_DEC 01/02/2001 date_out_of_range rejected");
    assertThat(c1(r).team().orElseThrow().memberships()).containsExactlyInAnyOrder(
        TeamMembership.of(WorkerId.of("E10000023:SW1"), Role.SOCIAL_WORKER,
            DatePeriod.parse("2023-05-01/2023-06-01")),
        TeamMembership.of(WorkerId.of("E10000023:SW3"), Role.SOCIAL_WORKER,
            DatePeriod.parse("2023-05-01/..")),
        TeamMembership.of(WorkerId.of("E10000023:SW4"), Role.SOCIAL_WORKER,
            DatePeriod.parse("2010-06-01/..")));
  }

  @Test
  void socialWorkerEpisodesAcrossReturns() {
    Ssda903Result r = twoYears()
        .file("2022-23", "header.csv", Returns.HEADER, H)
        .file("2022-23", "sw.csv", Returns.SW, "C1,,SW1,01/05/2022,01/03/2023,", "C1,,SW2,01/05/2022,,")
        .file("2023-24", "sw.csv", Returns.SW, "C1,,SW1,01/05/2022,01/04/2023,", "C1,,SW2,01/05/2022,01/06/2023,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2022-23/sw.csv:2 SW_DEC 01/03/2023 changed_between_returns superseded");
    assertThat(c1(r).team().orElseThrow().memberships()).extracting(m -> m.period().toString())
        .containsExactlyInAnyOrder("2022-05-01/2023-04-01", "2022-05-01/2023-06-01");
  }

  @Test
  void careLeaverCodes() {
    Ssda903Result r = base().file("2023-24", "oc3.csv", Returns.OC3,
            "C1,,XX,F3,0",
            "C1,,YES,Q9,Q1")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/oc3.csv:2 IN_TOUCH XX unknown_code kept",
        "2023-24/oc3.csv:2 ACTIV F3 unknown_code repaired",
        "2023-24/oc3.csv:3 ACTIV Q9 unknown_code rejected",
        "2023-24/oc3.csv:3 ACCOM Q1 unknown_code rejected",
        "2023-24/oc3.csv:3 - - duplicate_row rejected");
    assertThat(c1(r).statusPeriods()).extracting(s -> s.measure().code() + " " + s.inStatus())
        .containsExactly("IN_EET true");
    Ssda903Result zero = new Returns(dir.resolve("z")).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "oc3.csv", Returns.OC3, "C1,,NO,0,0", "C2,,YES,F1,Z1").read();
    assertThat(brief(zero)).containsExactly(
        "2023-24/oc3.csv:3 - - child_not_in_header rejected");
    assertThat(zero.cohort().record(C1).orElseThrow().statusPeriods()).isEmpty();
  }

  @Test
  void outcomesForChildrenLookedAfterAYear() {
    Ssda903Result r = base().file("2023-24", "oc2.csv", Returns.OC2,
            "C1,,41,,2,,,,,0,,")
        .file("2023-24", "oc3.csv", Returns.OC3, "C1,,YES,G4,B2")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/oc2.csv:2 SDQ_SCORE 41 invalid_value rejected",
        "2023-24/oc2.csv:2 CONVICTED 2 unknown_code rejected");
    assertThat(c1(r).statusPeriods()).extracting(s -> s.measure().code() + " " + s.inStatus())
        .containsExactly("SUBSTANCE_MISUSE false", "IN_EET false", "SUITABLE_ACCOMMODATION false");
    assertThat(c1(r).scores()).isEmpty();
    Ssda903Result young = new Returns(dir.resolve("y"))
        .file("2023-24", "header.csv", Returns.HEADER, "C1,1,15/06/2023,,,,")
        .file("2022-23", "header.csv", Returns.HEADER, "C1,1,15/06/2023,,,,")
        .file("2022-23", "oc2.csv", Returns.OC2, "C1,,5,,0,,,,,,,")
        .file("2023-24", "oc2.csv", Returns.OC2, "C1,,5,,0,,,,,,,")
        .read();
    assertThat(brief(young)).containsExactly(
        "2022-23/header.csv:2 DOB 99/99/9999 date_out_of_range rejected",
        "2022-23/oc2.csv:2 - - child_not_in_header repaired",
        "2022-23/oc2.csv:2 - - date_out_of_range rejected");
    assertThat(young.cohort().record(C1).orElseThrow().statusPeriods())
        .extracting(s -> s.period().toString())
        .containsExactly("2023-06-01/2024-04-01");
  }

  @Test
  void missingRows() {
    Ssda903Result r = base().file("2023-24", "missing.csv", Returns.MISSING,
            "C1,,,01/06/2023,",
            "C1,,X,01/06/2023,",
            "C1,,M,,",
            "C1,,M,01/06/2024,",
            "C1,,M,01/07/2023,bad",
            "C1,,M,01/08/2023,01/07/2023",
            "C1,,M,01/09/2023,01/05/2024",
            "C1,,A,01/10/2023,02/10/2023",
            "C1,,A,01/10/2023,03/10/2023")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/missing.csv:2 MISSING - missing_value rejected",
        "2023-24/missing.csv:3 MISSING X unknown_code rejected",
        "2023-24/missing.csv:4 MIS_START - missing_value rejected",
        "2023-24/missing.csv:5 MIS_START 01/06/2024 date_out_of_range rejected",
        "2023-24/missing.csv:6 MIS_END BAD invalid_date repaired",
        "2023-24/missing.csv:7 MIS_END 01/07/2023 end_before_start rejected",
        "2023-24/missing.csv:8 MIS_END 01/05/2024 date_out_of_range repaired",
        "2023-24/missing.csv:10 MIS_START 01/10/2023 duplicate_row rejected");
    assertThat(r.missingEpisodes()).extracting(m -> m.kind().code() + " " + m.start() + " "
            + m.end().map(Object::toString).orElse(".."))
        .containsExactly("M 2023-07-01 ..", "M 2023-09-01 ..", "A 2023-10-01 2023-10-02");
  }

  @Test
  void missingAcrossReturns() {
    Ssda903Result r = twoYears()
        .file("2022-23", "header.csv", Returns.HEADER, H)
        .file("2022-23", "episodes.csv", Returns.EPISODES, "C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,")
        .file("2022-23", "missing.csv", Returns.MISSING, "C1,,M,30/03/2023,", "C1,,A,01/03/2023,02/03/2023")
        .file("2023-24", "missing.csv", Returns.MISSING, "C1,,M,30/03/2023,02/04/2023", "C1,,A,01/03/2023,05/03/2023")
        .read();
    assertThat(brief(r)).containsExactly(
        "2022-23/missing.csv:3 MIS_END 02/03/2023 changed_between_returns superseded");
    assertThat(r.missingEpisodes()).extracting(m -> m.durationDays().getAsLong())
        .containsExactly(4L, 3L);
  }

  @Test
  void episodeFieldsBlankOrUnknown() {
    Ssda903Result r = new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "episodes.csv", Returns.EPISODES,
            "C1,01/05/2023,,,N4,U4,PR9,01/06/2023,,,YO 1,YO12 1AA,",
            "C1,01/06/2023,Q,ZZ,N4,,,01/07/2023,Q9,,,,",
            "C1,01/07/2023,P,C2,N4,U4,,,,,,,",
            "C1,,P,C2,N4,U4,,,,,,,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/episodes.csv:2 LS - missing_value kept",
        "2023-24/episodes.csv:2 RNE - missing_value repaired",
        "2023-24/episodes.csv:2 PLACE_PROVIDER PR9 unknown_code repaired",
        "2023-24/episodes.csv:2 REC - missing_value repaired",
        "2023-24/episodes.csv:2 HOME_POST AA 9 invalid_postcode repaired",
        "2023-24/episodes.csv:3 LS ZZ unknown_code kept",
        "2023-24/episodes.csv:3 RNE Q unknown_code repaired",
        "2023-24/episodes.csv:3 PLACE - missing_value repaired",
        "2023-24/episodes.csv:3 REC Q9 unknown_code repaired",
        "2023-24/episodes.csv:4 PLACE_PROVIDER - missing_value kept",
        "2023-24/episodes.csv:5 DECOM - missing_value rejected");
    // blank RNE and REC read from neighbours: one period of care; the unplaced episode joins the
    // U4 around it, which resumes after it (same type, provider and postcode): one placement
    assertThat(c1(r).youngPerson().careStatusPeriods()).hasSize(1);
    assertThat(c1(r).placements()).extracting(p -> p.period().toString())
        .containsExactly("2023-05-01/..");
  }

  @Test
  void headersRepeatedAndChanged() {
    Ssda903Result r = new Returns(dir)
        .file("2022-23", "header.csv", Returns.HEADER, "C1,2,15/07/2010,,,,")
        .file("2023-24", "header.csv", Returns.HEADER, H, "C1,1,15/06/2010,,,,", "C2,,15/06/2010,,,,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/header.csv:4 SEX - missing_value kept",
        "2023-24/header.csv:3 - - duplicate_row rejected",
        "2022-23/header.csv:2 DOB - changed_between_returns superseded",
        "2022-23/header.csv:2 SEX - changed_between_returns superseded");
    assertThat(r.summary()).startsWith("SSDA903 2022-23 to 2023-24: 2 children imported, 0 set"
        + " aside, 0 in care before the data began\nRows read: 4, header 4\nIssues: 4,"
        + " rejected 1, kept 1, superseded 2\n");
    assertThat(r).hasToString("Ssda903Result{years=2022-23..2023-24, children=2, setAside=0,"
        + " issues=4}");
    assertThat(r.childrenSetAside()).isEmpty();
  }

  @Test
  void aConflictingRepeatInAnEarlierReturnIsSuperseded() {
    Ssda903Result r = twoYears()
        .file("2022-23", "header.csv", Returns.HEADER, H)
        .file("2022-23", "episodes.csv", Returns.EPISODES, "C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,",
            "C1,01/05/2022,S,C2,N4,K2,PR1,,,,,,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2022-23/episodes.csv:3 DECOM 01/05/2022 duplicate_row superseded");
  }

  @Test
  void anEpisodeBeforeTheBirthMonthIsRejected() {
    Ssda903Result r = new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "episodes.csv", Returns.EPISODES, "C1,01/05/2010,S,C2,N4,U4,PR1,,,,,,")
        .read();
    assertThat(brief(r)).containsExactly(
        "2023-24/episodes.csv:2 DECOM 01/05/2010 date_out_of_range rejected");
    assertThat(c1(r).youngPerson().careStatusPeriods()).isEmpty();
  }
}
