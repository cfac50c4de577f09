package org.nwd.examples;

import java.nio.file.Path;
import org.nwd.model.Sex;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonRecord;
import org.nwd.ssda903.CollectionYear;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.Ssda903Writer;

/**
 * Writes synthetic SSDA903 returns (nwd-testkit's writer, dirty at 5%) to try the analyst's command
 * on: 2021-22 to 2025-26 for council {@value #COUNCIL}, with the postcode lookup beside them as
 * {@code postcodes.csv}. No real child is in them.
 *
 * <pre>
 * java org.nwd.examples.SampleReturns FOLDER
 * </pre>
 */
public final class SampleReturns {
  private SampleReturns() {}

  /** The synthetic council code. */
  public static final String COUNCIL = "E10000023";

  /** Writes the returns into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: SampleReturns FOLDER");
      System.exit(UserError.EXIT_STATUS);
    }
    Path folder = Path.of(args[0]);
    write(folder.resolve("returns"));
    StringBuilder lookup = new StringBuilder("postcode,council,easting,northing\n");
    for (Ssda903Writer.SyntheticPostcode p : Ssda903Writer.postcodes(COUNCIL)) {
      lookup.append(p.postcode()).append(',').append(p.council()).append(',')
          .append(p.easting()).append(',').append(p.northing()).append('\n');
    }
    java.nio.file.Files.writeString(folder.resolve("postcodes.csv"), lookup);
    System.out.println("Wrote " + folder.resolve("returns") + " (2021-22 to 2025-26) and "
        + folder.resolve("postcodes.csv"));
  }

  /** 600 synthetic young people referred April 2021 to March 2024, written as dirty returns. */
  static Ssda903Writer.Written write(Path folder) {
    CohortSettings settings =
        CohortSettings.builder()
            .size(600)
            .seed(20210401L)
            .referralsFrom(CollectionYear.of(2022).start())
            .referralsUntil(CollectionYear.of(2024).end().plusDays(1))
            .build();
    // The generator records no sex; the 903 requires one: alternate female and male.
    Iterable<YoungPersonRecord> records =
        CohortGenerator.of(settings).stream().map(SampleReturns::withSex)::iterator;
    return Ssda903Writer.of(COUNCIL, 2022, 2026).dirty(0.05, 20210401L).write(records, folder);
  }

  private static YoungPersonRecord withSex(YoungPersonRecord r) {
    YoungPerson p = r.youngPerson();
    Sex sex = (r.id().value().hashCode() & 1) == 0 ? Sex.FEMALE : Sex.MALE;
    return YoungPersonRecord.builder()
        .youngPerson(YoungPerson.builder().id(p.id()).birthMonth(p.birthMonth())
            .localAuthority(p.localAuthority()).addAllCareStatusPeriods(p.careStatusPeriods())
            .sex(sex).build())
        .addAllReferrals(r.referrals())
        .addAllHubEpisodes(r.hubEpisodes())
        .addAllPlacements(r.placements())
        .addAllEvents(r.events())
        .addAllScores(r.scores())
        .build();
  }
}
