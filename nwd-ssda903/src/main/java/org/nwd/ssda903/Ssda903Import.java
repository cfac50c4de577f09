package org.nwd.ssda903;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;

/**
 * Reads a council's SSDA903 returns into the domain model: configure it with the council's code
 * (the {@code localAuthority} of every young person), optionally a {@link PostcodeDirectory} and an
 * {@link IdScheme}, then {@link #read(Iterable) read} the files with their collection years.
 *
 * <pre>{@code
 * Ssda903Result r = Ssda903Import.builder().council("E10000023").postcodes(lookup).build()
 *     .read(Ssda903Source.inFolder(Path.of("returns")));
 * r.cohort();          // the young people's records
 * r.issues().table();  // every rejected, set-aside or repaired row
 * }</pre>
 *
 * <p>Row-level problems never throw: they go to the {@link Ssda903Result#issues() issue report}. A
 * file that cannot be read as a return at all throws {@link Ssda903FileException} naming the file
 * and line, and nothing is returned. The collection years must follow one another with no gap.
 */
@Value.Immutable
public abstract class Ssda903Import {
  private static final Pattern COUNCIL = Pattern.compile("[A-Za-z0-9._-]{1,31}");

  /** The responsible council's code, e.g. the ONS code {@code E10000023} or the LA number {@code 815}. */
  public abstract String council();

  /** Where postcodes are; without one every placement location (and distance) is unknown. */
  public abstract Optional<PostcodeDirectory> postcodes();

  /** How {@code CHILD} and {@code SW_ID} become ids; {@link IdScheme#scoped()} by default. */
  @Value.Default
  public IdScheme ids() {
    return IdScheme.scoped();
  }

  /**
   * The longest CSV record, in characters (1,048,576 by default): a longer one, such as a 2 GB line
   * or an unbalanced quote, is an error naming the line instead of exhausting memory.
   */
  @Value.Default
  public long maxRecordLength() {
    return 1L << 20;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        COUNCIL.matcher(council()).matches(),
        "council",
        "council code \"%s\" is not 1-31 characters of [A-Za-z0-9._-]",
        DataIssue.shown(council()));
    DomainRuleException.require(
        maxRecordLength() >= 1024,
        "maxRecordLength",
        "max record length %s is below 1024 characters",
        maxRecordLength());
  }

  /** An import for {@code council} with no postcode lookup and scoped ids. */
  public static Ssda903Import of(String council) {
    return builder().council(council).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ssda903Import}. */
  public static final class Builder extends ImmutableSsda903Import.Builder {}

  /** Reads the returns in {@code folder}, one sub-folder per collection year ({@link Ssda903Source#inFolder(Path)}). */
  public Ssda903Result read(Path folder) {
    return read(Ssda903Source.inFolder(folder));
  }

  /**
   * Reads {@code sources} (several files per year and several consecutive years as needed).
   *
   * @throws Ssda903FileException when a file cannot be read as a return
   * @throws DomainRuleException when there is no source, a file is given twice or the years leave
   *     a gap
   */
  public Ssda903Result read(Iterable<Ssda903Source> sources) {
    List<Ssda903Source> list = ImmutableList.copyOf(sources);
    DomainRuleException.require(!list.isEmpty(), "sources", "no SSDA903 file to read");
    Set<Path> paths = new HashSet<>();
    TreeSet<CollectionYear> years = new TreeSet<>();
    for (Ssda903Source s : list) {
      DomainRuleException.require(
          paths.add(s.path().toAbsolutePath().normalize()),
          "sources",
          "the file %s is given twice",
          s.name());
      years.add(s.year());
    }
    CollectionYear previous = null;
    for (CollectionYear y : years) {
      DomainRuleException.require(
          previous == null || previous.next().equals(y),
          "sources",
          "the collection years must follow one another: %s is missing between %s and %s",
          previous == null ? y : previous.next(),
          previous,
          y);
      previous = y;
    }
    IssueLog log = new IssueLog();
    if (postcodes().isEmpty()) {
      log.add(Ssda903Table.EPISODES, list.get(0), 0, null, "PL_POST", null,
          DataIssueCategory.NOT_MAPPED, DataIssueAction.IGNORED,
          "no postcode lookup given: every placement location and distance is unknown", null);
    }
    RowRules rules = new RowRules(council(), ids(), postcodes().orElse(null), log);
    for (Ssda903Source s : list) {
      readFile(s, rules);
    }
    Histories h = new Histories(council(), postcodes().orElse(null), years.first(), years.last(),
        log);
    List<Rows> children = new java.util.ArrayList<>(rules.children.values());
    rules.children.clear();
    h.build(children);
    return Ssda903Result.builder()
        .cohort(Cohort.of(List.of(), h.records))
        .issues(log.report())
        .addAllYears(years)
        .dataCoverage(DatePeriod.of(years.first().start(), years.last().end().plusDays(1)))
        .addAllEpisodes(h.episodes)
        .addAllMissingEpisodes(h.missing)
        .build();
  }

  private void readFile(Ssda903Source s, RawRow.Sink sink) {
    Objects.requireNonNull(s, "source");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16)) {
      if (isXml(in)) {
        XmlReturn.read(in, s, sink);
      } else {
        CsvTables.read(in, s, maxRecordLength(), sink);
      }
    } catch (NoSuchFileException e) {
      throw new Ssda903FileException(s.name(), 0, "no such file", e);
    } catch (IOException e) {
      throw new Ssda903FileException(s.name(), 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** True when the first character after a BOM and white space is {@code <}. */
  private static boolean isXml(InputStream in) throws IOException {
    in.mark(4096);
    try {
      int b = in.read();
      if (b == 0xEF) {
        in.read();
        in.read();
        b = in.read();
      }
      int seen = 0;
      while ((b == ' ' || b == '\t' || b == '\r' || b == '\n') && seen++ < 4000) {
        b = in.read();
      }
      return b == '<';
    } finally {
      in.reset();
    }
  }
}
