package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.DomainRuleException;
import org.nwd.model.DatePeriod;
import org.nwd.model.YoungPersonId;

/** The module's small values: collection years, dates, postcodes, ids, sources, settings. */
class ValuesTest {
  @TempDir Path dir;

  @Test
  void collectionYears() {
    CollectionYear y = CollectionYear.parse("2024-25");
    assertThat(y.endYear()).isEqualTo(2025);
    assertThat(y).hasToString("2024-25");
    assertThat(CollectionYear.parse(" 2024/25 ")).isEqualTo(y);
    assertThat(CollectionYear.parse("2024-2025")).isEqualTo(y);
    assertThat(CollectionYear.parse("2025")).isEqualTo(y);
    assertThat(CollectionYear.parse("2099-00")).hasToString("2099-00");
    assertThat(y.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(y.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(y.period()).isEqualTo(DatePeriod.parse("2024-04-01/2025-04-01"));
    assertThat(y.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(y.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(y.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(y.next()).hasToString("2025-26");
    assertThat(CollectionYear.of(2010)).hasToString("2009-10");
    assertThat(y.compareTo(y.next())).isNegative();
    assertThatThrownBy(() -> CollectionYear.parse("2024-26"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("collection year \"2024-26\" does not name two consecutive years");
    assertThatThrownBy(() -> CollectionYear.parse("last year"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("collection year \"last year\" is not like 2024-25 (or the end year 2025)");
    assertThatThrownBy(() -> CollectionYear.of(1989))
        .hasMessage("collection year ending 1989 is outside 1990-2100");
    assertThatThrownBy(() -> CollectionYear.of(2101))
        .hasMessage("collection year ending 2101 is outside 1990-2100");
    assertThat(CollectionYear.of(1990)).hasToString("1989-90");
  }

  @Test
  void datesInBothForms() {
    assertThat(Dates.parse("01/04/2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(Dates.parse("1/4/2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(Dates.parse("2024-04-01")).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(Dates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    for (String bad : new String[] {"29/02/2023", "2024-4-1", "01/04/24", "01-04-2024", "",
        "001/04/2024", "01/004/2024", "a1/04/2024", "2024-0a-01", "01/04/20245", "/04/2024",
        "01//2024", "2024-13-01"}) {
      assertThat(Dates.parse(bad)).as(bad).isNull();
    }
    assertThat(Dates.format(LocalDate.of(2024, 4, 1))).isEqualTo("01/04/2024");
  }

  @Test
  void postcodesAndLocations() {
    assertThat(PostcodeDirectory.normalise(" yo11\t1aa ")).isEqualTo("YO111AA");
    PostcodeDirectory d =
        PostcodeDirectory.of(Map.of("yo11 1aa", PostcodeLocation.of("E1", 1, 2)));
    assertThat(d.find("YO111AA")).map(PostcodeLocation::council).contains("E1");
    assertThat(d.find("YO11 1AA")).isEmpty();
    assertThat(PostcodeDirectory.none().find("YO111AA")).isEmpty();
    assertThat(PostcodeLocation.of("E1").hasGridReference()).isFalse();
    assertThat(PostcodeLocation.of("E1", 1, 2).hasGridReference()).isTrue();
    assertThatThrownBy(() -> PostcodeLocation.of(" "))
        .hasMessage("the council of a postcode location is blank");
    assertThatThrownBy(() -> PostcodeLocation.builder().council("E1").easting(1).build())
        .hasMessage("a grid reference needs both easting and northing");
    assertThatThrownBy(() -> PostcodeLocation.of("E1", Double.NaN, 2))
        .hasMessage("easting NaN is not finite");
    assertThatThrownBy(() -> PostcodeLocation.of("E1", 1, Double.POSITIVE_INFINITY))
        .hasMessage("northing Infinity is not finite");
  }

  @Test
  void aPostcodeLookupFromCsv() throws Exception {
    Path f = dir.resolve("postcodes.csv");
    Files.writeString(f, "\uFEFFName,Postcode,Council,Easting,Northing\r\nx,yo11 1aa,E1,500000,480000\r\n"
        + "y,LS1 1AA,E2,,\r\n");
    PostcodeDirectory d = PostcodeDirectory.fromCsv(f);
    assertThat(d.find("YO111AA")).contains(PostcodeLocation.of("E1", 500000, 480000));
    assertThat(d.find("LS11AA")).contains(PostcodeLocation.of("E2"));
    Files.writeString(f, "postcode,la\nYO11 1AA,E1\n");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f)).isInstanceOf(Ssda903FileException.class)
        .hasMessageEndingWith("postcodes.csv:1: a postcode lookup needs the columns postcode and council");
    Files.writeString(f, "postcode,council\nYO11 1AA,E1\n,E1\n");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f))
        .hasMessageEndingWith("postcodes.csv:3: a blank postcode or council");
    Files.writeString(f, "postcode,council,easting,northing\nYO11 1AA,E1,east,1\n");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f))
        .hasMessageEndingWith("postcodes.csv:2: easting east or northing 1 is not a number");
    Files.writeString(f, "postcode,council,easting,northing\nYO11 1AA,E1,1,\n");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f))
        .hasMessageEndingWith("postcodes.csv:2: easting 1 or northing  is not a number");
    Files.writeString(f, "postcode,council\n\"YO11,E1\n");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f)).hasMessageContaining("malformed CSV");
    Files.write(f, new byte[] {'p', ',', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f)).hasMessageContaining("not UTF-8 text");
    Files.writeString(f, "");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(f)).hasMessageEndingWith("empty file: no header line");
    assertThatThrownBy(() -> PostcodeDirectory.fromCsv(dir.resolve("nope.csv")))
        .hasMessageEndingWith("nope.csv: no such file");
  }

  @Test
  void idSchemes() {
    assertThat(IdScheme.scoped().id("E1", "C1")).isEqualTo("E1:C1");
    assertThat(IdScheme.scoped()).isSameAs(IdScheme.scoped()).hasToString("scoped ids (COUNCIL:VALUE)");
    IdScheme hashed = IdScheme.keyedHash("0123456789abcdef".getBytes());
    String id = hashed.id("E1", "C1");
    // python3: hmac.new(b'0123456789abcdef', b'E1\x00C1', hashlib.sha256).hexdigest()[:32]
    assertThat(id).isEqualTo("E1:5b01208bcdf4e98df007cbdd5f8ef810");
    assertThat(hashed.id("E1", "C1")).isEqualTo(id);
    assertThat(hashed.id("E2", "C1")).isNotEqualTo(id);
    assertThat(IdScheme.keyedHash("fedcba9876543210".getBytes()).id("E1", "C1")).isNotEqualTo(id);
    assertThatThrownBy(() -> IdScheme.keyedHash(new byte[15]))
        .hasMessage("the hash key has 15 bytes; use at least 16");
  }

  @Test
  void aHashedIdHidesTheChildNumber() throws Exception {
    Path y = dir.resolve("2023-24");
    Files.createDirectories(y);
    Files.writeString(y.resolve("header.csv"), Returns.HEADER + "\nC1,1,15/06/2010,,,,\n");
    Ssda903Result r = Ssda903Import.builder().council("E1")
        .ids(IdScheme.keyedHash("0123456789abcdef".getBytes())).build().read(dir);
    assertThat(r.cohort().records()).singleElement()
        .satisfies(x -> assertThat(x.id().value()).startsWith("E1:").doesNotContain("C1"));
  }

  @Test
  void childIdsThatCannotBeIds() throws Exception {
    Path y = dir.resolve("2023-24");
    Files.createDirectories(y);
    Files.writeString(y.resolve("header.csv"),
        Returns.HEADER + "\nC 1,1,15/06/2010,,,,\n,1,15/06/2010,,,,\n");
    Ssda903Result r = Ssda903Import.of("E1").read(dir);
    assertThat(r.issues().issues()).extracting(Object::toString)
        .containsExactly(
            "2023-24/header.csv [episodes] field PL_POST: not_mapped: no postcode lookup given:"
                + " every placement location and distance is unknown -> ignored",
            "2023-24/header.csv:2 [header] field CHILD value \"A 9\": invalid_value: CHILD does"
                + " not make a pseudonymous id (1-64 characters of A-Z, 0-9, . _ : -) -> rejected",
            "2023-24/header.csv:3 [header] field CHILD: missing_value: CHILD is blank -> rejected");
  }

  @Test
  void sourcesInFolders() throws Exception {
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir.resolve("none")))
        .isInstanceOf(Ssda903FileException.class).hasMessageEndingWith("none: no such folder");
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessageEndingWith(": no SSDA903 files in the folder");
    Files.createDirectories(dir.resolve("2023-24"));
    Files.writeString(dir.resolve("2023-24/.hidden"), "x");
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir))
        .hasMessageEndingWith(": no SSDA903 files in the folder");
    Files.writeString(dir.resolve("2023-24/header.csv"), "x");
    assertThat(Ssda903Source.inFolder(dir)).singleElement()
        .satisfies(s -> {
          assertThat(s.name()).isEqualTo("2023-24/header.csv");
          assertThat(s.year()).hasToString("2023-24");
        });
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir))
        .hasMessageEndingWith("notes.txt: a file outside any collection-year folder (like 2023-24/)");
    Files.delete(dir.resolve("notes.txt"));
    Files.createDirectories(dir.resolve("old"));
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir))
        .hasMessageContaining("old: a folder not named as a collection year");
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir.resolve("2023-24/header.csv"),
            CollectionYear.of(2024)))
        .hasMessageEndingWith("header.csv: not a folder");
    Files.createDirectories(dir.resolve("2023-24/sub"));
    assertThatThrownBy(() -> Ssda903Source.inFolder(dir.resolve("2023-24"), CollectionYear.of(2024)))
        .hasMessageEndingWith("sub: not a regular file");
    assertThat(Ssda903Source.builder().path(Path.of("x.csv")).year(CollectionYear.of(2024))
        .build().name()).isEqualTo("x.csv");
    assertThatThrownBy(() -> Ssda903Source.builder().path(Path.of("x.csv"))
            .year(CollectionYear.of(2024)).name(" ").build())
        .hasMessage("the name of a source is blank");
  }

  @Test
  void importSettings() {
    assertThatThrownBy(() -> Ssda903Import.of("E1 0"))
        .hasMessage("council code \"E1 0\" is not 1-31 characters of [A-Za-z0-9._-]");
    assertThatThrownBy(() -> Ssda903Import.builder().council("E1").maxRecordLength(1023).build())
        .hasMessage("max record length 1023 is below 1024 characters");
    assertThat(Ssda903Import.of("E1").maxRecordLength()).isEqualTo(1 << 20);
    assertThat(Ssda903Import.of("E1")).isEqualTo(Ssda903Import.of("E1"));
  }

  @Test
  void tablesAndKinds() {
    assertThat(Ssda903Table.EPISODES.columns()).hasSize(13).startsWith("CHILD", "DECOM");
    assertThat(Ssda903Table.EPISODES.isMapped()).isTrue();
    assertThat(Ssda903Table.REVIEWS.isMapped()).isFalse();
    assertThat(Ssda903Table.OC2.keyColumns()).contains("SDQ_SCORE");
    assertThat(MissingKind.MISSING.code()).isEqualTo("M");
    assertThat(MissingKind.AWAY.code()).isEqualTo("A");
    assertThat(MissingKind.ofCode("X")).isNull();
    MissingEpisode m = MissingEpisode.builder().youngPersonId(YoungPersonId.of("E1:C1"))
        .kind(MissingKind.AWAY).start(LocalDate.of(2024, 1, 1)).build();
    assertThat(m).hasToString("MissingEpisode{E1:C1 A 2024-01-01/..}");
    assertThatThrownBy(() -> MissingEpisode.builder().youngPersonId(YoungPersonId.of("E1:C1"))
            .kind(MissingKind.AWAY).start(LocalDate.of(2024, 1, 2)).end(LocalDate.of(2024, 1, 1))
            .build())
        .hasMessage("missing episode ends 2024-01-01 before it starts 2024-01-02");
    assertThat(new Ssda903FileException("f", 0, "p", null)).hasMessage("f: p")
        .satisfies(e -> assertThat(e.problem()).isEqualTo("p"))
        .satisfies(e -> assertThat(e.file()).isEqualTo("f"));
  }
}
