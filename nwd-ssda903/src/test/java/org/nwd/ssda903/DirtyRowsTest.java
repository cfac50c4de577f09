package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueCategory;

/**
 * Every dirty-row category: a return with the fault written by hand, the exact issue row (file,
 * line, child, field, value, rule, action) and what became of the data.
 */
class DirtyRowsTest {
  static final YoungPersonId C1 = YoungPersonId.of("E10000023:C1");
  static final String H = "C1,1,15/06/2010,WBRI,UN1,,";

  @TempDir Path dir;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The one issue of {@code category}, as its one-line text. */
  static String only(Ssda903Result r, DataIssueCategory category) {
    List<DataIssue> found = Returns.of(r, category);
    assertThat(found).as(r.issues().table()).hasSize(1);
    return found.get(0).toString();
  }

  static YoungPersonRecord c1(Ssda903Result r) {
    return r.cohort().record(C1).orElseThrow();
  }

  static Placement placement(String period, PlacementType type, PlacementProvider provider) {
    Placement.Builder b =
        Placement.builder().youngPersonId(C1).period(DatePeriod.parse(period)).type(type)
            .location(PlacementLocation.INSIDE);
    if (provider != null) {
      b.provider(provider);
    }
    return b.build();
  }

  private Returns year2324(String... episodes) {
    String[] lines = new String[episodes.length + 1];
    lines[0] = Returns.EPISODES;
    System.arraycopy(episodes, 0, lines, 1, episodes.length);
    return new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
        .file("2023-24", "episodes.csv", lines);
  }

