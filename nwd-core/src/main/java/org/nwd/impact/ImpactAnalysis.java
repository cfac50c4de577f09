package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.HubEpisode;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementCategory;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.RateRatioMethod;

/**
 * The definition of a before/after impact analysis, and the entry point to run it.
 *
 * <p>For each young person: the {@link #indexDateRule() index date}; a window of {@link
 * #monthsBefore()} months before it and {@link #monthsAfter()} months from it (12 each by default),
 * each clipped to the {@link #dataCoverage() period the data covers} and to dates from the birth month
 * on; days in placements of the {@link #notAtRiskCategories() categories not at risk} (custody by
 * default) taken out of the days at risk; the {@link #eligibility() eligibility policy} applied to the
 * age on the index date. Each measure is derived by its {@link MeasureDerivation} ({@link
 * Derivations#standard} unless {@link #derivations() replaced}). A young person whose birth month
 * starts on or after the end of the data coverage (born after the data end) is refused with a {@link
 * DomainRuleException}: impossible data, not an exclusion.
 *
 * <pre>{@code
 * ImpactAnalysis a = ImpactAnalysis.builder()
 *     .name("NWD 2024")
 *     .dataCoverage(DatePeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2025, 4, 1)))
 *     .addMeasures(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.ENTRIES_TO_CARE)
 *     .build();
 * ImpactResult r = a.run(cohort);            // or a.run(stream), a.compare(cohort, comparison)
 * System.out.println(r.render());            // plain-text tables; r.toString() is one line of counts
 * r.measure(StandardMeasures.MISSING_INCIDENTS).explanation().render();
 * }</pre>
 */
// copy = true: with* methods (one per attribute, validated like build()) so a user varies an
// analysis without copying every setter; the generated WithImpactAnalysis interface declares them.
@Value.Immutable(copy = true)
public abstract class ImpactAnalysis implements WithImpactAnalysis {

  /** The analysis name, printed in results. */
  public abstract String name();

  /** How the index date is found; the first accepted referral by default. */
  @Value.Default
  public IndexDateRule indexDateRule() {
    return IndexDateRule.firstAcceptedReferral();
  }

  /** Months in the window before the index date; 12 by default. */
  @Value.Default
  public int monthsBefore() {
    return 12;
  }

  /** Months in the window from the index date; 12 by default. */
  @Value.Default
  public int monthsAfter() {
    return 12;
  }

  /** The measures analysed, in the order they are reported. */
  public abstract ImmutableList<OutcomeMeasure> measures();

  /** Derivations that replace {@link Derivations#standard} for their measure. */
  public abstract ImmutableList<MeasureDerivation> derivations();

  /** Placement categories whose days are not at risk; {@code CUSTODY} by default. */
  @Value.Default
  public ImmutableSet<PlacementCategory> notAtRiskCategories() {
    return ImmutableSet.of(PlacementCategory.CUSTODY);
  }

  /** The period the source data covers (closed); windows are clipped to it. */
  public abstract DatePeriod dataCoverage();

