package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.EndReason;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Proportion;

/**
 * The No Wrong Door indicators over every record analysed (included or not in the before/after
 * comparison), within the data coverage:
 *
 * <ul>
 *   <li>edge of care: of young people whose first accepted edge-of-care or edging-to-care referral is
 *       in the data, the share not looked after within the follow-up months (Wilson interval); people
 *       whose follow-up runs past the data and who were not looked after in it are left out of the
 *       share and counted as {@link #edgeOfCareInsufficientFollowUp()};
 *   <li>residential hub stays (residential and emergency beds, started in the data): the median and
 *       percentiles (R's type 7) of the length of completed stays, the share of stays beyond the
 *       short-term threshold (ongoing stays measured to the end of the data), and where completed
 *       stays ended, family or community versus institutional ({@link EndReason#isFamilyOrCommunity});
 *   <li>key-worker continuity: key-worker changes per young person with a team;
 *   <li>embedded specialists: the share of young people with a team who had each specialist role.
 * </ul>
 */
@Value.Immutable
public abstract class NwdIndicators {

  public abstract int edgeOfCareFollowUpMonths();

  public abstract long edgeOfCareStayedOut();

  public abstract long edgeOfCareLookedAfter();

  public abstract long edgeOfCareInsufficientFollowUp();

  public abstract ShortTermThreshold shortTermThreshold();

  public abstract long residentialStays();

  public abstract long staysBeyondThreshold();

  /** Completed residential stay lengths in days, ascending. */
  public abstract ImmutableList<Long> completedStayLengths();

  /** Destinations of completed residential stays, in {@link EndReason} order. */
  public abstract ImmutableMap<EndReason, Long> destinations();

  public abstract long peopleWithTeam();

  /** Number of young people with a team by key-worker changes, ascending. */
  public abstract ImmutableMap<Integer, Long> keyWorkerChangeCounts();

  /** Young people with a team who had each embedded specialist role. */
  public abstract ImmutableMap<Role, Long> specialistCounts();

  public abstract ConfidenceLevel level();

  /** A builder, for code that rebuilds indicators computed elsewhere (for example nwd-json). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NwdIndicators}; see {@link NwdIndicators#builder()}. */
  public static final class Builder extends ImmutableNwdIndicators.Builder {}

  @Value.Check
  void check() {
    DomainRuleException.require(
        edgeOfCareFollowUpMonths() >= 1,
        "edgeOfCareFollowUpMonths",
        "edge-of-care follow-up %s months must be at least 1",
        edgeOfCareFollowUpMonths());
    DomainRuleException.require(
        edgeOfCareStayedOut() >= 0 && edgeOfCareLookedAfter() >= 0
            && edgeOfCareInsufficientFollowUp() >= 0 && peopleWithTeam() >= 0,
        "edgeOfCareStayedOut",
        "edge-of-care counts and people with a team must not be negative");
    DomainRuleException.require(
        staysBeyondThreshold() >= 0 && staysBeyondThreshold() <= residentialStays(),
        "staysBeyondThreshold",
        "stays beyond the threshold %s must be between 0 and residential stays %s",
        staysBeyondThreshold(),
        residentialStays());
    DomainRuleException.require(
        completedStayLengths().size() <= residentialStays(),
        "completedStayLengths",
        "%s completed stays exceed residential stays %s",
        completedStayLengths().size(),
        residentialStays());
    for (int i = 0; i < completedStayLengths().size(); i++) {
      DomainRuleException.require(
          completedStayLengths().get(i) >= 0
              && (i == 0 || completedStayLengths().get(i) >= completedStayLengths().get(i - 1)),
          "completedStayLengths",
          "completed stay lengths must be at least 0 and ascending: %s",
          completedStayLengths());
    }
    long ended = 0;
    for (long n : destinations().values()) {
      DomainRuleException.require(n > 0, "destinations", "a destination count %s is not positive", n);
      ended += n;
    }
    DomainRuleException.require(
        ended == completedStayLengths().size(),
        "destinations",
        "destinations count %s stays; there are %s completed stays",
        ended,
        completedStayLengths().size());
    long withTeam = 0;
    for (Map.Entry<Integer, Long> e : keyWorkerChangeCounts().entrySet()) {
      DomainRuleException.require(
          e.getKey() >= 0 && e.getValue() > 0,
          "keyWorkerChangeCounts",
          "key-worker changes %s for %s young people: changes must be at least 0, people positive",
          e.getKey(),
          e.getValue());
      withTeam += e.getValue();
    }
    DomainRuleException.require(
        withTeam == peopleWithTeam(),
        "keyWorkerChangeCounts",
        "key-worker change counts cover %s young people; people with a team is %s",
        withTeam,
        peopleWithTeam());
    for (Map.Entry<Role, Long> e : specialistCounts().entrySet()) {
      DomainRuleException.require(
          e.getKey().isEmbeddedSpecialist() && e.getValue() > 0 && e.getValue() <= peopleWithTeam(),
          "specialistCounts",
          "specialist %s counted %s times: it must be an embedded specialist role, counted between 1"
              + " and people with a team %s",
          e.getKey().code(),
          e.getValue(),
          peopleWithTeam());
    }
  }

