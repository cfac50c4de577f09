package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * The clean CSV returns of a few hand-made young people, row by row. Every expected row is worked out
 * by hand from the writer's documented mapping and the 903 layout in data-standards.md §1-2 (tables
 * and exact columns, dd/mm/yyyy dates, SEX 1/2 up to 2023-24 and M/F/U from 2024-25, OC2 for 12
 * months looked after, OC3 ACTIV F5/G5 and ACCOM U1/U2), not from the writer's output.
 */
class Ssda903WriterTest {
  static final String COUNCIL = "E10000023";
  static final String[] EPISODE = {
    "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"
  };
  static final String Y1 = "2022-23";
  static final String Y2 = "2023-24";
  static final String Y3 = "2024-25";

  @TempDir Path dir;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static YoungPersonId id(String v) {
    return YoungPersonId.of(v);
  }

  static YoungPerson person(String id, String birthMonth, Sex sex, CareStatusPeriod... care) {
    YoungPerson.Builder b = YoungPerson.builder().id(id(id)).birthMonth(YearMonth.parse(birthMonth))
        .localAuthority(COUNCIL).addCareStatusPeriods(care);
    if (sex != null) {
      b.sex(sex);
    }
    return b.build();
  }

  static Placement placement(String id, DatePeriod p, PlacementType type, PlacementProvider provider,
      PlacementLocation location) {
    Placement.Builder b = Placement.builder().youngPersonId(id(id)).period(p).type(type)
        .location(location);
    if (provider != null) {
      b.provider(provider);
    }
    return b.build();
  }

  static DatePeriod closed(String from, String to) {
    return DatePeriod.of(d(from), d(to));
  }

  static DatePeriod open(String from) {
    return DatePeriod.open(d(from));
  }

