package org.nwd.impact;

import java.util.List;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;

/**
 * The one rule that makes figures safe to publish, in line with the statistical disclosure practice
 * government statisticians use for children's social care data: the plain-text publication tables of
 * {@link ImpactResult#renderForPublication()}, and the HTML and CSV tables of nwd-report, all ask it,
 * so they agree.
 *
 * <ul>
 *   <li><b>Primary suppression</b> ({@value #PRIMARY_MARKER}): a count of young people <em>or</em> of
 *       events from 1 to {@code threshold - 1} (default {@value #DEFAULT_THRESHOLD}, so 1 to 4) is not
 *       shown; zeros are. Every figure computed from such a count (a rate, share, percentage, ratio,
 *       interval, test or events avoided) is suppressed with it, and so is a share whose complement is
 *       small (3 of 40 not met gives away 37 met).
 *   <li><b>Secondary suppression</b> ({@value #SECONDARY_MARKER}): in a table with totals, further
 *       cells are withheld until no suppressed value can be worked out by subtraction from the
 *       published ones ({@link SuppressedTable}); where the table's totals are printed elsewhere (a
 *       breakdown beside the cohort's own figures), they are never used to hide a cell and what is
 *       withheld there is withheld here too ({@link #pattern(SuppressedTable, Suppression[][])},
 *       {@link #breakdownEvents}).
 * </ul>
 *
 * <pre>{@code
 * DisclosureControl dc = DisclosureControl.of(5);
 * dc.count(3);                 // PRIMARY
 * dc.figure(40, 12, 3);        // PRIMARY: 40 young people, 12 events before, 3 after
 * dc.share(37, 40);            // PRIMARY: 3 not met
 * dc.show(dc.count(12), "12"); // "12"
 * }</pre>
 */
@Value.Immutable
public abstract class DisclosureControl {
  /** Counts from 1 to 4 are suppressed unless the caller says otherwise. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The marker of a primary suppressed figure (the GSS and DfE symbol for confidential data). */
  public static final String PRIMARY_MARKER = "[c]";

  /** The marker of a secondary suppressed figure (this library's symbol: hidden by difference). */
  public static final String SECONDARY_MARKER = "[d]";

  /** Counts from 1 to {@code threshold - 1} are suppressed; 1 suppresses nothing. */
  @Value.Parameter
  public abstract int threshold();

  @Value.Check
  void check() {
    DomainRuleException.require(
        threshold() >= 1, "threshold", "suppression threshold %s must be at least 1", threshold());
  }

  /** The rule at {@code threshold}. */
  public static DisclosureControl of(int threshold) {
    return ImmutableDisclosureControl.of(threshold);
  }

  /** The rule at the default threshold of {@value #DEFAULT_THRESHOLD}. */
  public static DisclosureControl standard() {
    return of(DEFAULT_THRESHOLD);
  }

  /** True for a count from 1 to {@code threshold - 1}. */
  public boolean isSmall(long count) {
    DomainRuleException.require(count >= 0, "count", "count %s is negative", count);
    return count > 0 && count < threshold();
  }

  /** {@link Suppression#PRIMARY} for a small count, else {@link Suppression#NONE}. */
  public Suppression count(long count) {
    return isSmall(count) ? Suppression.PRIMARY : Suppression.NONE;
  }

  /**
   * A figure computed from these counts of young people and events: {@link Suppression#PRIMARY} when
   * any of them is small.
   */
  public Suppression figure(long... counts) {
    Suppression out = Suppression.NONE;
    for (long c : counts) {
      out = out.and(count(c));
    }
    return out;
  }

  /**
   * A share of {@code part} in {@code whole}: {@link Suppression#PRIMARY} when the part, the rest or
   * the whole is small.
   */
  public Suppression share(long part, long whole) {
    DomainRuleException.require(
        part >= 0 && part <= whole,
        "part",
        "share of %s in %s: the part must be between 0 and the whole",
        part,
        whole);
    return figure(part, whole - part, whole);
  }

