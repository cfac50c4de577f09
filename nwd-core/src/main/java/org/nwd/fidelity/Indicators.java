package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nwd.impact.Derivations;
import org.nwd.impact.Window;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionRecord;
import org.nwd.model.HubEpisode;
import org.nwd.model.Referral;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPersonRecord;

/**
 * Computes one indicator for one record as of a date; the definitions are those of {@link
 * FidelityIndicator}. Reasons name days and counts only, never dates.
 */
final class Indicators {
  private Indicators() {}

  static IndicatorResult evaluate(
      Criterion criterion, YoungPersonRecord record, LocalDate asOf, int monthsAfterStay) {
    IndicatorResult.Builder out =
        IndicatorResult.builder().indicator(criterion.indicator()).threshold(criterion.threshold());
    switch (criterion.indicator()) {
      case DAYS_TO_FIRST_HUB_CONTACT:
        return firstHubContact(criterion, record, asOf, out);
      case KEY_WORKER_WITHIN_DAYS:
        return keyWorkerWithin(criterion, record, asOf, out);
      case KEY_WORKER_CHANGES_PER_YEAR:
        return keyWorkerChanges(criterion, record, asOf, out);
      case LIFE_COACH_INVOLVED:
      case COMMUNICATION_SUPPORT_INVOLVED:
      case POLICE_LIAISON_INVOLVED:
        return specialist(criterion, record, asOf, out);
      case SHORT_BED_STAYS:
        return shortStays(criterion, record, asOf, out);
      case OUTREACH_AFTER_STAY:
        return outreachAfterStay(criterion, record, asOf, out);
      case PLACEMENT_MOVES_AFTER_STAY:
        return movesAfterStay(criterion, record, asOf, monthsAfterStay, out);
      case FAMILY_OR_COMMUNITY_AFTER_STAY:
        return familyAfterStay(criterion, record, asOf, monthsAfterStay, out);
      case DECISIONS_CITING_PROVOCATION:
        return decisions(criterion, record, asOf, out);
      default:
        throw new AssertionError(criterion.indicator());
    }
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** The first accepted referral dated before {@code asOf}. */
  static Optional<LocalDate> referral(YoungPersonRecord record, LocalDate asOf) {
    LocalDate first = null;
    for (Referral r : record.referrals()) {
      if (r.decision() == ReferralDecision.ACCEPTED
          && r.date().isBefore(asOf)
          && (first == null || r.date().isBefore(first))) {
        first = r.date();
      }
    }
    return Optional.ofNullable(first);
  }

  /** The end of {@code period} as seen on {@code asOf}: its end, or {@code asOf} if later or open. */
  private static LocalDate seenEnd(DatePeriod period, LocalDate asOf) {
    return period.end().filter(e -> !e.isAfter(asOf)).orElse(asOf);
  }

  /** True when {@code period} is still running on {@code asOf} (open, or ending after it). */
  private static boolean runningOn(DatePeriod period, LocalDate asOf) {
    return period.end().map(e -> e.isAfter(asOf)).orElse(true);
  }

  /**
   * Days from the referral to the first day of a period among {@code periods} (started before {@code
   * asOf}) that runs on or after the referral; shared by the hub-contact and key-worker rules.
   */
  private static IndicatorResult daysToFirst(
      Criterion c,
      LocalDate referral,
      List<DatePeriod> periods,
      LocalDate asOf,
      String what,
      IndicatorResult.Builder out) {
    LocalDate first = null;
    for (DatePeriod p : periods) {
      if (p.start().isBefore(asOf) && p.end().map(referral::isBefore).orElse(true)) {
        LocalDate from = p.start().isBefore(referral) ? referral : p.start();
        if (first == null || from.isBefore(first)) {
          first = from;
        }
      }
    }
    if (first != null) {
      long d = days(referral, first);
      return out.value(d)
          .status(c.isMetBy(d) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
          .reason(what + " " + d + " days after the referral")
          .build();
    }
    long elapsed = days(referral, asOf);
    if (elapsed > c.threshold()) {
      return out.status(IndicatorStatus.NOT_MET)
          .reason("no " + what + " in the " + elapsed + " days from the referral to the as-of date")
          .build();
    }
    return out.status(IndicatorStatus.UNKNOWN)
        .reason(
            "no " + what + " yet; only " + elapsed + " days from the referral to the as-of date")
        .build();
  }

  private static IndicatorResult firstHubContact(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    Optional<LocalDate> referral = referral(record, asOf);
    if (referral.isEmpty()) {
      return noReferral(out);
    }
    List<DatePeriod> periods = new ArrayList<>();
    for (HubEpisode e : record.hubEpisodes()) {
      periods.add(e.period());
    }
    return daysToFirst(c, referral.get(), periods, asOf, "first hub contact", out);
  }

  private static IndicatorResult noReferral(IndicatorResult.Builder out) {
    return out.status(IndicatorStatus.UNKNOWN)
        .reason("no accepted referral before the as-of date")
        .build();
  }

  private static IndicatorResult noTeam(IndicatorResult.Builder out) {
    return out.status(IndicatorStatus.UNKNOWN).reason("no team recorded").build();
  }

  /** The memberships in {@code role} started before {@code asOf}. */
  private static List<TeamMembership> started(
      TeamAroundTheChild team, Role role, LocalDate asOf) {
    List<TeamMembership> out = new ArrayList<>();
    for (TeamMembership m : team.memberships()) {
      if (m.role() == role && m.period().start().isBefore(asOf)) {
        out.add(m);
      }
    }
    return out;
  }

  private static IndicatorResult keyWorkerWithin(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    Optional<LocalDate> referral = referral(record, asOf);
    if (referral.isEmpty()) {
      return noReferral(out);
    }
    if (record.team().isEmpty()) {
      return noTeam(out);
    }
    List<DatePeriod> periods = new ArrayList<>();
    for (TeamMembership m : started(record.team().get(), Role.KEY_WORKER, asOf)) {
      periods.add(m.period());
    }
    return daysToFirst(c, referral.get(), periods, asOf, "key worker", out);
  }

  private static IndicatorResult keyWorkerChanges(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    if (record.team().isEmpty()) {
      return noTeam(out);
    }
    List<TeamMembership> keyWorkers = started(record.team().get(), Role.KEY_WORKER, asOf);
    long daysWith = 0;
    for (TeamMembership m : keyWorkers) {
      daysWith += days(m.period().start(), seenEnd(m.period(), asOf));
    }
    if (daysWith == 0) {
      return out.status(IndicatorStatus.UNKNOWN)
          .reason("no time with a key worker before the as-of date")
          .build();
    }
    // The model's own count of changes, over the memberships seen by the as-of date.
    int changes = TeamAroundTheChild.of(record.id(), keyWorkers).keyWorkerChanges();
    double perYear = changes / (daysWith / org.nwd.stats.Rate.DAYS_PER_YEAR);
    return out.value(perYear)
        .numerator(changes)
        .denominator(daysWith)
        .status(c.isMetBy(perYear) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
        .reason(changes + " key-worker changes in " + daysWith + " days with a key worker")
        .build();
  }

  private static IndicatorResult specialist(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    if (record.team().isEmpty()) {
      return noTeam(out);
    }
    Role role = c.indicator().specialistRole().orElseThrow();
    List<TeamMembership> members = started(record.team().get(), role, asOf);
    out.denominator(1);
    if (members.isEmpty()) {
      return out.value(0)
          .status(IndicatorStatus.NOT_MET)
          .reason("no " + role.displayName() + " in the team before the as-of date")
          .build();
    }
    out.numerator(1);
    long contacts = 0;
    boolean recorded = true;
    for (TeamMembership m : members) {
      if (m.contacts().isPresent()) {
        contacts += m.contacts().get();
      } else {
        recorded = false;
      }
    }
    if (recorded) {
      out.value(contacts);
    }
    String involved = role.displayName() + " in the team (" + members.size() + " memberships, ";
    String contactText = recorded ? contacts + " contacts recorded)" : "contacts not recorded)";
    if (c.threshold() == 0) {
      return out.status(IndicatorStatus.MET).reason(involved + contactText).build();
    }
    if (!recorded) {
      return out.status(IndicatorStatus.UNKNOWN).reason(involved + contactText).build();
    }
    return out.status(c.isMetBy(contacts) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
        .reason(involved + contactText)
        .build();
  }

  /** Residential and emergency bed stays started before {@code asOf}. */
  private static List<HubEpisode> stays(YoungPersonRecord record, LocalDate asOf) {
    List<HubEpisode> out = new ArrayList<>();
    for (HubEpisode e : record.hubEpisodes()) {
      if (e.kind().isResidential() && e.period().start().isBefore(asOf)) {
        out.add(e);
      }
    }
    return out;
  }

  private static IndicatorResult shortStays(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    List<HubEpisode> stays = stays(record, asOf);
    if (stays.isEmpty()) {
      return out.status(IndicatorStatus.NOT_APPLICABLE)
          .reason("no hub bed stay before the as-of date")
          .build();
    }
    long longest = 0;
    int over = 0;
    int ongoing = 0;
    List<Long> completed = new ArrayList<>();
    for (HubEpisode e : stays) {
      long length = days(e.period().start(), seenEnd(e.period(), asOf));
      longest = Math.max(longest, length);
      if (!c.isMetBy(length)) {
        over++;
      }
      if (runningOn(e.period(), asOf)) {
        ongoing++;
      } else {
        completed.add(length);
      }
    }
    completed.sort(Comparator.naturalOrder());
    out.value(longest)
        .numerator(over)
        .denominator(stays.size())
        .addAllObservations(completed);
    String counts =
        stays.size() + " stays, " + over + " longer than the threshold, " + ongoing
            + " ongoing, longest " + longest + " days";
    if (over > 0) {
      return out.status(IndicatorStatus.NOT_MET).reason(counts).build();
    }
    return out.status(ongoing > 0 ? IndicatorStatus.UNKNOWN : IndicatorStatus.MET)
        .reason(counts)
        .build();
  }

  /** The completed stay (ended by {@code asOf}) with the latest end. */
  static Optional<HubEpisode> lastStay(YoungPersonRecord record, LocalDate asOf) {
    HubEpisode last = null;
    for (HubEpisode e : stays(record, asOf)) {
      Optional<LocalDate> end = e.period().end();
      if (end.isPresent()
          && !end.get().isAfter(asOf)
          && (last == null || end.get().isAfter(last.period().end().get()))) {
        last = e;
      }
    }
    return Optional.ofNullable(last);
  }

  private static IndicatorResult noStay(IndicatorResult.Builder out) {
    return out.status(IndicatorStatus.NOT_APPLICABLE)
        .reason("no hub bed stay completed before the as-of date")
        .build();
  }

  private static IndicatorResult outreachAfterStay(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    Optional<HubEpisode> last = lastStay(record, asOf);
    if (last.isEmpty()) {
      return noStay(out);
    }
    LocalDate stayEnd = last.get().period().end().get();
    List<HubEpisode> support = new ArrayList<>();
    for (HubEpisode e : record.hubEpisodes()) {
      if (!e.kind().isResidential() && e.period().start().isBefore(asOf)) {
        support.add(e);
      }
    }
    support.sort(Comparator.comparing((HubEpisode e) -> e.period().start()));
    LocalDate reached = stayEnd;
    boolean running = false;
    for (HubEpisode e : support) {
      if (e.period().start().isAfter(reached.plusDays(FidelityIndicator.CONTINUATION_GAP_DAYS))) {
        break; // sorted by start: no later episode starts within the gap either
      }
      LocalDate end = seenEnd(e.period(), asOf);
      if (end.isAfter(reached)) {
        reached = end;
        running = runningOn(e.period(), asOf);
      }
    }
    long d = days(stayEnd, reached);
    out.value(d);
    if (c.isMetBy(d)) {
      return out.status(IndicatorStatus.MET)
          .reason(d + " days of hub support continuing after the last stay")
          .build();
    }
    if (running) {
      return out.status(IndicatorStatus.UNKNOWN)
          .reason(d + " days of continuing support so far, still running at the as-of date")
          .build();
    }
    if (days(reached, asOf) <= FidelityIndicator.CONTINUATION_GAP_DAYS) {
      return out.status(IndicatorStatus.UNKNOWN)
          .reason(
              d + " days of continuing support; support could still resume within "
                  + FidelityIndicator.CONTINUATION_GAP_DAYS + " days")
          .build();
    }
    return out.status(IndicatorStatus.NOT_MET)
        .reason(d + " days of hub support continuing after the last stay")
        .build();
  }

  private static IndicatorResult movesAfterStay(
      Criterion c,
      YoungPersonRecord record,
      LocalDate asOf,
      int months,
      IndicatorResult.Builder out) {
    Optional<HubEpisode> last = lastStay(record, asOf);
    if (last.isEmpty()) {
      return noStay(out);
    }
    LocalDate from = last.get().period().end().get();
    LocalDate windowEnd = from.plusMonths(months);
    boolean complete = !windowEnd.isAfter(asOf);
    LocalDate seen = complete ? windowEnd : asOf;
    // The impact analysis' own count of moves, over the months seen.
    long moves =
        seen.isAfter(from)
            ? Math.round(
                Derivations.placementMoves()
                    .value(record, Window.of(DatePeriod.of(from, seen), List.of()))
                    .orElse(0))
            : 0;
    out.value(moves);
    String text = moves + " placement moves in " + days(from, seen) + " days after the last stay";
    if (!c.isMetBy(moves)) {
      return out.status(IndicatorStatus.NOT_MET).reason(text).build();
    }
    if (complete) {
      return out.status(IndicatorStatus.MET).reason(text).build();
    }
    return out.status(IndicatorStatus.UNKNOWN)
        .reason(text + "; the " + months + " months have not passed")
        .build();
  }

  private static IndicatorResult familyAfterStay(
      Criterion c,
      YoungPersonRecord record,
      LocalDate asOf,
      int months,
      IndicatorResult.Builder out) {
    Optional<HubEpisode> last = lastStay(record, asOf);
    if (last.isEmpty()) {
      return noStay(out);
    }
    LocalDate from = last.get().period().end().get();
    LocalDate windowEnd = from.plusMonths(months);
    int endings = 0;
    int family = 0;
    for (HubEpisode e : record.hubEpisodes()) {
      Optional<LocalDate> end = e.period().end();
      if (end.isPresent()
          && !end.get().isAfter(asOf)
          && !end.get().isBefore(from)
          && end.get().isBefore(windowEnd)) {
        endings++;
        family += e.endReason().orElseThrow().isFamilyOrCommunity() ? 1 : 0;
      }
    }
    double share = (double) family / endings; // the last stay itself ends in the window
    out.value(share).numerator(family).denominator(endings);
    String text = family + " of " + endings + " hub endings in a family or the community";
    if (windowEnd.isAfter(asOf)) {
      return out.status(IndicatorStatus.UNKNOWN)
          .reason(text + " so far; the " + months + " months have not passed")
          .build();
    }
    return out.status(c.isMetBy(share) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
        .reason(text)
        .build();
  }

  private static IndicatorResult decisions(
      Criterion c, YoungPersonRecord record, LocalDate asOf, IndicatorResult.Builder out) {
    int total = 0;
    int citing = 0;
    for (DecisionRecord d : record.decisions()) {
      if (d.date().isBefore(asOf)) {
        total++;
        citing += d.provocationsConsidered().isEmpty() ? 0 : 1;
      }
    }
    if (total == 0) {
      return out.status(IndicatorStatus.UNKNOWN)
          .reason("no decision recorded before the as-of date")
          .build();
    }
    double share = (double) citing / total;
    return out.value(share)
        .numerator(citing)
        .denominator(total)
        .status(c.isMetBy(share) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET)
        .reason(citing + " of " + total + " recorded decisions cite a provocation")
        .build();
  }

  /** The results of {@code rubric} for {@code record}, in the rubric's order. */
  static ImmutableList<IndicatorResult> all(
      FidelityRubric rubric, YoungPersonRecord record, LocalDate asOf) {
    ImmutableList.Builder<IndicatorResult> out = ImmutableList.builder();
    for (Criterion c : rubric.criteria()) {
      out.add(evaluate(c, record, asOf, rubric.monthsAfterStay()));
    }
    return out.build();
  }
}