  /**
   * A1: two periods of care (the first with a move, then ending; a placement while on the edge of
   * care; the second open), missing and away incidents, SDQ scores, statuses, social workers.
   */
  static YoungPersonRecord a1() {
    String a = "A1";
    YoungPersonId id = id(a);
    return YoungPersonRecord.builder()
        .youngPerson(person(a, "2008-03", Sex.FEMALE,
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, closed("2022-01-10", "2023-06-01")),
            CareStatusPeriod.of(CareStatus.EDGE_OF_CARE, closed("2023-06-01", "2024-02-01")),
            CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2024-02-01"))))
        .addPlacements(
            // listed out of order: episodes follow the dates
            placement(a, open("2024-02-01"), PlacementType.K3, null, PlacementLocation.UNKNOWN),
            placement(a, closed("2022-09-05", "2023-06-01"), PlacementType.K2, PlacementProvider.PR1,
                PlacementLocation.OUTSIDE),
            placement(a, closed("2022-01-10", "2022-09-05"), PlacementType.U6, PlacementProvider.PR4,
                PlacementLocation.INSIDE),
            // begins on the edge of care: not an episode
            placement(a, closed("2023-08-01", "2023-09-01"), PlacementType.U4, PlacementProvider.PR1,
                PlacementLocation.INSIDE))
        .addEvents(
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2022-03-01"), 1), // before
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2022-05-03"), 1),
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2022-05-03"), 2), // same day
            OutcomeEvent.of(id, StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS, d("2022-05-03"), 1),
            OutcomeEvent.of(id, StandardMeasures.ARRESTS, d("2022-06-01"), 1), // not a 903 item
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2023-07-01"), 1), // not in care
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2024-03-01"), 0), // none
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2024-03-31"), 1),
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2025-03-31"), 1),
            OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2025-04-10"), 1)) // after
        .addScores(
            ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2023-02-01"), 17),
            ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2022-06-01"), 12),
            ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2024-03-31"), 30),
            ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2025-04-01"), 5))
        .addStatusPeriods(
            StatusPeriod.of(id, StandardMeasures.CONVICTED_OR_CAUTIONED,
                closed("2022-01-01", "2024-01-01"), true),
            // the later-starting of two covering periods counts, whatever the order listed
            StatusPeriod.of(id, StandardMeasures.CONVICTED_OR_CAUTIONED, open("2024-06-01"), false),
            StatusPeriod.of(id, StandardMeasures.CONVICTED_OR_CAUTIONED, open("2024-01-01"), true),
            StatusPeriod.of(id, StandardMeasures.SUBSTANCE_MISUSE, open("2022-01-01"), false),
            StatusPeriod.of(id, StandardMeasures.IN_EET, closed("2022-01-01", "2024-01-01"), true),
            StatusPeriod.of(id, StandardMeasures.SUITABLE_ACCOMMODATION, open("2024-01-01"), false))
        .team(TeamAroundTheChild.of(id, List.of(
            TeamMembership.of(WorkerId.of("KW1"), Role.KEY_WORKER, open("2022-01-10")),
            TeamMembership.of(WorkerId.of("SW0"), Role.SOCIAL_WORKER,
                closed("2020-01-01", "2021-01-01")),
            TeamMembership.of(WorkerId.of("SW1"), Role.SOCIAL_WORKER,
                closed("2022-02-01", "2023-05-01")),
            TeamMembership.of(WorkerId.of("SW2"), Role.SOCIAL_WORKER, open("2023-05-01")))))
        .build();
  }

  /** B2: male, on the edge of care, a care leaver's outcomes every year (NEET, suitable). */
  static YoungPersonRecord b2() {
    YoungPersonId id = id("B2");
    return YoungPersonRecord.builder()
        .youngPerson(person("B2", "2006-11", Sex.MALE,
            CareStatusPeriod.open(CareStatus.EDGE_OF_CARE, d("2022-01-01"))))
        .addEvents(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2022-08-01"), 1))
        .addStatusPeriods(
            StatusPeriod.of(id, StandardMeasures.IN_EET, open("2021-01-01"), false),
            StatusPeriod.of(id, StandardMeasures.SUITABLE_ACCOMMODATION, open("2021-01-01"), true))
        .build();
  }

  /** C3: sex other (no 903 code), looked after from June 2024. */
  static YoungPersonRecord c3() {
    return YoungPersonRecord.builder()
        .youngPerson(person("C3", "2009-07", Sex.OTHER,
            CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2024-06-01"))))
        .addPlacements(placement("C3", open("2024-06-01"), PlacementType.U6, PlacementProvider.PR1,
            PlacementLocation.INSIDE))
        .build();
  }

  /** D4: sex unknown, looked after from January 2023, a placement ending with a gap before the next. */
  static YoungPersonRecord d4() {
    return YoungPersonRecord.builder()
        .youngPerson(person("D4", "2010-01", Sex.UNKNOWN,
            CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-01-01"))))
        .addPlacements(
            placement("D4", closed("2023-01-01", "2023-02-01"), PlacementType.R1,
                PlacementProvider.PR5, PlacementLocation.OUTSIDE),
            placement("D4", open("2023-03-01"), PlacementType.K2, PlacementProvider.PR1,
                PlacementLocation.INSIDE))
        .build();
  }

  /** E5: everything before the years: written nowhere. */
  static YoungPersonRecord e5() {
    YoungPersonId id = id("E5");
    return YoungPersonRecord.builder()
        .youngPerson(person("E5", "2005-05", null,
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, closed("2015-01-01", "2020-01-01"))))
        .addPlacements(placement("E5", closed("2015-01-01", "2020-01-01"), PlacementType.U6,
            PlacementProvider.PR1, PlacementLocation.INSIDE))
        .addEvents(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2016-01-01"), 1))
        .team(TeamAroundTheChild.of(id, List.of(TeamMembership.of(WorkerId.of("SW9"),
            Role.SOCIAL_WORKER, closed("2019-01-01", "2022-03-31")))))
        .build();
  }

  /** F6: no sex recorded, in education from January 2025: one OC3 row in 2024-25. */
  static YoungPersonRecord f6() {
    return YoungPersonRecord.builder()
        .youngPerson(person("F6", "2004-09", null,
            CareStatusPeriod.open(CareStatus.CARE_LEAVER, d("2022-09-01"))))
        .addStatusPeriods(
            StatusPeriod.of(id("F6"), StandardMeasures.IN_EET, open("2025-01-01"), true))
        .build();
  }

  /** G7: only a social worker, in 2023-24 (CSV only). */
  static YoungPersonRecord g7() {
    return YoungPersonRecord.builder()
        .youngPerson(person("G7", "2011-02", Sex.MALE,
            CareStatusPeriod.open(CareStatus.EDGE_OF_CARE, d("2023-01-01"))))
        .team(TeamAroundTheChild.of(id("G7"), List.of(TeamMembership.of(WorkerId.of("SW3"),
            Role.SOCIAL_WORKER, closed("2023-06-01", "2023-12-01")))))
        .build();
  }

  static List<YoungPersonRecord> records() {
    return List.of(a1(), b2(), c3(), d4(), e5(), f6(), g7());
  }

  Csv903 table(String year, String file) {
    return Csv903.read(dir, year, file);
  }

  @Test
  void theTablesHaveThe903ColumnsAndOneFolderPerCollectionYear() throws IOException {
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    assertThat(w.folder()).isEqualTo(dir);
    assertThat(w.injections()).isEmpty();
    assertThat(w.children()).isEqualTo(6); // all but E5
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(Y1, Y2, Y3);
    }
    for (String y : List.of(Y1, Y2, Y3)) {
      try (Stream<Path> s = Files.list(dir.resolve(y))) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
            "header.csv", "episodes.csv", "missing.csv", "oc2.csv", "oc3.csv", "sw_episodes.csv");
      }
      // data-standards.md §1.2, in the order listed there
      assertThat(table(y, "header.csv").columns)
          .containsExactly("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
      assertThat(table(y, "episodes.csv").columns).containsExactly(EPISODE);
      assertThat(table(y, "missing.csv").columns)
          .containsExactly("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
      assertThat(table(y, "oc2.csv").columns).containsExactly("CHILD", "DOB", "SDQ_SCORE",
          "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
          "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
      assertThat(table(y, "oc3.csv").columns)
          .containsExactly("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
      assertThat(table(y, "sw_episodes.csv").columns)
          .containsExactly("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");
      // clean files: no byte-order mark, LF line ends
      String raw = table(y, "episodes.csv").raw;
      assertThat(raw).startsWith("CHILD,DECOM,").doesNotContain("\r").endsWith("\n");
    }
  }

  @Test
  void headerRowsOnePerChildInEachYearWithTheYearsSexCoding() throws IOException {
    Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    // SEX 1 male / 2 female up to 2023-24, M/F/U from 2024-25; DOB the 15th of the birth month
    assertThat(Files.readString(dir.resolve(Y1).resolve("header.csv"))).isEqualTo(
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "A1,2,15/03/2008,WBRI,UN1,,\n"
            + "B2,1,15/11/2006,WBRI,UN1,,\n"
            + "D4,,15/01/2010,WBRI,UN1,,\n");
    assertThat(table(Y2, "header.csv").render("CHILD", "SEX", "DOB")).containsExactly(
        "A1|2|15/03/2008", "B2|1|15/11/2006", "D4||15/01/2010", "G7|1|15/02/2011");
    assertThat(table(Y3, "header.csv").render("CHILD", "SEX", "DOB")).containsExactly(
        "A1|F|15/03/2008", "B2|M|15/11/2006", "C3||15/07/2009", "D4|U|15/01/2010",
        "F6||15/09/2004");
  }

  @Test
  void episodesFollowThePlacementsInEachPeriodOfCare() {
    Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    String home = "ZZ1 1AA";
    String in = "ZZ2 1AB";
    String out = "ZY1 1AB";
    // An episode ending after the year is open in that year's return; X1 when the next placement
    // starts that day, E8 otherwise; RNE S for a period's first placement.
    assertThat(table(Y1, "episodes.csv").render(EPISODE)).containsExactly(
        "A1|10/01/2022|S|C2|N4|U6|PR4|05/09/2022|X1||" + home + "|" + in + "|",
        "A1|05/09/2022|P|C2|N4|K2|PR1||||" + home + "|" + out + "|",
        "D4|01/01/2023|S|C2|N4|R1|PR5|01/02/2023|E8||" + home + "|" + out + "|",
        "D4|01/03/2023|P|C2|N4|K2|PR1||||" + home + "|" + in + "|");
    assertThat(table(Y2, "episodes.csv").render(EPISODE)).containsExactly(
        "A1|05/09/2022|P|C2|N4|K2|PR1|01/06/2023|E8||" + home + "|" + out + "|",
        "A1|01/02/2024|S|C2|N4|K3|||||" + home + "||",
        "D4|01/03/2023|P|C2|N4|K2|PR1||||" + home + "|" + in + "|");
    assertThat(table(Y3, "episodes.csv").render(EPISODE)).containsExactly(
        "A1|01/02/2024|S|C2|N4|K3|||||" + home + "||",
        "C3|01/06/2024|S|C2|N4|U6|PR1||||" + home + "|" + in + "|",
        "D4|01/03/2023|P|C2|N4|K2|PR1||||" + home + "|" + in + "|");
  }

  @Test
  void missingRowsAreTheDistinctDaysInCareFoundTheNextDay() {
    Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    String[] cols = {"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"};
    assertThat(table(Y1, "missing.csv").render(cols)).containsExactlyInAnyOrder(
        "A1|15/03/2008|M|03/05/2022|04/05/2022", "A1|15/03/2008|A|03/05/2022|04/05/2022");
    // found after the year end: open in its year, closed in the next return
    assertThat(table(Y2, "missing.csv").render(cols))
        .containsExactly("A1|15/03/2008|M|31/03/2024|");
    assertThat(table(Y3, "missing.csv").render(cols)).containsExactly(
        "A1|15/03/2008|M|31/03/2024|01/04/2024", "A1|15/03/2008|M|31/03/2025|");
  }

  @Test
  void outcomesForTwelveMonthsInCareAndForCareLeaversAtTheYearEnd() {
    Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    String[] oc2 = {"CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
        "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};
    // A1 looked after since 10/01/2022: latest SDQ of the year (17 on 01/02/2023, not 12).
    assertThat(table(Y1, "oc2.csv").render(oc2))
        .containsExactly("A1|15/03/2008|17||1|1|1|1|1|0||");
    // A1 back in care only since 01/02/2024; D4 in care since 01/01/2023, no SDQ: reason SDQ4
    assertThat(table(Y2, "oc2.csv").render(oc2))
        .containsExactly("D4|15/01/2010||SDQ4||1|1|1|1|||");
    // A1: the 2024-03-31 score is in 2023-24 and the 2025-04-01 one after: SDQ4; convicted 0 from
    // the later-starting status period
    assertThat(table(Y3, "oc2.csv").render(oc2)).containsExactly(
        "A1|15/03/2008||SDQ4|0|1|1|1|1|0||", "D4|15/01/2010||SDQ4||1|1|1|1|||");

    String[] oc3 = {"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"};
    assertThat(table(Y1, "oc3.csv").render(oc3))
        .containsExactly("A1|15/03/2008|YES|F5|", "B2|15/11/2006|YES|G5|U1");
    assertThat(table(Y2, "oc3.csv").render(oc3))
        .containsExactly("A1|15/03/2008|YES||U2", "B2|15/11/2006|YES|G5|U1");
    assertThat(table(Y3, "oc3.csv").render(oc3)).containsExactly(
        "A1|15/03/2008|YES||U2", "B2|15/11/2006|YES|G5|U1", "F6|15/09/2004|YES|F5|");
  }

  @Test
  void socialWorkerEpisodesOpenUntilTheYearTheyEnd() {
    Ssda903Writer.of(COUNCIL, 2023, 2025).write(records(), dir);
    String[] sw = {"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"};
    assertThat(table(Y1, "sw_episodes.csv").render(sw))
        .containsExactly("A1|15/03/2008|SW1|01/02/2022||MANAGE");
    assertThat(table(Y2, "sw_episodes.csv").render(sw)).containsExactly(
        "A1|15/03/2008|SW1|01/02/2022|01/05/2023|MANAGE",
        "A1|15/03/2008|SW2|01/05/2023||MANAGE",
        "G7|15/02/2011|SW3|01/06/2023|01/12/2023|MANAGE");
    assertThat(table(Y3, "sw_episodes.csv").render(sw))
        .containsExactly("A1|15/03/2008|SW2|01/05/2023||MANAGE");
  }

  /**
   * Each CHILD of a year's return.xml as a list: the name of each group element, then {@code
   * NAME=value} for each leaf, in document order. StAX from the JDK, not string matching.
   */
  Map<String, List<String>> xmlChildren(String year) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(dir.resolve(year).resolve("return.xml"))) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      List<String> current = null;
      String open = null;
      StringBuilder text = new StringBuilder();
      r.nextTag();
      assertThat(r.getLocalName()).isEqualTo("EXPSSDA903");
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          if (r.getLocalName().equals("CHILD")) {
            current = new ArrayList<>();
            open = null;
            continue;
          }
          if (open != null) {
            current.add(open);
          }
          open = r.getLocalName();
          text.setLength(0);
        } else if (e == XMLStreamConstants.CHARACTERS) {
          text.append(r.getText());
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals(open)) {
            current.add(name + "=" + text.toString().strip());
          }
          if (name.equals("CHILD")) {
            String id = current.stream().filter(s -> s.startsWith("CHILDID=")).findFirst()
                .orElseThrow().substring(8);
            out.put(id, current);
          }
          open = null;
        }
      }
    }
    return out;
  }

  @Test
  void theXmlReturnHoldsTheSameFactsInTheDfeLayout() throws Exception {
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, 2023, 2025).xml().write(records(), dir);
    assertThat(w.injections()).isEmpty();
    // G7 has only a social worker, which the XML does not carry
    assertThat(w.children()).isEqualTo(5);
    for (String y : List.of(Y1, Y2, Y3)) {
      try (Stream<Path> s = Files.list(dir.resolve(y))) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactly("return.xml");
      }
    }
    assertThat(xmlChildren(Y1).keySet()).containsExactly("A1", "B2", "D4");
    assertThat(xmlChildren(Y2).keySet()).containsExactly("A1", "B2", "D4");
    Map<String, List<String>> y3 = xmlChildren(Y3);
    assertThat(y3.keySet()).containsExactly("A1", "B2", "C3", "D4", "F6");
    // empty values are left out; the placement is PL; SEX in the year's coding
    assertThat(y3.get("A1")).containsExactly(
        "HEADER", "CHILDID=A1", "SEX=F", "DOB=15/03/2008", "ETHNIC=WBRI", "UPN=UN1",
        "IN_TOUCH=YES", "ACCOM=U2",
        "AMISSING", "MISSING=M", "MIS_START=31/03/2024", "MIS_END=01/04/2024",
        "AMISSING", "MISSING=M", "MIS_START=31/03/2025",
        "OC2", "SDQ_REASON=SDQ4", "CONVICTED=0", "SUBSTANCE_MISUSE=0",
        "EPISODE", "DECOM=01/02/2024", "RNE=S", "LS=C2", "CIN=N4", "PL=K3",
        "HOME_POST=ZZ1 1AA");
    assertThat(xmlChildren(Y1).get("A1")).containsExactly(
        "HEADER", "CHILDID=A1", "SEX=2", "DOB=15/03/2008", "ETHNIC=WBRI", "UPN=UN1",
        "IN_TOUCH=YES", "ACTIV=F5",
        "AMISSING", "MISSING=M", "MIS_START=03/05/2022", "MIS_END=04/05/2022",
        "AMISSING", "MISSING=A", "MIS_START=03/05/2022", "MIS_END=04/05/2022",
        "OC2", "SDQ_SCORE=17", "CONVICTED=1", "SUBSTANCE_MISUSE=0",
        "EPISODE", "DECOM=10/01/2022", "RNE=S", "LS=C2", "CIN=N4", "PL=U6", "PLACE_PROVIDER=PR4",
        "DEC=05/09/2022", "REC=X1", "HOME_POST=ZZ1 1AA", "PL_POST=ZZ2 1AB",
        "EPISODE", "DECOM=05/09/2022", "RNE=P", "LS=C2", "CIN=N4", "PL=K2", "PLACE_PROVIDER=PR1",
        "HOME_POST=ZZ1 1AA", "PL_POST=ZY1 1AB");
    assertThat(xmlChildren(Y2).get("D4")).containsExactly(
        "HEADER", "CHILDID=D4", "DOB=15/01/2010", "ETHNIC=WBRI", "UPN=UN1",
        "OC2", "SDQ_REASON=SDQ4",
        "EPISODE", "DECOM=01/03/2023", "RNE=P", "LS=C2", "CIN=N4", "PL=K2", "PLACE_PROVIDER=PR1",
        "HOME_POST=ZZ1 1AA", "PL_POST=ZZ2 1AB");
    assertThat(xmlChildren(Y2).get("A1")).contains("DEC=01/06/2023", "REC=E8", "MIS_START=31/03/2024")
        .doesNotContain("MIS_END=01/04/2024");
    assertThat(y3.get("D4")).contains("SEX=U");
    assertThat(y3.get("B2")).contains("SEX=M", "ACTIV=G5", "ACCOM=U1");
  }

  @Test
  void oneYearOnlyAndTheSameRecordsWriteTheSameBytes() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, 2024, 2024).write(records(), a);
    Ssda903Writer.of(COUNCIL, 2024, 2024).write(records(), b);
    try (Stream<Path> s = Files.list(a)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly(Y2);
    }
    assertThat(w.children()).isEqualTo(4); // A1, B2, D4, G7
    for (String f : List.of("header.csv", "episodes.csv", "missing.csv", "oc2.csv", "oc3.csv",
        "sw_episodes.csv")) {
      assertThat(Files.readAllBytes(b.resolve(Y2).resolve(f)))
          .isEqualTo(Files.readAllBytes(a.resolve(Y2).resolve(f)));
    }
    // an episode begun before the only year keeps its start
    assertThat(Csv903.read(a, Y2, "episodes.csv").render("CHILD", "DECOM", "DEC"))
        .containsExactly("A1|05/09/2022|01/06/2023", "A1|01/02/2024|", "D4|01/03/2023|");
  }

