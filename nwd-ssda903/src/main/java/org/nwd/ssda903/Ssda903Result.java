package org.nwd.ssda903;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.immutables.value.Value;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueReport;

/**
 * What an import gives back: the cohort of every child whose history could be made consistent, the
 * row-level issue report (children set aside are listed there with the reason), the data coverage
 * (from the first collection year's start to the last one's end: an analysis must not look before
 * it, the returns hold nothing earlier), the stitched episodes and the missing episodes with their
 * start, end and duration.
 */
@Value.Immutable
public abstract class Ssda903Result {

  /** The young people's records, sorted by id; no hubs (the 903 has none). */
  public abstract Cohort cohort();

  /** Every rejected, set-aside, repaired, kept, superseded or ignored row. */
  public abstract DataIssueReport issues();

  /** The collection years read, in order. */
  public abstract ImmutableList<CollectionYear> years();

  /** From the first year's 1 April to the day after the last year's 31 March. */
  public abstract DatePeriod dataCoverage();

  /** The episodes of the cohort's children, by child and start. */
  public abstract ImmutableList<Ssda903Episode> episodes();

  /** The missing and away episodes of the cohort's children, by child and start. */
  public abstract ImmutableList<MissingEpisode> missingEpisodes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ssda903Result}. */
  public static final class Builder extends ImmutableSsda903Result.Builder {}

  /** The number of children that began before the data (their first episode is left-censored). */
  public long leftCensoredChildren() {
    return episodes().stream()
        .filter(Ssda903Episode::leftCensored)
        .map(Ssda903Episode::youngPersonId)
        .distinct()
        .count();
  }

  /** The children set aside whole. */
  public ImmutableList<YoungPersonId> childrenSetAside() {
    return issues().childrenSetAside().asList();
  }

  /** A few lines for a log or the main job: years, children, rows read, issues by action. */
  public String summary() {
    StringBuilder s = new StringBuilder(256);
    s.append("SSDA903 ").append(years().get(0)).append(" to ").append(years().get(years().size() - 1))
        .append(": ").append(cohort().size()).append(" children imported, ")
        .append(childrenSetAside().size()).append(" set aside, ")
        .append(leftCensoredChildren()).append(" in care before the data began\n");
    s.append("Rows read: ").append(issues().totalRowsRead());
    issues().rowsRead().forEach((t, n) -> s.append(", ").append(t).append(' ').append(n));
    s.append('\n').append("Issues: ").append(issues().issues().size());
    for (Map.Entry<DataIssueAction, Long> e : issues().countsByAction().entrySet()) {
      s.append(", ").append(e.getKey().code()).append(' ').append(e.getValue());
    }
    return s.append('\n').toString();
  }

  @Override
  public String toString() {
    return "Ssda903Result{years=" + years().get(0) + ".." + years().get(years().size() - 1)
        + ", children=" + cohort().size() + ", setAside=" + childrenSetAside().size()
        + ", issues=" + issues().issues().size() + "}";
  }
}