  /**
   * The statistics of one measure of an impact result: primary when the young people measured, or
   * (counts and days) the events before or after, or (statuses) the young people in the state before
   * or after or out of it, are small; otherwise as the count of young people. An undefined result
   * shows no figures, so it is judged by its young people alone.
   */
  public Suppression measure(MeasureResult m) {
    Suppression out = count(m.people());
    if (m.rates().isPresent()) {
      RateChange r = m.rates().get();
      out = out.and(figure(r.eventsBefore(), r.eventsAfter()));
    }
    if (m.statuses().isPresent()) {
      StatusChange s = m.statuses().get();
      out = out.and(share(s.before())).and(share(s.after()));
    }
    return out;
  }

  /**
   * A measure's comparison against the comparison cohort: primary when the comparison young people or
   * their events before or after are small (the treated side is {@link #measure(MeasureResult)}).
   */
  public Suppression comparison(ComparisonChange c) {
    Rate before = c.differenceInDifferences().comparisonBefore();
    Rate after = c.differenceInDifferences().comparisonAfter();
    return figure(c.differenceInDifferences().comparison().size(), before.events(), after.events());
  }

  private Suppression share(Proportion p) {
    return share(p.successes(), p.trials());
  }

  /** A table of {@code counts[row][column]} suppressed under this rule. */
  public SuppressedTable table(
      String title, List<String> rowLabels, List<String> columnLabels, long[][] counts) {
    return SuppressedTable.of(title, rowLabels, columnLabels, counts, threshold());
  }

