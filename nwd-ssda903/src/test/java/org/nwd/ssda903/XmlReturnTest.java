package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssueCategory;

/** The DfE XML return: its shape, and hostile or unknown XML refused with file and line. */
class XmlReturnTest {
  @TempDir Path dir;

  static final String CHILD =
      "  <CHILD>\n"
          + "    <HEADER>\n"
          + "      <CHILDID>C1</CHILDID><SEX>M</SEX><DOB>15/06/2010</DOB>\n"
          + "      <IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>U1</ACCOM>\n"
          + "      <AREVIEW><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>\n"
          + "      <AMISSING><MISSING>A</MISSING><MIS_START>02/06/2024</MIS_START></AMISSING>\n"
          + "      <OC2><SDQ_SCORE>17</SDQ_SCORE><CONVICTED>1</CONVICTED><NEW_FIELD>x</NEW_FIELD></OC2>\n"
          + "    </HEADER>\n"
          + "    <EPISODE><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><PL>K2</PL>"
          + "<PLACE_PROVIDER>PR4</PLACE_PROVIDER><PL_POST>LS1 1AA</PL_POST></EPISODE>\n"
          + "  </CHILD>\n";

  private Ssda903Result read(String xml) throws Exception {
    Path year = dir.resolve("2024-25");
    Files.createDirectories(year);
    Files.writeString(year.resolve("return.xml"), xml);
    return Ssda903Import.builder().council(Returns.COUNCIL).postcodes(Returns.LOOKUP).build()
        .read(dir);
  }

  private void fails(String xml, String message) {
    assertThatThrownBy(() -> read(xml)).isInstanceOf(Ssda903FileException.class).hasMessage(message);
  }

  @Test
  void aReturnIsRead() throws Exception {
    Ssda903Result r = read("\uFEFF<?xml version=\"1.0\"?>\n<EXPSSDA903>\n" + CHILD + "</EXPSSDA903>\n");
    var x = r.cohort().record(YoungPersonId.of("E10000023:C1")).orElseThrow();
    assertThat(x.placements()).singleElement().satisfies(p -> {
      assertThat(p.type().code()).isEqualTo("K2");
      assertThat(p.isOutOfArea()).isTrue();
    });
    assertThat(x.events()).extracting(e -> e.measure())
        .containsExactly(StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS);
    assertThat(x.scores()).extracting(s -> s.score()).containsExactly(17.0);
    assertThat(x.statusPeriods()).extracting(s -> s.measure().code() + " " + s.inStatus())
        .containsExactlyInAnyOrder("CONVICTED_OR_CAUTIONED true", "IN_EET true",
            "SUITABLE_ACCOMMODATION true");
    assertThat(r.issues().rowsRead())
        .containsEntry("header", 1L).containsEntry("episodes", 1L).containsEntry("reviews", 1L)
        .containsEntry("oc3", 1L);
    assertThat(Returns.of(r, DataIssueCategory.NOT_MAPPED)).extracting(Object::toString)
        .containsExactly(
            "2024-25/return.xml [oc2] field NEW_FIELD: not_mapped: field NEW_FIELD of <OC2> is not"
                + " part of the return: ignored -> ignored",
            "2024-25/return.xml [reviews]: not_mapped: table reviews is not mapped: 1 rows ignored"
                + " -> ignored");
    // the episode's line in the file
    assertThat(r.episodes().get(0).line()).isEqualTo(11);
  }

  @Test
  void externalEntitiesAndEntityExpansionAreRefused() {
    fails("<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>",
        "2024-25/return.xml:2: a DOCTYPE or entity is not allowed in an SSDA903 XML return (entity"
            + " expansion and external entities are refused)");
    String lol = "<!DOCTYPE EXPSSDA903 [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&c;"
        + "</CHILDID></HEADER></CHILD></EXPSSDA903>";
    assertThatThrownBy(() -> read(lol)).isInstanceOf(Ssda903FileException.class)
        .hasMessageContaining("a DOCTYPE or entity is not allowed");
  }

  @Test
  void anUnknownShapeNamesTheElementAndLine() {
    fails("<?xml version=\"1.0\"?>\n<CINCENSUS>\n</CINCENSUS>",
        "2024-25/return.xml:2: unknown XML shape: element <CINCENSUS> inside the document (expected"
            + " EXPSSDA903) is not part of the SSDA903 XML return");
    fails("<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>C1</CHILDID></HEADER>\n<PLACEMENT/>\n</CHILD>"
            + "</EXPSSDA903>",
        "2024-25/return.xml:4: unknown XML shape: element <PLACEMENT> inside CHILD is not part of"
            + " the SSDA903 XML return");
    fails("<EXPSSDA903>\n<CHILD>\n<EPISODE><DECOM>01/05/2024</DECOM></EPISODE>\n</CHILD>"
            + "</EXPSSDA903>",
        "2024-25/return.xml:4: a CHILD without a HEADER");
    fails("<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID><B>C1</B></CHILDID></HEADER></CHILD>"
            + "</EXPSSDA903>",
        "2024-25/return.xml:3: unknown XML shape: element <B> inside <CHILDID>, a field is not"
            + " part of the SSDA903 XML return");
    fails("<EXPSSDA903>\n<CHILD>text</CHILD></EXPSSDA903>",
        "2024-25/return.xml:2: unknown XML shape: text where only elements are allowed");
    fails("<EXPSSDA903><CHILD><HEADER><CHILDID>" + "x".repeat(2000)
            + "</CHILDID></HEADER></CHILD></EXPSSDA903>",
        "2024-25/return.xml:1: element <CHILDID> holds more than 1000 characters");
    fails("<EXPSSDA903>\n<CHILD><HEADER></HEADER><HEADER></HEADER></CHILD></EXPSSDA903>",
        "2024-25/return.xml:2: a CHILD with two HEADER elements");
  }

  @Test
  void malformedXmlNamesTheLine() {
    assertThatThrownBy(() -> read("<EXPSSDA903>\n<CHILD>\n</EXPSSDA903>"))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessageStartingWith("2024-25/return.xml:3: malformed XML: ");
  }
}