  /** Who is eligible by age on the index date; North Yorkshire's 12-25 by default. */
  @Value.Default
  public EligibilityPolicy eligibility() {
    return EligibilityPolicy.northYorkshire();
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /**
   * How each count and days measure's rate ratio gets its interval and p-value; {@link
   * RateRatioMethod#AUTO} by default: cluster-robust from the young people's sums (each young person
   * a cluster), which holds when counts are overdispersed. The bootstrap methods resample young people
   * ({@link #seed()}, {@link #replicates()}); the Poisson methods stay available by name. With a
   * comparison cohort the ratio of rate ratios is clustered too, unless a Poisson method is named
   * (then log-Wald).
   */
  @Value.Default
  public RateRatioMethod rateRatioMethod() {
    return RateRatioMethod.AUTO;
  }

  /** The bootstrap seed for difference-in-differences and bootstrap rate-ratio intervals. */
  @Value.Default
  public long seed() {
    return 20240401L;
  }

  /** Bootstrap replicates for difference-in-differences and bootstrap rate-ratio intervals. */
  @Value.Default
  public int replicates() {
    return DifferenceInDifferences.DEFAULT_REPLICATES;
  }

  /** Months after an edge-of-care referral in which the young person must not become looked after. */
  @Value.Default
  public int edgeOfCareFollowUpMonths() {
    return 12;
  }

  /** The longest residential hub stay that is still short-term. */
  @Value.Default
  public ShortTermThreshold shortTermThreshold() {
    return ShortTermThreshold.defaultThreshold();
  }

  /** Published cells below this are suppressed; 5 by default. */
  @Value.Default
  public int suppressionThreshold() {
    return 5;
  }

  /** Lower bounds of the age bands, ascending; 12, 14, 16, 18 by default (12-13, ..., 18+). */
  @Value.Default
  public ImmutableList<Integer> ageBandStarts() {
    return ImmutableList.of(12, 14, 16, 18);
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!name().isBlank(), "name", "analysis name is blank");
    DomainRuleException.require(
        monthsBefore() >= 1, "monthsBefore", "months before %s must be at least 1", monthsBefore());
    DomainRuleException.require(
        monthsAfter() >= 1, "monthsAfter", "months after %s must be at least 1", monthsAfter());
    DomainRuleException.require(
        !measures().isEmpty(), "measures", "analysis %s has no measures", name());
    DomainRuleException.require(
        measures().stream().distinct().count() == measures().size(),
        "measures",
        "analysis %s lists a measure twice: %s",
        name(),
        measures());
    for (MeasureDerivation d : derivations()) {
      DomainRuleException.require(
          measures().contains(d.measure()),
          "derivations",
          "derivation for %s, which is not a measure of the analysis",
          d.measure().code());
    }
    DomainRuleException.require(
        !dataCoverage().isOpen(),
        "dataCoverage",
        "data coverage %s must have an end",
        dataCoverage());
    DomainRuleException.require(
        dataCoverage().lengthInDays(dataCoverage().start()) > 0,
        "dataCoverage",
        "data coverage %s is empty",
        dataCoverage());
    DomainRuleException.require(
        edgeOfCareFollowUpMonths() >= 1,
        "edgeOfCareFollowUpMonths",
        "edge-of-care follow-up %s months must be at least 1",
        edgeOfCareFollowUpMonths());
    DomainRuleException.require(
        suppressionThreshold() >= 1,
        "suppressionThreshold",
        "suppression threshold %s must be at least 1",
        suppressionThreshold());
    DomainRuleException.require(
        replicates() >= 100, "replicates", "replicates %s must be at least 100", replicates());
    DomainRuleException.require(
        !ageBandStarts().isEmpty(), "ageBandStarts", "age bands are empty");
    for (int i = 1; i < ageBandStarts().size(); i++) {
      DomainRuleException.require(
          ageBandStarts().get(i) > ageBandStarts().get(i - 1),
          "ageBandStarts",
          "age band starts %s must be strictly ascending",
          ageBandStarts());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactAnalysis}. */
  public static final class Builder extends ImmutableImpactAnalysis.Builder {}

  /** The derivation used for {@code measure}. */
  public MeasureDerivation derivation(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    for (MeasureDerivation d : derivations()) {
      if (d.measure().equals(measure)) {
        return d;
      }
    }
    return Derivations.standard(measure);
  }

  /** The derivations in measure order, and which measures are counted in one pass over events. */
  @Value.Lazy
  Plan plan() {
    return new Plan(this);
  }

  /** What {@link #evaluate} needs per analysis, worked out once. */
  static final class Plan {
    final MeasureDerivation[] derivations;
    /** Measure index by measure, for the measures whose derivation is the standard events rule. */
    final Map<OutcomeMeasure, Integer> eventSlots = new HashMap<>();

    final String[] ageBands = new String[AGE_BAND_CACHE];

    Plan(ImpactAnalysis analysis) {
      List<OutcomeMeasure> measures = analysis.measures();
      derivations = new MeasureDerivation[measures.size()];
      for (int i = 0; i < derivations.length; i++) {
        derivations[i] = analysis.derivation(measures.get(i));
        if (derivations[i] instanceof Derivations.EventCounts) {
          eventSlots.put(measures.get(i), i);
        }
      }
      for (int age = 0; age < ageBands.length; age++) {
        ageBands[age] = analysis.ageBand(age);
      }
    }
  }

  /** Ages whose band label is worked out once per analysis. */
  private static final int AGE_BAND_CACHE = 128;

  /** One young person's result: included with values, or excluded with the reason. */
  public PersonResult evaluate(YoungPersonRecord record) {
    Objects.requireNonNull(record, "record");
    return evaluate(record, new PersonEvaluation(measures().size())).toResult(this);
  }

  /** Evaluates {@code record} into {@code out} (reset first); returns {@code out}. */
  PersonEvaluation evaluate(YoungPersonRecord record, PersonEvaluation out) {
    // Born after the data end: impossible data, refused rather than silently excluded.
    if (!record.youngPerson().birthMonth().atDay(1).isBefore(dataCoverage().end().get())) {
      throw new DomainRuleException("birthMonth", "young person " + record.id() + ": birth month"
          + " after the end of the data coverage " + dataCoverage() + " (value withheld: personal"
          + " data)");
    }
    out.reset(record.id());
    facts(record, out);
    Optional<LocalDate> index = indexDateRule().indexDate(record);
    if (index.isEmpty()) {
      return out.exclude(ExclusionReason.NO_INDEX_DATE);
    }
    LocalDate d = index.get();
    out.indexDate = d;
    YoungPerson person = record.youngPerson();
    if (!eligibility().isEligible(person, d)) {
      return out.exclude(ExclusionReason.NOT_ELIGIBLE);
    }
    if (!dataCoverage().contains(d)) {
      return out.exclude(ExclusionReason.WINDOW_OUTSIDE_DATA);
    }
    LocalDate coverageEnd = dataCoverage().end().orElseThrow();
    LocalDate beforeStartDate =
        latest(d.minusMonths(monthsBefore()), dataCoverage().start(), person.birthMonth().atDay(1));
    LocalDate afterEndDate = earliest(d.plusMonths(monthsAfter()), coverageEnd);
    long index0 = d.toEpochDay();
    long beforeStart = beforeStartDate.toEpochDay();
    long afterEnd = afterEndDate.toEpochDay();
    if (beforeStart >= index0 || index0 >= afterEnd) {
      return out.exclude(ExclusionReason.WINDOW_OUTSIDE_DATA);
    }
    List<DatePeriod> notAtRisk = List.of();
    for (Placement p : record.placements()) {
      if (notAtRiskCategories().contains(p.type().category())) {
        if (notAtRisk.isEmpty()) {
          notAtRisk = new ArrayList<>();
        }
        notAtRisk.add(p.period());
      }
    }
    Span before = Span.clip(beforeStart, index0, notAtRisk);
    Span after = Span.clip(index0, afterEnd, notAtRisk);
    if (before.daysAtRisk == 0 || after.daysAtRisk == 0) {
      return out.exclude(ExclusionReason.NO_DAYS_AT_RISK);
    }
    out.before = before;
    out.after = after;
    out.beforeStartDate = beforeStartDate;
    out.afterEndDate = afterEndDate;
    derive(record, out);
    @Nullable String[] g = out.groups;
    g[BreakdownDimension.HUB.ordinal()] = hubGroup(record);
    g[BreakdownDimension.REFERRAL_CATEGORY.ordinal()] = referralGroup(record);
    g[BreakdownDimension.CARE_STATUS.ordinal()] = person.careStatusOn(d).code();
    int age = person.ageOn(d);
    g[BreakdownDimension.AGE_BAND.ordinal()] =
        age < AGE_BAND_CACHE ? plan().ageBands[age] : ageBand(age);
    g[BreakdownDimension.SEX.ordinal()] =
        person.sex().isPresent() ? person.sex().get().code() : "not recorded";
    return out;
  }

  /** Every measure's values before and after: the events rule in one pass, the others one by one. */
  private void derive(YoungPersonRecord record, PersonEvaluation out) {
    Plan plan = plan();
    // Called once the windows are set.
    Span before = Objects.requireNonNull(out.before);
    Span after = Objects.requireNonNull(out.after);
    @Nullable Window beforeWindow = null;
    @Nullable Window afterWindow = null;
    for (int i = 0; i < plan.derivations.length; i++) {
      MeasureDerivation derivation = plan.derivations[i];
      if (derivation instanceof Derivations.EventCounts) {
        out.beforeValues[i] = 0;
        out.afterValues[i] = 0;
      } else if (derivation instanceof Derivations.Standard) {
        Derivations.Standard standard = (Derivations.Standard) derivation;
        out.beforeValues[i] = standard.valueIn(record, before);
        out.afterValues[i] = standard.valueIn(record, after);
      } else {
        // A caller's derivation sees the public Window.
        beforeWindow = beforeWindow == null ? before.toWindow() : beforeWindow;
        afterWindow = afterWindow == null ? after.toWindow() : afterWindow;
        out.beforeValues[i] = custom(derivation, record, beforeWindow);
        out.afterValues[i] = custom(derivation, record, afterWindow);
      }
    }
    if (plan.eventSlots.isEmpty()) {
      return;
    }
    // The standard events rule for all its measures at once. The windows meet at the index date;
    // dates are compared as dates, and turned into days only when a window has days not at risk.
    LocalDate first = Objects.requireNonNull(out.beforeStartDate);
    LocalDate index = Objects.requireNonNull(out.indexDate);
    LocalDate end = Objects.requireNonNull(out.afterEndDate);
    for (OutcomeEvent e : record.events()) {
      LocalDate date = e.date();
      if (date.isBefore(first) || !date.isBefore(end)) {
        continue;
      }
      Integer slot = plan.eventSlots.get(e.measure());
      if (slot == null) {
        continue;
      }
      boolean isBefore = date.isBefore(index);
      Span w = isBefore ? before : after;
      if (w.notAtRiskStart.length > 0 && !w.isAtRisk(date.toEpochDay())) {
        continue;
      }
      if (isBefore) {
        out.beforeValues[slot] += e.count();
      } else {
        out.afterValues[slot] += e.count();
      }
    }
  }

  private static double custom(MeasureDerivation derivation, YoungPersonRecord record, Window w) {
    OptionalDouble v = derivation.value(record, w);
    if (v.isEmpty()) {
      return Double.NaN;
    }
    double x = v.getAsDouble();
    DomainRuleException.require(
        !Double.isNaN(x),
        "derivation",
        "derivation of %s gave NaN for young person %s: return an empty value when there is none",
        derivation.measure().code(),
        record.id());
    return x;
  }

  private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
    LocalDate ab = a.isAfter(b) ? a : b;
    return ab.isAfter(c) ? ab : c;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static String hubGroup(YoungPersonRecord record) {
    HubEpisode first = null;
    for (HubEpisode e : record.hubEpisodes()) {
      if (first == null || e.period().start().isBefore(first.period().start())) {
        first = e;
      }
    }
    return first == null ? "none" : first.hubId().toString();
  }

  /** The earliest accepted referral in {@code categories} (any category when empty), or null. */
  private static @Nullable Referral firstAccepted(
      YoungPersonRecord record, ImmutableSet<ReferralCategory> categories) {
    @Nullable Referral first = null;
    for (Referral r : record.referrals()) {
      if (r.decision() == ReferralDecision.ACCEPTED
          && (categories.isEmpty() || categories.contains(r.category()))
          && (first == null || r.date().isBefore(first.date()))) {
        first = r;
      }
    }
    return first;
  }

  private static String referralGroup(YoungPersonRecord record) {
    Referral first = firstAccepted(record, ImmutableSet.of());
    return first == null ? "none" : first.category().code();
  }

  private static final ImmutableSet<ReferralCategory> EDGE_OF_CARE =
      ImmutableSet.of(ReferralCategory.EDGE_OF_CARE, ReferralCategory.EDGING_TO_CARE);

  /** The label of the band holding {@code age}, e.g. "12-13", "18+" or "under 12". */
  String ageBand(int age) {
    List<Integer> starts = ageBandStarts();
    if (age < starts.get(0)) {
      return "under " + starts.get(0);
    }
    for (int i = starts.size() - 1; i >= 0; i--) {
      if (age >= starts.get(i)) {
        return i == starts.size() - 1
            ? starts.get(i) + "+"
            : starts.get(i) + "-" + (starts.get(i + 1) - 1);
      }
    }
    throw new AssertionError("unreachable");
  }

  private void facts(YoungPersonRecord record, PersonEvaluation out) {
    out.edgeOfCare = edgeOfCare(record);
    LocalDate coverageEnd = dataCoverage().end().orElseThrow();
    for (HubEpisode e : record.hubEpisodes()) {
      if (!e.kind().isResidential() || !dataCoverage().contains(e.period().start())) {
        continue;
      }
      out.residentialStays++;
      Optional<LocalDate> end = e.period().end();
      LocalDate asOf = end.isPresent() && end.get().isBefore(coverageEnd) ? end.get() : coverageEnd;
      boolean completed = end.isPresent() && !end.get().isAfter(coverageEnd);
      if (completed) {
        out.addCompletedStay(e.lengthInDays(asOf), e.endReason().orElseThrow());
      }
      if (ChronoUnit.DAYS.between(e.period().start(), asOf) > shortTermThreshold().days()) {
        out.staysBeyondThreshold++;
      }
    }
    Optional<TeamAroundTheChild> team = record.team();
    if (team.isPresent()) {
      out.keyWorkerChanges = team.get().keyWorkerChanges();
      for (TeamMembership m : team.get().memberships()) {
        if (m.role().isEmbeddedSpecialist()) {
          out.specialistRoles.add(m.role());
        }
      }
    }
  }

  private IndicatorFacts.EdgeOfCare edgeOfCare(YoungPersonRecord record) {
    Referral referral = firstAccepted(record, EDGE_OF_CARE);
    if (referral == null || !dataCoverage().contains(referral.date())) {
      return IndicatorFacts.EdgeOfCare.NOT_APPLICABLE;
    }
    LocalDate from = referral.date();
    LocalDate to = from.plusMonths(edgeOfCareFollowUpMonths());
    LocalDate coverageEnd = dataCoverage().end().orElseThrow();
    // Looked after on any day of the follow-up [from, followUpEnd).
    LocalDate followUpEnd = to.isBefore(coverageEnd) ? to : coverageEnd;
    for (CareStatusPeriod p : record.youngPerson().careStatusPeriods()) {
      if (p.status() == CareStatus.LOOKED_AFTER
          && p.period().start().isBefore(followUpEnd)
          && p.period().end().map(from::isBefore).orElse(true)) {
        return IndicatorFacts.EdgeOfCare.LOOKED_AFTER;
      }
    }
    return to.isAfter(coverageEnd)
        ? IndicatorFacts.EdgeOfCare.INSUFFICIENT_FOLLOW_UP
        : IndicatorFacts.EdgeOfCare.STAYED_OUT;
  }

  /** An empty accumulator for this analysis: add people, merge parts, then {@code result()}. */
  public ImpactAccumulator accumulator() {
    return new ImpactAccumulator(this);
  }

  /** A collector that evaluates each record and folds it in; works on parallel streams. */
  public Collector<YoungPersonRecord, ImpactAccumulator, ImpactResult> collector() {
    return Collector.of(
        this::accumulator,
        ImpactAccumulator::add,
        ImpactAccumulator::merge,
        ImpactAccumulator::result);
  }

  /** Runs the analysis over a cohort. */
  public ImpactResult run(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return run(cohort.records().stream());
  }

  /** Runs the analysis over a stream of records in one pass, keeping no record. */
  public ImpactResult run(Stream<YoungPersonRecord> records) {
    Objects.requireNonNull(records, "records");
    return records.collect(collector());
  }

  /** Runs the analysis over {@code treated} with {@code comparison} as the comparison group. */
  public ImpactResult compare(Cohort treated, Cohort comparison) {
    Objects.requireNonNull(treated, "treated");
    Objects.requireNonNull(comparison, "comparison");
    return compare(treated.records().stream(), comparison.records().stream());
  }

  /** Streams of treated and comparison records, each in one pass. */
  public ImpactResult compare(
      Stream<YoungPersonRecord> treated, Stream<YoungPersonRecord> comparison) {
    ImpactAccumulator t = treated.collect(collectorOfParts());
    ImpactAccumulator c = comparison.collect(collectorOfParts());
    return t.result(c);
  }

  private Collector<YoungPersonRecord, ImpactAccumulator, ImpactAccumulator> collectorOfParts() {
    return Collector.of(this::accumulator, ImpactAccumulator::add, ImpactAccumulator::merge);
  }

  /** The embedded specialist roles, in declaration order. */
  static ImmutableList<Role> specialistRoles() {
    ImmutableList.Builder<Role> out = ImmutableList.builder();
    for (Role r : Role.values()) {
      if (r.isEmbeddedSpecialist()) {
        out.add(r);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "ImpactAnalysis{"
        + name()
        + ", index: "
        + indexDateRule().description()
        + ", "
        + monthsBefore()
        + " months before / "
        + monthsAfter()
        + " after, coverage "
        + dataCoverage()
        + ", eligibility "
        + eligibility().name()
        + " "
        + eligibility().minAge()
        + "-"
        + eligibility().maxAge()
        + ", measures "
        + measures()
        + ", rate-ratio intervals "
        + rateRatioMethod().text()
        + "}";
  }
}