  /** Share of edge-of-care referrals not looked after within the follow-up; empty with none. */
  public Optional<Proportion> stayedOutOfCare() {
    long n = edgeOfCareStayedOut() + edgeOfCareLookedAfter();
    return n == 0 ? Optional.empty() : Optional.of(Proportion.of(edgeOfCareStayedOut(), n, level()));
  }

  /** Share of residential stays beyond the threshold; empty with no stays. */
  public Optional<Proportion> shareBeyondThreshold() {
    return residentialStays() == 0
        ? Optional.empty()
        : Optional.of(Proportion.of(staysBeyondThreshold(), residentialStays(), level()));
  }

  /** The {@code p}-quantile (R type 7) of completed stay lengths; empty with none. */
  public OptionalDouble stayLengthQuantile(double p) {
    return quantile(completedStayLengths(), p);
  }

  /** Median completed stay length in days. */
  public OptionalDouble medianStayLength() {
    return stayLengthQuantile(0.5);
  }

  static OptionalDouble quantile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return OptionalDouble.empty();
    }
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    return OptionalDouble.of(sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo)));
  }

  /** Completed stays ending in a family or the community. */
  public long familyOrCommunityEndings() {
    long out = 0;
    for (Map.Entry<EndReason, Long> e : destinations().entrySet()) {
      if (e.getKey().isFamilyOrCommunity()) {
        out += e.getValue();
      }
    }
    return out;
  }

  /** Share of completed stays ending in a family or the community; empty with none. */
  public Optional<Proportion> familyOrCommunityShare() {
    long n = completedStayLengths().size();
    return n == 0
        ? Optional.empty()
        : Optional.of(Proportion.of(familyOrCommunityEndings(), n, level()));
  }

  /** All key-worker changes. */
  public long keyWorkerChanges() {
    long out = 0;
    for (Map.Entry<Integer, Long> e : keyWorkerChangeCounts().entrySet()) {
      out += e.getKey() * e.getValue();
    }
    return out;
  }

  /** Mean key-worker changes per young person with a team; empty with none. */
  public OptionalDouble meanKeyWorkerChanges() {
    return peopleWithTeam() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) keyWorkerChanges() / peopleWithTeam());
  }

  /** Share of young people with a team who had {@code role}; empty with no teams. */
  public Optional<Proportion> specialistShare(Role role) {
    return peopleWithTeam() == 0
        ? Optional.empty()
        : Optional.of(
            Proportion.of(specialistCounts().getOrDefault(role, 0L), peopleWithTeam(), level()));
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder().label("No Wrong Door indicators").value(render().strip());
    stayedOutOfCare().ifPresent(p -> out.addSteps(p.explanation()));
    shareBeyondThreshold().ifPresent(p -> out.addSteps(p.explanation()));
    familyOrCommunityShare().ifPresent(p -> out.addSteps(p.explanation()));
    return out.build();
  }

  /** The indicators as a plain-text table. */
  public String render() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        row(
            "edge-of-care referrals not looked after within " + edgeOfCareFollowUpMonths() + " months",
            edgeOfCareStayedOut() + " of " + (edgeOfCareStayedOut() + edgeOfCareLookedAfter())
                + " (" + edgeOfCareInsufficientFollowUp() + " without full follow-up)",
            stayedOutOfCare()));
    rows.add(
        row(
            "residential stays beyond " + shortTermThreshold(),
            staysBeyondThreshold() + " of " + residentialStays(),
            shareBeyondThreshold()));
    rows.add(
        List.of(
            "completed stay length, days (median [p25, p75], p90)",
            Tables.num(medianStayLength())
                + " ["
                + Tables.num(stayLengthQuantile(0.25))
                + ", "
                + Tables.num(stayLengthQuantile(0.75))
                + "], "
                + Tables.num(stayLengthQuantile(0.9)),
            "",
            ""));
    rows.add(
        row(
            "completed stays ending in family or community",
            familyOrCommunityEndings() + " of " + completedStayLengths().size(),
            familyOrCommunityShare()));
    rows.add(
        List.of(
            "key-worker changes per young person with a team",
            Tables.num(meanKeyWorkerChanges()) + " (" + keyWorkerChanges() + " in " + peopleWithTeam()
                + ")",
            "",
            ""));
    for (Role r : ImpactAnalysis.specialistRoles()) {
      rows.add(
          row(
              "involved with " + r.displayName(),
              specialistCounts().getOrDefault(r, 0L) + " of " + peopleWithTeam(),
              specialistShare(r)));
    }
    return Tables.render(List.of("indicator", "count", "share", level() + " CI"), rows);
  }

  private static List<String> row(String label, String count, Optional<Proportion> p) {
    return List.of(
        label,
        count,
        p.map(x -> Tables.num(x.estimate())).orElse("-"),
        p.map(x -> Tables.interval(x.interval())).orElse("-"));
  }

  @Override
  public String toString() {
    return render();
  }
}