  /**
   * The suppression of every value of {@code table} (cells, row totals in the last column, column
   * totals in the last row, as {@link SuppressedTable#value}) under this rule, when some of its values
   * are also printed elsewhere (a breakdown's totals are the cohort's own figures). {@code elsewhere}
   * has the table's shape, totals included: {@code null} where a value is not printed elsewhere,
   * {@link Suppression#NONE} where it is published there (it is then never withheld here to protect a
   * cell, since that would protect nothing), and a suppression where it is withheld there (it is then
   * withheld here too, and protected like a small cell).
   */
  public Suppression[][] pattern(SuppressedTable table, Suppression[][] elsewhere) {
    int nr = table.rows() + 1;
    int nc = table.columns() + 1;
    DomainRuleException.require(
        elsewhere.length == nr,
        "elsewhere",
        "table %s has %s rows with totals; %s given",
        table.title(),
        nr,
        elsewhere.length);
    long[][] v = new long[nr][nc];
    boolean[][] fixed = new boolean[nr][nc];
    boolean[][] forced = new boolean[nr][nc];
    for (int i = 0; i < nr; i++) {
      DomainRuleException.require(
          elsewhere[i].length == nc,
          "elsewhere",
          "table %s has %s columns with totals; %s given",
          table.title(),
          nc,
          elsewhere[i].length);
      for (int j = 0; j < nc; j++) {
        v[i][j] = table.value(i, j);
        Suppression e = elsewhere[i][j];
        fixed[i][j] = e == Suppression.NONE && !isSmall(v[i][j]);
        forced[i][j] = e != null && e.isSuppressed();
      }
    }
    boolean[][] s = SuppressedTable.suppress(v, threshold(), fixed, forced);
    Suppression[][] out = new Suppression[nr][nc];
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        out[i][j] = !s[i][j] ? Suppression.NONE
            : isSmall(v[i][j]) ? Suppression.PRIMARY : Suppression.SECONDARY;
      }
    }
    return out;
  }

  /**
   * The young people who improved, stayed the same and got worse on {@code m}, in that order, when the
   * number measured ({@link MeasureResult#people()}) is published beside them: a small count, and
   * the smallest other count that would give it away by subtraction, are withheld.
   */
  public Suppression[] changes(MeasureResult m) {
    ChangeCounts c = m.changes();
    SuppressedTable t = table("changes", List.of(m.measure().code()),
        List.of("improved", "unchanged", "worse"),
        new long[][] {{c.improved(), c.unchanged(), c.worse()}});
    Suppression[][] elsewhere = new Suppression[2][4];
    elsewhere[0][3] = count(m.people());
    Suppression[][] s = pattern(t, elsewhere);
    return new Suppression[] {s[0][0], s[0][1], s[0][2]};
  }

  /**
   * The suppression of {@code b}'s changes table (groups by improved, unchanged, worse, with the
   * young people per group as row totals), whose total row repeats {@code overall}'s published
   * figures ({@link #changes(MeasureResult)} and its young people).
   */
  public Suppression[][] breakdownChanges(Breakdown b, MeasureResult overall) {
    requireSame(b, overall);
    SuppressedTable t = b.changes();
    Suppression[][] elsewhere = new Suppression[t.rows() + 1][t.columns() + 1];
    Suppression[] c = changes(overall);
    System.arraycopy(c, 0, elsewhere[t.rows()], 0, 3);
    elsewhere[t.rows()][3] = count(overall.people());
    return pattern(t, elsewhere);
  }

  /**
   * The suppression of {@code b}'s events table (groups by events before and after), whose total row
   * repeats {@code overall}'s published events before and after.
   */
  public Suppression[][] breakdownEvents(Breakdown b, MeasureResult overall) {
    requireSame(b, overall);
    SuppressedTable t = b.events().orElseThrow(() -> new DomainRuleException("events",
        "the breakdown of " + b.measure().code() + " has no events table (not a count or days"
            + " measure)"));
    Suppression[][] elsewhere = new Suppression[t.rows() + 1][t.columns() + 1];
    if (overall.rates().isPresent()) {
      Suppression before = count(overall.rates().get().eventsBefore());
      Suppression after = count(overall.rates().get().eventsAfter());
      elsewhere[t.rows()][0] = before;
      elsewhere[t.rows()][1] = after;
      elsewhere[t.rows()][2] = before.and(after);
    }
    return pattern(t, elsewhere);
  }

  /**
   * Group {@code g}'s rates (and anything computed from them) in {@code b}: suppressed unless its
   * young people and its events before and after are all published, as in {@link
   * #breakdownChanges} and {@link #breakdownEvents}.
   */
  public Suppression breakdownRates(Breakdown b, MeasureResult overall, int g) {
    Suppression[][] people = breakdownChanges(b, overall);
    Suppression[][] events = breakdownEvents(b, overall);
    return people[g][b.changes().columns()].and(events[g][0]).and(events[g][1]);
  }

  private static void requireSame(Breakdown b, MeasureResult overall) {
    DomainRuleException.require(
        b.measure().equals(overall.measure()),
        "overall",
        "the breakdown is of %s but the overall result of %s",
        b.measure().code(),
        overall.measure().code());
  }

  /** {@code value}, or the marker of {@code suppression} when it is suppressed. */
  public String show(Suppression suppression, String value) {
    return suppression.isSuppressed() ? suppression.marker() : value;
  }

  /** What the two markers mean, in one sentence each, naming this threshold. */
  public String markerNote() {
    if (threshold() == 1) {
      return "Nothing is suppressed (threshold 1).";
    }
    return PRIMARY_MARKER + " suppressed: fewer than " + threshold() + " young people or events (1 to "
        + (threshold() - 1) + "), or a figure computed from such a count. " + SECONDARY_MARKER
        + " suppressed to protect a " + PRIMARY_MARKER + " figure: with the totals it would reveal it"
        + " by subtraction.";
  }

  /** The rule in a few sentences, for the method notes of a publication. */
  public String statement() {
    if (threshold() == 1) {
      return "No small numbers are suppressed: the threshold is 1.";
    }
    return "Small numbers are suppressed to protect the young people's confidentiality. A count of"
        + " young people or of events from 1 to " + (threshold() - 1) + " is not shown (zeros are),"
        + " and neither is any rate, share, ratio, interval or test computed from it: these show "
        + PRIMARY_MARKER + ". Where a table has totals, further figures are withheld so that no "
        + PRIMARY_MARKER + " figure can be worked out by subtraction: these show " + SECONDARY_MARKER
        + ".";
  }

  @Override
  public String toString() {
    return "DisclosureControl{threshold " + threshold() + "}";
  }
}