  @Test
  void aChildIsInTheHeaderOnlyOfTheYearsWithRows() {
    // in care for May 2022 only, with no placement: one missing incident, nothing else
    YoungPersonId id = id("H8");
    YoungPersonRecord h8 = YoungPersonRecord.builder()
        .youngPerson(person("H8", "2009-04", Sex.MALE, CareStatusPeriod.of(CareStatus.LOOKED_AFTER,
            closed("2022-05-01", "2022-06-01"))))
        .addEvents(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d("2022-05-10"), 1))
        .build();
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, 2023, 2025).write(List.of(h8), dir);
    assertThat(w.children()).isEqualTo(1);
    assertThat(table(Y1, "header.csv").render("CHILD", "SEX")).containsExactly("H8|1");
    assertThat(table(Y1, "missing.csv").render("CHILD", "MISSING", "MIS_START", "MIS_END"))
        .containsExactly("H8|M|10/05/2022|11/05/2022");
    assertThat(table(Y1, "episodes.csv").rows).isEmpty();
    assertThat(table(Y2, "header.csv").rows).isEmpty();
    assertThat(table(Y3, "header.csv").rows).isEmpty();
  }

  @Test
  void nothingToWriteGivesTablesWithColumnsOnly() throws IOException {
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).write(List.of(e5()), dir);
    assertThat(w.children()).isZero();
    assertThat(Files.readString(dir.resolve(Y1).resolve("header.csv")))
        .isEqualTo("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
    assertThat(table(Y1, "episodes.csv").rows).isEmpty();
  }

  @Test
  void theSyntheticPostcodesAreWhereTheWriterSays() {
    List<Ssda903Writer.SyntheticPostcode> p = Ssda903Writer.postcodes("E06000014");
    assertThat(p).extracting(Ssda903Writer.SyntheticPostcode::postcode)
        .containsExactly(Ssda903Writer.HOME, Ssda903Writer.INSIDE, Ssda903Writer.OUTSIDE);
    assertThat(p).extracting(Ssda903Writer.SyntheticPostcode::council)
        .containsExactly("E06000014", "E06000014", Ssda903Writer.OTHER_COUNCIL);
    // home to inside 5 km (3-4-5), home to outside 40 km, as documented
    assertThat(Math.hypot(p.get(1).easting() - p.get(0).easting(),
        p.get(1).northing() - p.get(0).northing())).isEqualTo(5000.0);
    assertThat(Math.hypot(p.get(2).easting() - p.get(0).easting(),
        p.get(2).northing() - p.get(0).northing())).isEqualTo(40000.0);
  }

  @Test
  void yearNamesAreTheCollectionYears() {
    assertThat(Ssda903Writer.yearName(2025)).isEqualTo("2024-25");
    assertThat(Ssda903Writer.yearName(2000)).isEqualTo("1999-00");
    assertThat(Ssda903Writer.yearName(2010)).isEqualTo("2009-10");
  }

  @Test
  void badArgumentsAreRejectedNamingTheRule() {
    assertThatThrownBy(() -> Ssda903Writer.of(null, 2023, 2024))
        .isInstanceOf(NullPointerException.class).hasMessage("council");
    assertThatThrownBy(() -> Ssda903Writer.of(COUNCIL, 2025, 2024))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("collection years 2025 to 2024 are not in order within 1990-2100");
    assertThatThrownBy(() -> Ssda903Writer.of(COUNCIL, 1989, 2024))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("1989 to 2024");
    assertThatThrownBy(() -> Ssda903Writer.of(COUNCIL, 2024, 2101))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("2024 to 2101");
    // the bounds themselves are allowed
    assertThat(Ssda903Writer.of(COUNCIL, 1990, 2100)).isNotNull();
    assertThat(Ssda903Writer.of(COUNCIL, 2024, 2024)).isNotNull();

    Ssda903Writer w = Ssda903Writer.of(COUNCIL, 2023, 2024);
    assertThatThrownBy(() -> w.dirty(-0.01, 1)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("injection rate -0.01 is not between 0 and 1");
    assertThatThrownBy(() -> w.dirty(1.01, 1)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("injection rate 1.01 is not between 0 and 1");
    assertThatThrownBy(() -> w.dirty(Double.NaN, 1)).isInstanceOf(DomainRuleException.class);
    assertThat(w.dirty(0, 1)).isNotNull();
    assertThat(w.dirty(1, 1)).isNotNull();
    assertThatThrownBy(() -> w.xml().dirty(0.1, 1)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the dirty variant writes CSV only");
    assertThatThrownBy(() -> w.dirty(0.1, 1).xml()).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the dirty variant writes CSV only");
    // a dirty writer at rate 0 is clean and may be turned to XML
    assertThat(w.dirty(0, 1).xml()).isNotNull();
  }

  @Test
  void aFolderThatCannotBeMadeIsAnUncheckedIoError() throws IOException {
    Path file = Files.writeString(dir.resolve("occupied"), "not a folder");
    assertThatThrownBy(() -> Ssda903Writer.of(COUNCIL, 2023, 2023).write(records(), file))
        .isInstanceOf(UncheckedIOException.class);
  }
}