  @Test
  void unknownPlacementCodeForTheYear() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/06/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,01/06/2023,P,C2,N4,Q1,PR1,10/06/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,10/06/2023,P,C2,N4,Z11,,,,,YO11 1AA,YO12 1AA,")
            .read();
    assertThat(Returns.of(r, DataIssueCategory.UNKNOWN_CODE)).extracting(Object::toString)
        .containsExactly(
            "2023-24/episodes.csv:3 [episodes] child E10000023:C1 field PLACE value \"Q1\":"
                + " unknown_code: PLACE Q1 is not a code of the 2023-24 list -> repaired: placement"
                + " type unknown: the episode is joined to the placement around it",
            "2023-24/episodes.csv:4 [episodes] child E10000023:C1 field PLACE value \"Z11\":"
                + " unknown_code: PLACE Z11 is not a code of the 2023-24 list (it is of other"
                + " years) -> kept");
    // Q1 joins the U4 before it, which runs up to the Z11 placement: one move, on 10 June
    assertThat(c1(r).placements())
        .containsExactly(
            placement("2023-05-01/2023-06-10", PlacementType.U4, PlacementProvider.PR1),
            placement("2023-06-10/..", PlacementType.Z11, null));
  }

  @Test
  void unparseableAndOutOfRangeDates() {
    Ssda903Result r =
        year2324(
                "C1,31/02/2023,S,C2,N4,U4,PR1,,,,,,",
                "C1,01/05/2024,S,C2,N4,U4,PR1,,,,,,",
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/05/2024,E8,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.INVALID_DATE))
        .isEqualTo("2023-24/episodes.csv:2 [episodes] child E10000023:C1 field DECOM value"
            + " \"31/02/2023\": invalid_date: DECOM is not a date (dd/mm/yyyy or yyyy-mm-dd) ->"
            + " rejected");
    assertThat(Returns.of(r, DataIssueCategory.DATE_OUT_OF_RANGE)).extracting(Object::toString)
        .containsExactly(
            "2023-24/episodes.csv:3 [episodes] child E10000023:C1 field DECOM value \"01/05/2024\":"
                + " date_out_of_range: DECOM is after the end of the 2023-24 collection year ->"
                + " rejected",
            "2023-24/episodes.csv:4 [episodes] child E10000023:C1 field DEC value \"01/05/2024\":"
                + " date_out_of_range: DEC 01/05/2024 is after the end of the 2023-24 collection"
                + " year -> repaired: the episode is read as open at the end of 2023-24 (REC"
                + " ignored)");
    assertThat(c1(r).youngPerson().careStatusPeriods())
        .containsExactly(CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-05-01")));
  }

  @Test
  void aDateOfBirthIsMaskedInTheReport() {
    Ssda903Result r =
        new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, "C1,1,31/13/2010,WBRI,UN1,,")
            .read();
    assertThat(only(r, DataIssueCategory.INVALID_DATE))
        .isEqualTo("2023-24/header.csv:2 [header] child E10000023:C1 field DOB value"
            + " \"99/99/9999\": invalid_date: DOB is not a date (dd/mm/yyyy or yyyy-mm-dd) ->"
            + " rejected");
    assertThat(r.cohort().size()).isZero();
    assertThat(r.issues().toCsv()).doesNotContain("31/13/2010");
  }

  @Test
  void endBeforeStart() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/04/2023,E8,,,,",
                "C1,01/06/2023,S,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.END_BEFORE_START))
        .isEqualTo("2023-24/episodes.csv:2 [episodes] child E10000023:C1 field DEC value"
            + " \"01/04/2023\": end_before_start: DEC 01/04/2023 is before DECOM 01/05/2023 ->"
            + " rejected");
    assertThat(c1(r).youngPerson().careStatusPeriods())
        .containsExactly(CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-06-01")));
  }

  @Test
  void overlappingEpisodesSetTheChildAside() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/07/2023,X1,,,,",
                "C1,01/06/2023,P,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.OVERLAPPING_EPISODES))
        .isEqualTo("2023-24/episodes.csv:3 [episodes] child E10000023:C1 field DECOM value"
            + " \"01/06/2023\": overlapping_episodes: the episode from 01/06/2023 overlaps the"
            + " episode from 01/05/2023 to 01/07/2023 -> set_aside");
    assertThat(r.cohort().record(C1)).isEmpty();
    assertThat(r.issues().childrenSetAside()).containsExactly(C1);
    assertThat(r.episodes()).isEmpty();
  }

  @Test
  void moreThanOneOpenEpisodeSetsTheChildAside() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,",
                "C1,01/06/2023,P,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE))
        .isEqualTo("2023-24/episodes.csv:3 [episodes] child E10000023:C1 field DEC:"
            + " more_than_one_open_episode: 2 open episodes (from 01/05/2023, 01/06/2023); at most"
            + " one may be open -> set_aside");
    assertThat(r.cohort().size()).isZero();
    assertThat(r.summary()).contains("0 children imported, 1 set aside");
  }

  @Test
  void reasonForEndingOnAnOpenEpisode() {
    Ssda903Result r = year2324("C1,01/05/2023,S,C2,N4,U4,PR1,,E8,,,,").read();
    assertThat(only(r, DataIssueCategory.REASON_ON_OPEN_EPISODE))
        .isEqualTo("2023-24/episodes.csv:2 [episodes] child E10000023:C1 field REC value \"E8\":"
            + " reason_on_open_episode: REC E8 given on an open episode (DEC is blank) ->"
            + " repaired: REC ignored: the episode is open");
    assertThat(c1(r).youngPerson().careStatusPeriods())
        .containsExactly(CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-05-01")));
    assertThat(r.episodes().get(0).reasonEpisodeCeased()).isEmpty();
  }

  @Test
  void providerOnATemporaryPlacementIsRemovedAndTheHolidayNeitherMovesNorBreaks() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,10/07/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,10/07/2023,P,C2,N4,T2,PR4,17/07/2023,X1,,YO11 1AA,,",
                "C1,17/07/2023,P,C2,N4,U4,PR1,,,,YO11 1AA,YO12 1AA,")
            .read();
    assertThat(only(r, DataIssueCategory.PROVIDER_NOT_ALLOWED))
        .isEqualTo("2023-24/episodes.csv:3 [episodes] child E10000023:C1 field PLACE_PROVIDER"
            + " value \"PR4\": provider_not_allowed: PLACE T2 carries no provider in 2023-24 (rule"
            + " 178), PR4 given -> repaired: provider removed");
    assertThat(c1(r).placements())
        .containsExactly(placement("2023-05-01/..", PlacementType.U4, PlacementProvider.PR1));
    assertThat(r.episodes().get(1).provider()).isEmpty();
  }

  @Test
  void aTemporaryStayBetweenTwoPlacementsIsOneMove() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,10/07/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,10/07/2023,P,C2,N4,T1,,17/07/2023,X1,,YO11 1AA,,",
                "C1,17/07/2023,P,C2,N4,K2,PR4,,,,YO11 1AA,LS1 1AA,")
            .read();
    assertThat(r.issues().issues()).isEmpty();
    Placement home = Placement.builder().youngPersonId(C1).period(DatePeriod.parse("2023-07-17/.."))
        .type(PlacementType.K2).provider(PlacementProvider.PR4)
        .location(PlacementLocation.OUTSIDE).build();
    assertThat(c1(r).placements())
        .containsExactly(
            placement("2023-05-01/2023-07-17", PlacementType.U4, PlacementProvider.PR1), home);
    // 40 km between the home and Leeds grid references: 40000 / 1000 / 1.6093 = 24.86 -> 24.9
    assertThat(r.episodes().get(2).distanceMiles()).hasValue(24.9);
    // home to YO12 1AA: 3 km east, 4 km north = 5 km = 3.107 miles -> 3.1
    assertThat(r.episodes().get(0).distanceMiles()).hasValue(3.1);
    assertThat(r.episodes().get(1).distanceMiles()).isEmpty();
  }

  @Test
  void aLegalStatusChangeKeepsThePlacement() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C1,N4,U4,PR1,01/06/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,01/06/2023,L,C2,N4,U4,PR1,01/08/2023,X1,,YO11 1AA,YO12 1AA,",
                "C1,01/08/2023,L,C2,N4,K2,PR1,,,,YO11 1AA,YO12 1AA,")
            .read();
    assertThat(only(r, DataIssueCategory.INCONSISTENT_EPISODE))
        .isEqualTo("2023-24/episodes.csv:4 [episodes] child E10000023:C1 field RNE value \"L\":"
            + " inconsistent_episode: RNE L (change of legal status only) but the placement"
            + " changed (PLACE, PLACE_PROVIDER or PL_POST) -> repaired: read as a change of"
            + " placement");
    assertThat(c1(r).placements())
        .containsExactly(
            placement("2023-05-01/2023-08-01", PlacementType.U4, PlacementProvider.PR1),
            placement("2023-08-01/..", PlacementType.K2, PlacementProvider.PR1));
  }

  @Test
  void aGapBeforeAnEpisodeThatIsNotANewPeriodOfCare() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/06/2023,E8,,,,",
                "C1,05/06/2023,P,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE))
        .isEqualTo("2023-24/episodes.csv:3 [episodes] child E10000023:C1 field RNE value \"P\":"
            + " gap_not_new_period_of_care: RNE P after a gap: the episode before ended 01/06/2023,"
            + " this one starts 05/06/2023 -> repaired: read as a new period of care from"
            + " 05/06/2023");
    assertThat(c1(r).youngPerson().careStatusPeriods())
        .containsExactly(
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2023-05-01"), d("2023-06-01")),
            CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-06-05")));
  }

  @Test
  void anX1EndingWithNoNextEpisode() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/06/2023,X1,,,,",
                "C1,05/06/2023,S,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.INCONSISTENT_EPISODE))
        .isEqualTo("2023-24/episodes.csv:2 [episodes] child E10000023:C1 field REC value \"X1\":"
            + " inconsistent_episode: REC X1 (a new episode starts the same day) but no episode"
            + " starts on 01/06/2023 -> repaired: the period of care is read as ended on"
            + " 01/06/2023");
    assertThat(c1(r).youngPerson().careStatusPeriods()).hasSize(2);
  }

  @Test
  void missingEpisodesOutsideAnyPeriodOfCare() {
    Ssda903Result r =
        year2324("C1,01/05/2023,S,C2,N4,U4,PR1,01/08/2023,E8,,,,")
            .file("2023-24", "missing.csv", Returns.MISSING,
                "C1,15/06/2010,M,01/06/2023,02/06/2023",
                "C1,15/06/2010,A,01/07/2023,",
                "C1,15/06/2010,M,10/09/2023,12/09/2023")
            .read();
    assertThat(only(r, DataIssueCategory.MISSING_OUTSIDE_CARE))
        .isEqualTo("2023-24/missing.csv:4 [missing] child E10000023:C1 field MIS_START value"
            + " \"10/09/2023\": missing_outside_care: the M episode from 10/09/2023 is outside"
            + " every period of care of the child -> rejected");
    assertThat(c1(r).events()).extracting(e -> e.measure().code() + " " + e.date())
        .containsExactly("MISSING_INCIDENTS 2023-06-01", "AWAY_FROM_PLACEMENT_INCIDENTS 2023-07-01");
    assertThat(r.missingEpisodes()).extracting(m -> m.kind() + " " + m.durationDays())
        .containsExactly("MISSING OptionalLong[1]", "AWAY OptionalLong.empty");
  }

  @Test
  void rowsForChildrenAbsentFromTheHeader() {
    Ssda903Result r =
        year2324("C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,", "C9,01/05/2023,S,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.CHILD_NOT_IN_HEADER))
        .isEqualTo("2023-24/episodes.csv:3 [episodes] child E10000023:C9: child_not_in_header:"
            + " the child has no usable header row in any return -> rejected");
    assertThat(r.cohort().size()).isEqualTo(1);
  }

  @Test
  void aChildWithNoHeaderInOneReturnUsesTheOther() {
    Ssda903Result r =
        new Returns(dir)
            .file("2022-23", "header.csv", Returns.HEADER)
            .file("2022-23", "episodes.csv", Returns.EPISODES, "C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,")
            .file("2023-24", "header.csv", Returns.HEADER, H)
            .file("2023-24", "episodes.csv", Returns.EPISODES, "C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.CHILD_NOT_IN_HEADER))
        .isEqualTo("2022-23/episodes.csv:2 [episodes] child E10000023:C1: child_not_in_header:"
            + " the child has no header row in the 2022-23 return -> repaired: the header of the"
            + " 2023-24 return is used");
  }

  @Test
  void invalidPostcodesLeaveTheLocationUnknownAndAreMasked() {
    Ssda903Result r =
        year2324(
                "C1,01/05/2023,S,C2,N4,U4,PR1,01/06/2023,X1,,YO11 1AA,ZZ 1,",
                "C1,01/06/2023,P,C2,N4,U4,PR1,,,,YO11 1AA,AB1 2CD,")
            .read();
    assertThat(Returns.of(r, DataIssueCategory.INVALID_POSTCODE)).extracting(Object::toString)
        .containsExactly(
            "2023-24/episodes.csv:2 [episodes] child E10000023:C1 field PL_POST value \"AA 9\":"
                + " invalid_postcode: PL_POST is not a UK postcode -> repaired: the placement"
                + " location is unknown",
            "2023-24/episodes.csv:3 [episodes] child E10000023:C1 field PL_POST value"
                + " \"AA9 9AA\": invalid_postcode: PL_POST is not in the postcode lookup ->"
                + " repaired: the placement location is unknown");
    assertThat(c1(r).placements()).extracting(Placement::location)
        .containsExactly(PlacementLocation.UNKNOWN, PlacementLocation.UNKNOWN);
    assertThat(r.issues().toCsv()).doesNotContain("AB1 2CD");
  }

  @Test
  void shortBreaksAreNotMapped() {
    Ssda903Result r = year2324("C1,01/05/2023,S,V3,N2,R1,PR1,03/05/2023,E8,,,,").read();
    assertThat(only(r, DataIssueCategory.NOT_MAPPED))
        .isEqualTo("2023-24/episodes.csv:2 [episodes] child E10000023:C1 field LS value \"V3\":"
            + " not_mapped: short-break episode (LS V3): not mapped, as DfE statistics leave out"
            + " agreed series of short breaks -> rejected");
    assertThat(c1(r).youngPerson().careStatusPeriods()).isEmpty();
  }

  @Test
  void sexUIsUnknownFrom2024To25AndOldCodesAreNormalised() {
    Ssda903Result r =
        new Returns(dir)
            .file("2024-25", "header.csv", Returns.HEADER, "C1,U,15/06/2010,,,,",
                "C2,1,15/06/2010,,,,", "C3,F,15/06/2010,,,,", "C4,X,15/06/2010,,,,")
            .read();
    assertThat(r.cohort().record(C1).orElseThrow().youngPerson().sex()).contains(Sex.UNKNOWN);
    assertThat(r.cohort().record(YoungPersonId.of("E10000023:C2")).orElseThrow().youngPerson()
        .sex()).contains(Sex.MALE);
    assertThat(r.cohort().record(YoungPersonId.of("E10000023:C3")).orElseThrow().youngPerson()
        .sex()).contains(Sex.FEMALE);
    assertThat(r.cohort().record(YoungPersonId.of("E10000023:C4")).orElseThrow().youngPerson()
        .sex()).isEmpty();
    assertThat(Returns.of(r, DataIssueCategory.UNKNOWN_CODE)).extracting(Object::toString)
        .containsExactly(
            "2024-25/header.csv:3 [header] child E10000023:C2 field SEX value \"1\": unknown_code:"
                + " SEX 1 is not a code of the 2024-25 list (M, F, U) -> repaired: read as male in"
                + " the 1/2 coding of returns up to 2023-24",
            "2024-25/header.csv:5 [header] child E10000023:C4 field SEX value \"X\": unknown_code:"
                + " SEX X is not a code of the 2024-25 list (M, F, U) -> repaired: sex not"
                + " recorded");
    // the birth month only
    assertThat(r.cohort().record(C1).orElseThrow().youngPerson().birthMonth())
        .hasToString("2010-06");
  }

  @Test
  void changesBetweenReturnsCensoringAndLeftCensoring() {
    Ssda903Result r =
        new Returns(dir)
            .file("2022-23", "header.csv", Returns.HEADER, H, "C2,1,15/06/2011,,,,")
            .file("2022-23", "episodes.csv", Returns.EPISODES,
                "C1,01/02/2021,S,C2,N4,U4,PR1,01/02/2023,X1,,,,",
                "C1,01/02/2023,P,C2,N4,K2,PR1,,,,,,",
                "C2,01/03/2023,S,C2,N4,U4,PR1,,,,,,")
            .file("2023-24", "header.csv", Returns.HEADER, H)
            .file("2023-24", "episodes.csv", Returns.EPISODES,
                "C1,01/02/2023,P,C2,N1,K2,PR1,10/10/2023,E8,,,,")
            .read();
    assertThat(only(r, DataIssueCategory.CHANGED_BETWEEN_RETURNS))
        .isEqualTo("2022-23/episodes.csv:3 [episodes] child E10000023:C1 field CIN value \"N4\":"
            + " changed_between_returns: CIN of the episode from 01/02/2023 changed between the"
            + " 2022-23 and 2023-24 returns (N4 then N1); the 2023-24 return is kept ->"
            + " superseded");
    assertThat(only(r, DataIssueCategory.CENSORED))
        .isEqualTo("2022-23/episodes.csv:4 [episodes] child E10000023:C2 field DEC: censored:"
            + " the episode from 01/03/2023 was open at the end of 2022-23 and is not in the"
            + " 2023-24 return -> repaired: closed at the end of 2022-23; its true end is"
            + " unknown");
    assertThat(only(r, DataIssueCategory.LEFT_CENSORED))
        .isEqualTo("2022-23/episodes.csv:2 [episodes] child E10000023:C1 field DECOM value"
            + " \"01/02/2021\": left_censored: the episode began before the data (which start on"
            + " 01/04/2022): earlier episodes and events of the child are not in the data ->"
            + " kept");
    assertThat(c1(r).youngPerson().careStatusPeriods())
        .containsExactly(
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2021-02-01"), d("2023-10-10")));
    assertThat(r.cohort().record(YoungPersonId.of("E10000023:C2")).orElseThrow().youngPerson()
        .careStatusPeriods())
        .containsExactly(
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2023-03-01"), d("2023-04-01")));
    assertThat(r.dataCoverage()).isEqualTo(DatePeriod.of(d("2022-04-01"), d("2024-04-01")));
    assertThat(r.leftCensoredChildren()).isEqualTo(1);
  }

  @Test
  void anOpenEpisodeClosedInTheNextReturnIsNoChange() {
    Ssda903Result r =
        new Returns(dir)
            .file("2022-23", "header.csv", Returns.HEADER, H)
            .file("2022-23", "episodes.csv", Returns.EPISODES, "C1,01/02/2023,S,C2,N4,K2,PR1,,,,,,")
            .file("2023-24", "header.csv", Returns.HEADER, H)
            .file("2023-24", "episodes.csv", Returns.EPISODES,
                "C1,01/02/2023,S,C2,N4,K2,PR1,10/10/2023,E8,,,,")
            .read();
    assertThat(r.issues().issues()).isEmpty();
    assertThat(c1(r).placements())
        .containsExactly(
            Placement.builder().youngPersonId(C1).period(DatePeriod.parse("2023-02-01/2023-10-10"))
                .type(PlacementType.K2).provider(PlacementProvider.PR1)
                .location(PlacementLocation.UNKNOWN).build());
  }

  @Test
  void repeatedRows() {
    Ssda903Result r =
        year2324("C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,", "C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,")
            .file("2023-24", "oc2.csv", Returns.OC2, "C1,,12,,0,,,,,1,,", "C1,,13,,0,,,,,1,,")
            .read();
    assertThat(Returns.of(r, DataIssueCategory.DUPLICATE_ROW)).extracting(Object::toString)
        .containsExactly(
            "2023-24/episodes.csv:3 [episodes] child E10000023:C1 field DECOM value"
                + " \"01/05/2023\": duplicate_row: repeats line 2 of the same return -> rejected",
            "2023-24/oc2.csv:3 [oc2] child E10000023:C1: duplicate_row: a second oc2 row for the"
                + " child in the 2023-24 return -> rejected");
    YoungPersonRecord x = c1(r);
    assertThat(x.scores()).singleElement()
        .satisfies(s -> {
          assertThat(s.score()).isEqualTo(12);
          assertThat(s.date()).isEqualTo(d("2024-03-31"));
        });
    assertThat(x.statusPeriods()).extracting(s -> s.measure().code() + " " + s.period() + " "
            + s.inStatus())
        .containsExactly(
            "CONVICTED_OR_CAUTIONED 2023-04-01/2024-04-01 false",
            "SUBSTANCE_MISUSE 2023-04-01/2024-04-01 true");
  }

  @Test
  void careLeaversActivityAndAccommodation() {
    Ssda903Result r =
        new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, H)
            .file("2023-24", "oc3.csv", Returns.OC3, "C1,,YES,G6,S2")
            .read();
    assertThat(c1(r).statusPeriods()).extracting(s -> s.measure() + " " + s.inStatus())
        .containsExactly("IN_EET false", "SUITABLE_ACCOMMODATION false");
    assertThat(StandardMeasures.CONVICTED_OR_CAUTIONED.kind().code()).isEqualTo("status");
  }

  @Test
  void convictedOrCautionedIsAnAnnualStatusNeverCostedAsACourtEvent() {
    Ssda903Result r = year2324("C1,01/05/2022,S,C2,N4,U4,PR1,,,,,,")
        .file("2023-24", "oc2.csv", Returns.OC2, "C1,,,SDQ1,1,,,,,,,").read();
    assertThat(c1(r).statusPeriods()).singleElement()
        .satisfies(s -> {
          assertThat(s.measure()).isEqualTo(StandardMeasures.CONVICTED_OR_CAUTIONED);
          assertThat(s.period()).isEqualTo(DatePeriod.parse("2023-04-01/2024-04-01"));
          assertThat(s.inStatus()).isTrue();
        });
    assertThat(c1(r).events()).isEmpty();
    assertThat(c1(r).scores()).isEmpty();
    assertThat(org.nwd.cost.OutcomeCostMapping.proposedDefault().costs())
        .doesNotContainKey(StandardMeasures.CONVICTED_OR_CAUTIONED.code());
  }
}
