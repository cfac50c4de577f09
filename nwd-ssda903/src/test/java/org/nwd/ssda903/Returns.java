package org.nwd.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueCategory;

/** Test returns written by hand: CSV tables in a folder per collection year, then imported. */
final class Returns {
  static final String COUNCIL = "E10000023";
  static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
  static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
  static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
  static final String OC2 =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
  static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
  static final String SW = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON";

  /** Inside the council: YO11 1AA at (500000, 480000); outside: LS1 1AA 40 km west. */
  static final PostcodeDirectory LOOKUP =
      PostcodeDirectory.of(
          Map.of(
              "YO11 1AA", PostcodeLocation.of(COUNCIL, 500000, 480000),
              "YO12 1AA", PostcodeLocation.of(COUNCIL, 503000, 484000),
              "LS1 1AA", PostcodeLocation.of("E08000035", 460000, 480000)));

  private final Path root;
  private final List<Ssda903Source> sources = new ArrayList<>();

  Returns(Path root) {
    this.root = root;
  }

  /** Writes {@code lines} (header line first) as {@code year/name}. */
  Returns file(String year, String name, String... lines) {
    return raw(year, name, String.join("\n", lines) + "\n");
  }

  Returns raw(String year, String name, String content) {
    return bytes(year, name, content.getBytes(StandardCharsets.UTF_8));
  }

  Returns bytes(String year, String name, byte[] content) {
    try {
      Path dir = root.resolve(year);
      Files.createDirectories(dir);
      Path f = dir.resolve(name);
      Files.write(f, content);
      sources.add(Ssda903Source.of(f, CollectionYear.parse(year)));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Ssda903Result read() {
    return Ssda903Import.builder().council(COUNCIL).postcodes(LOOKUP).build().read(sources);
  }

  List<Ssda903Source> sources() {
    return sources;
  }

  /** The issues of {@code category}. */
  static List<DataIssue> of(Ssda903Result r, DataIssueCategory category) {
    return r.issues().issues().stream().filter(i -> i.category() == category).toList();
  }
}
