package org.nwd.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.GuideTableDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Provocation;
import org.nwd.model.ProvocationCatalogue;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * A seeded generator of synthetic young people's records, configured by {@link CohortSettings}.
 *
 * <p>Young person {@code i} is derived from the seed and {@code i} alone: a SplitMix64 mix of the two
 * seeds its own XoRoShiRo128++ generator (Commons RNG). So the same seed always gives the same
 * cohort, any person can be regenerated on its own ({@link #youngPerson(int)}), {@link #stream()} is
 * lazy, constant-memory and splittable (a parallel stream gives the same records), and a million
 * young people can be streamed without holding them.
 *
 * <p>What each record holds, for person {@code i} with index date {@code d} (the referral date, drawn
 * uniformly from the referral window) and follow-up of {@code m} months; the look-back is {@link
 * #windowBefore(LocalDate) [d - m months, d)} and the follow-up {@link #windowAfter(LocalDate) [d, d + m
 * months)}, the windows the standard impact analysis uses when its months before and after are
 * {@code m}:
 *
 * <ul>
 *   <li>a young person {@code SYN-000000i} with a birth month giving an age at {@code d} drawn
 *       uniformly between the settings' ages (care leavers 18-20), and one open care status period
 *       from the start of the look-back;
 *   <li>one accepted referral on {@code d};
 *   <li>hub episodes from {@code d} to {@code d + m months} at a uniformly chosen hub: outreach only
 *       (with probability {@code outreachOnlyShare}) or a short hub bed stay (residential or emergency)
 *       followed by outreach;
 *   <li>a team around the child with one key worker of that hub;
 *   <li>missing incidents, arrests, crisis presentations and police call-outs ({@link
 *       #eventMeasures()}), one {@link OutcomeEvent} of count 1 per event: a Poisson number at the
 *       base rate in the look-back and at the base rate times {@code rateMultiplierAfterIndex} in the
 *       follow-up, each dated uniformly in its window;
 *   <li>two SDQ total difficulties scores, the baseline dated 1 to 28 days before {@code d} (the
 *       assessment at referral, so the latest score in the look-back) and the follow-up on the last
 *       day of follow-up (the latest score in it): {@link
 *       org.nwd.impact.Derivations#latestScore} reads them as the before and after values;
 *   <li>for a young person looked after at {@code d} only, a chain of {@link Placement placements}
 *       with no gaps from the start of the look-back, the last one open (still placed): a placement
 *       move is a placement starting on the day the previous one ended, as {@link
 *       org.nwd.impact.Derivations#placementMoves} counts them. The moves are a Poisson number at
 *       {@code placementMovesPerYear} in the look-back (on its second day or later, so the first
 *       placement has at least one day) and at that rate times {@code rateMultiplierAfterIndex} in
 *       the follow-up, on distinct days drawn uniformly. Each placement is a foster placement
 *       ({@code U6}, 60%), a children's home ({@code K2}, 25%) or supported accommodation ({@code
 *       K3}, 15%) (synthetic mix); its provider is private ({@code PR4}) with probability {@code
 *       externalPlacementShare}, otherwise the council's own ({@code PR1}); it is outside the council
 *       area with probability {@code outOfAreaPlacementShare}. No placement is custody, so every day
 *       is at risk.
 * </ul>
 *
 * <p>So the standard analysis of {@link #standardMeasures()} reads a before and an after value for
 * every one of them. Other young people have no placements; nobody has status periods.
 *
 * <p>With {@link CohortSettings#fidelity() fidelity settings}, each young person also has a {@link
 * FidelityTier} ({@link #fidelityTier(int)}), drawn with everything it shapes from a second stream of
 * their own, and the record is written to meet or fail each fidelity indicator as the tier says, at
 * the thresholds of the settings' rubric: hub support starts on the referral day or 1-21 days after
 * the first-contact threshold; the bed stay is cut to the short-term threshold or runs 1-30 days past
 * it, ends where drawn or in an external placement, and is followed by outreach lasting at least the
 * continuing-support threshold or by none; the key worker starts on the referral day or late, and
 * stays or changes more often than the threshold allows; each embedded specialist the tier involves
 * is in the team from the start of hub support with recorded contacts; and 2-4 decisions in the
 * follow-up each cite a provocation, or none does. Event and placement-move rates after the index
 * date use the tier's multiplier: the configured association between fidelity and outcome.
 */
public final class CohortGenerator {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final OutcomeMeasure[] EVENT_MEASURES = {
    StandardMeasures.MISSING_INCIDENTS,
    StandardMeasures.ARRESTS,
    StandardMeasures.CRISIS_PRESENTATIONS,
    StandardMeasures.POLICE_CALL_OUTS
  };
  /** Placement types and their shares (synthetic): foster, children's home, supported lodging. */
  private static final PlacementType[] PLACEMENT_TYPES = {
    PlacementType.U6, PlacementType.K2, PlacementType.K3
  };
  private static final double[] PLACEMENT_TYPE_SHARES = {0.60, 0.25, 0.15};
  /** Days before the index date within which the baseline SDQ is dated: 1 to this many. */
  static final int SDQ_BASELINE_MAX_DAYS_BEFORE = 28;

  private final CohortSettings settings;
  private final double[] baseRates;
  private final ReferralCategory[] categories;
  private final SharedStateDiscreteSampler categorySampler;
  private final CareStatus[] statuses;
  private final SharedStateDiscreteSampler statusSampler;
  private final SharedStateDiscreteSampler placementTypeSampler;
  private final long referralWindowDays;
  /** The fidelity settings, or null without them. */
  private final @Nullable FidelitySettings fidelity;

  private final FidelityTier[] tiers;
  private final @Nullable SharedStateDiscreteSampler tierSampler;

  /** The fidelity settings; called only on the fidelity path. */
  private FidelitySettings fidelity() {
    return Objects.requireNonNull(fidelity, "fidelity");
  }

  private CohortGenerator(CohortSettings settings) {
    this.settings = settings;
    this.fidelity = settings.fidelity().orElse(null);
    this.baseRates =
        new double[] {
          settings.missingIncidentsPerYear(),
          settings.arrestsPerYear(),
          settings.crisisPresentationsPerYear(),
          settings.policeCallOutsPerYear()
        };
    // Built once; each person gets a copy bound to its own generator (shared state, no rebuild).
    UniformRandomProvider unused = RandomSource.XO_RO_SHI_RO_128_PP.create(0L);
    this.categories = settings.referralMix().keySet().toArray(new ReferralCategory[0]);
    this.categorySampler =
        GuideTableDiscreteSampler.of(unused, shares(settings.referralMix().values()));
    this.statuses = settings.careStatusMix().keySet().toArray(new CareStatus[0]);
    this.statusSampler =
        GuideTableDiscreteSampler.of(unused, shares(settings.careStatusMix().values()));
    this.placementTypeSampler = GuideTableDiscreteSampler.of(unused, PLACEMENT_TYPE_SHARES);
    this.referralWindowDays =
        ChronoUnit.DAYS.between(settings.referralsFrom(), settings.referralsUntil());
    // Tiers in declaration order, whatever the order of the settings' map: the same cohort always.
    this.tiers = FidelityTier.values();
    this.tierSampler = fidelity == null ? null : GuideTableDiscreteSampler.of(unused, tierShares());
  }

  private static double[] shares(Iterable<Double> values) {
    List<Double> list = ImmutableList.copyOf(values);
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A generator for the given settings. */
  public static CohortGenerator of(CohortSettings settings) {
    return new CohortGenerator(Objects.requireNonNull(settings, "settings"));
  }

  /** A generator for default settings with the given size and seed. */
  public static CohortGenerator of(int size, long seed) {
    return of(CohortSettings.of(size, seed));
  }

  /** The settings this generator uses. */
  public CohortSettings settings() {
    return settings;
  }

  /** The measures generated as outcome events, in a fixed order. */
  public static ImmutableList<OutcomeMeasure> eventMeasures() {
    return ImmutableList.copyOf(EVENT_MEASURES);
  }

  /**
   * Every standard measure whose standard derivation ({@link
   * org.nwd.impact.Derivations#standard}) reads generated data, in {@link StandardMeasures#all()}
   * order: placement moves, days in external and in out-of-area placements (from placements), the
   * {@link #eventMeasures() event measures} and SDQ total difficulties (from scores). The days
   * measures carry no engineered effect: each placement's provider and area are drawn alike before
   * and after.
   */
  public static ImmutableList<OutcomeMeasure> standardMeasures() {
    return ImmutableList.of(
        StandardMeasures.PLACEMENT_MOVES,
        StandardMeasures.EXTERNAL_PLACEMENT_DAYS,
        StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS,
        StandardMeasures.ARRESTS,
        StandardMeasures.POLICE_CALL_OUTS,
        StandardMeasures.MISSING_INCIDENTS,
        StandardMeasures.CRISIS_PRESENTATIONS,
        StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
  }

  /**
   * The base rate per person-year (before the index date) configured for one of {@link
   * #eventMeasures()}, or for {@link StandardMeasures#PLACEMENT_MOVES} the rate per person-year of a
   * young person looked after (the only ones with placements).
   */
  public double baseRate(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    for (int k = 0; k < EVENT_MEASURES.length; k++) {
      if (EVENT_MEASURES[k].equals(measure)) {
        return baseRates[k];
      }
    }
    if (measure.equals(StandardMeasures.PLACEMENT_MOVES)) {
      return settings.placementMovesPerYear();
    }
    throw new DomainRuleException(
        "measure", "measure " + measure.code() + " has no base rate in the synthetic cohort");
  }

  /** The pseudonymous id of young person {@code index}: {@code SYN-} and seven or more digits. */
  public static YoungPersonId idOf(int index) {
    DomainRuleException.require(index >= 0, "index", "index %s is negative", index);
    // Zero-padded by hand: String.format is a measurable share of generating a record.
    String digits = Integer.toString(index);
    return YoungPersonId.of("SYN-" + "0000000".substring(Math.min(7, digits.length())) + digits);
  }

  /** The look-back before an index date: {@code [d - m months, d)}. */
  public DatePeriod windowBefore(LocalDate indexDate) {
    return DatePeriod.of(indexDate.minusMonths(settings.followUpMonths()), indexDate);
  }

  /** The follow-up after an index date: {@code [d, d + m months)}. */
  public DatePeriod windowAfter(LocalDate indexDate) {
    return DatePeriod.of(indexDate, indexDate.plusMonths(settings.followUpMonths()));
  }

  /**
   * The index date of a generated record: the date of its (single) referral, when hub support
   * starts.
   */
  public static LocalDate indexDate(YoungPersonRecord record) {
    DomainRuleException.require(
        !record.referrals().isEmpty(), "record", "record of %s has no referral", record.id());
    return record.referrals().get(0).date();
  }

  /**
   * All {@code size} young people, generated lazily in index order. Constant memory: nothing is
   * held once consumed. The stream is sized and splittable; a parallel stream gives the same records.
   */
  public Stream<YoungPersonRecord> stream() {
    return IntStream.range(0, settings.size()).mapToObj(this::youngPerson);
  }

  /** The whole cohort with its hubs, held in memory: for small sizes (use {@link #stream()}). */
  public Cohort generate() {
    return Cohort.of(settings.hubs(), stream().collect(Collectors.toList()));
  }

  /**
   * Young person {@code index}, derived from the seed and {@code index} alone. The index may exceed
   * the configured size (the size bounds only {@link #stream()}).
   */
  public YoungPersonRecord youngPerson(int index) {
    YoungPersonId id = idOf(index);
    UniformRandomProvider rng = rngFor(settings.seed(), index);

    LocalDate indexDate =
        settings.referralsFrom().plusDays(rng.nextLong(referralWindowDays));
    ReferralCategory category =
        categories[categorySampler.withUniformRandomProvider(rng).sample()];
    CareStatus status = statuses[statusSampler.withUniformRandomProvider(rng).sample()];
    int age =
        status == CareStatus.CARE_LEAVER
            ? 18 + rng.nextInt(3)
            : settings.minAgeAtReferral()
                + rng.nextInt(settings.maxAgeAtReferral() - settings.minAgeAtReferral() + 1);
    YearMonth birthMonth =
        YearMonth.from(indexDate).minusYears(age).minusMonths(rng.nextInt(12));
    DatePeriod before = windowBefore(indexDate);
    DatePeriod after = windowAfter(indexDate);
    LocalDate followUpEnd = after.end().orElseThrow();

    YoungPerson person =
        YoungPerson.builder()
            .id(id)
            .birthMonth(birthMonth)
            .localAuthority(settings.localAuthority())
            .addCareStatusPeriods(CareStatusPeriod.open(status, before.start()))
            .build();
    YoungPersonRecord.Builder record =
        YoungPersonRecord.builder()
            .youngPerson(person)
            .addReferrals(Referral.of(id, indexDate, category, ReferralDecision.ACCEPTED));

    Hub hub = settings.hubs().get(rng.nextInt(settings.hubs().size()));
    double multiplier = settings.rateMultiplierAfterIndex();
    if (fidelity == null) {
      record.addAllHubEpisodes(hubEpisodes(rng, id, hub, status, indexDate, followUpEnd));
      record.team(
          TeamAroundTheChild.of(
              id,
              List.of(
                  TeamMembership.of(
                      WorkerId.of(hub.id() + "-KW-" + (1 + rng.nextInt(12))),
                      Role.KEY_WORKER,
                      after))));
    } else {
      // The tier and everything it shapes come from the person's own fidelity stream; the main
      // stream is drawn in the same order as without fidelity.
      UniformRandomProvider f = fidelityRng(index);
      FidelityTier tier = tierOf(f);
      // FidelitySettings.check() requires a multiplier for every tier.
      multiplier = Objects.requireNonNull(fidelity.rateMultipliers().get(tier));
      LocalDate hubStart =
          tier.meets(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT)
              ? indexDate
              : indexDate.plusDays(late(f, FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT));
      record.addAllHubEpisodes(
          faithfulHubEpisodes(rng, f, tier, id, hub, status, hubStart, followUpEnd));
      int keyWorker = 1 + rng.nextInt(12);
      record.team(
          TeamAroundTheChild.of(
              id, faithfulTeam(f, tier, hub, keyWorker, indexDate, hubStart, followUpEnd)));
      record.addAllDecisions(decisions(f, tier, id, indexDate, followUpEnd));
    }

    List<OutcomeEvent> events = new ArrayList<>();
    for (int k = 0; k < EVENT_MEASURES.length; k++) {
      addEvents(events, rng, id, EVENT_MEASURES[k], before, baseRates[k]);
      addEvents(events, rng, id, EVENT_MEASURES[k], after, baseRates[k] * multiplier);
    }
    events.sort(Comparator.comparing(OutcomeEvent::date));
    record.addAllEvents(events);

    ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    double baseline = sdq(settings.sdqBaselineMean() + settings.sdqBaselineSd() * gaussian.sample());
    double followUp =
        sdq(baseline + settings.sdqMeanChange() + settings.sdqChangeSd() * gaussian.sample());
    // The baseline is the assessment at referral, just before support starts: the latest score of
    // the look-back. It never falls before the look-back (the look-back is a month or more).
    int daysBefore =
        1 + rng.nextInt((int) Math.min(SDQ_BASELINE_MAX_DAYS_BEFORE, before.lengthInDays(indexDate)));
    OutcomeMeasure sdq = StandardMeasures.SDQ_TOTAL_DIFFICULTIES;
    record.addScores(
        ScoreObservation.of(id, sdq, indexDate.minusDays(daysBefore), baseline),
        ScoreObservation.of(id, sdq, followUpEnd.minusDays(1), followUp));
    // Drawn last, so that the items above do not depend on whether the person is looked after.
    if (status == CareStatus.LOOKED_AFTER) {
      record.addAllPlacements(placements(rng, id, before, after, multiplier));
    }
    return record.build();
  }

  /**
   * A chain of placements from the start of the look-back, each starting the day the previous one
   * ended (a move), the last one open.
   */
  private List<Placement> placements(
      UniformRandomProvider rng,
      YoungPersonId id,
      DatePeriod before,
      DatePeriod after,
      double multiplier) {
    LocalDate start = before.start();
    long beforeDays = before.lengthInDays(start);
    long afterDays = after.lengthInDays(start);
    double rate = settings.placementMovesPerYear();
    // Moves in the look-back fall on its days 1 .. beforeDays - 1 (never its first day, when the
    // first placement starts); moves in the follow-up on its days 0 .. afterDays - 1, so index
    // beforeDays + k is day k of the follow-up.
    long[] beforeMoves = distinctDays(rng, poisson(rng, rate * beforeDays / 365.25), 1, beforeDays);
    long[] afterMoves =
        distinctDays(
            rng,
            poisson(rng, rate * multiplier * afterDays / 365.25),
            beforeDays,
            beforeDays + afterDays);
    List<Placement> out = new ArrayList<>(1 + beforeMoves.length + afterMoves.length);
    LocalDate from = start;
    for (long[] moves : new long[][] {beforeMoves, afterMoves}) {
      for (long day : moves) {
        LocalDate to = start.plusDays(day);
        out.add(placement(rng, id, DatePeriod.of(from, to)));
        from = to;
      }
    }
    out.add(placement(rng, id, DatePeriod.open(from)));
    return out;
  }

  private Placement placement(UniformRandomProvider rng, YoungPersonId id, DatePeriod period) {
    PlacementType type = PLACEMENT_TYPES[placementTypeSampler.withUniformRandomProvider(rng).sample()];
    boolean external = rng.nextDouble() < settings.externalPlacementShare();
    boolean outOfArea = rng.nextDouble() < settings.outOfAreaPlacementShare();
    return Placement.builder()
        .youngPersonId(id)
        .period(period)
        .type(type)
        .provider(external ? PlacementProvider.PR4 : PlacementProvider.PR1)
        .insideCouncilArea(!outOfArea)
        .build();
  }

  private static int poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }

  /**
   * {@code count} distinct days in {@code [from, to)}, sorted, drawn uniformly (a repeat is drawn
   * again, so the number of moves keeps its Poisson law). At most {@code to - from} days: a count
   * above that (impossible at the allowed rates) is cut.
   */
  private static long[] distinctDays(UniformRandomProvider rng, int count, long from, long to) {
    int n = (int) Math.min(count, to - from);
    long[] days = new long[n];
    int filled = 0;
    while (filled < n) {
      long day = from + rng.nextLong(to - from);
      boolean repeat = false;
      for (int j = 0; j < filled; j++) {
        repeat |= days[j] == day;
      }
      if (!repeat) {
        days[filled++] = day;
      }
    }
    Arrays.sort(days);
    return days;
  }

  private List<HubEpisode> hubEpisodes(
      UniformRandomProvider rng,
      YoungPersonId id,
      Hub hub,
      CareStatus status,
      LocalDate indexDate,
      LocalDate followUpEnd) {
    List<HubEpisode> episodes = new ArrayList<>(2);
    LocalDate outreachStart = indexDate;
    if (rng.nextDouble() >= settings.outreachOnlyShare()) {
      HubEpisodeKind kind =
          rng.nextDouble() < settings.emergencyBedShare()
              ? HubEpisodeKind.EMERGENCY_BED
              : HubEpisodeKind.RESIDENTIAL_STAY;
      // Geometric number of extra days: mean stay = 1 + (1 - p) / p = meanHubStayDays.
      // The int sample saturates for tiny p; widen before adding so it cannot wrap.
      long stay =
          1L + GeometricSampler.of(rng, 1.0 / settings.meanHubStayDays()).sample();
      // Cut at the end of follow-up (before adding, so a huge draw cannot overflow the date).
      LocalDate stayEnd =
          indexDate.plusDays(Math.min(stay, ChronoUnit.DAYS.between(indexDate, followUpEnd)));
      EndReason reason = rng.nextBoolean() ? EndReason.HOME_OR_FAMILY : EndReason.FOSTER_CARE;
      episodes.add(episode(id, hub, kind, indexDate, stayEnd, reason));
      outreachStart = stayEnd;
    }
    if (outreachStart.isBefore(followUpEnd)) {
      EndReason reason =
          status == CareStatus.CARE_LEAVER
              ? EndReason.INDEPENDENT_LIVING
              : EndReason.HOME_OR_FAMILY;
      episodes.add(
          episode(id, hub, HubEpisodeKind.OUTREACH, outreachStart, followUpEnd, reason));
    }
    return episodes;
  }

  private static HubEpisode episode(
      YoungPersonId id,
      Hub hub,
      HubEpisodeKind kind,
      LocalDate start,
      LocalDate end,
      EndReason reason) {
    return HubEpisode.builder()
        .youngPersonId(id)
        .hubId(hub.id())
        .kind(kind)
        .period(DatePeriod.of(start, end))
        .endReason(reason)
        .planned(true)
        .build();
  }

  private static void addEvents(
      List<OutcomeEvent> events,
      UniformRandomProvider rng,
      YoungPersonId id,
      OutcomeMeasure measure,
      DatePeriod window,
      double ratePerYear) {
    long days = window.lengthInDays(window.start());
    double mean = ratePerYear * days / 365.25;
    if (mean <= 0) {
      return;
    }
    int count = PoissonSampler.of(rng, mean).sample();
    for (int n = 0; n < count; n++) {
      events.add(OutcomeEvent.of(id, measure, window.start().plusDays(rng.nextLong(days)), 1));
    }
  }

  private static double sdq(double raw) {
    return Math.max(0, Math.min(40, Math.rint(raw)));
  }

  // ---------------------------------------------------------------- fidelity

  /** Mixed into the seed for each young person's fidelity stream, so it is disjoint from the main one. */
  private static final long FIDELITY_STREAM = 0x5DEECE66DL;

  private double[] tierShares() {
    double[] out = new double[tiers.length];
    for (int t = 0; t < tiers.length; t++) {
      out[t] = fidelity().mix().getOrDefault(tiers[t], 0.0);
    }
    return out;
  }

  private UniformRandomProvider fidelityRng(int index) {
    return rngFor(settings.seed() ^ FIDELITY_STREAM, index);
  }

  private FidelityTier tierOf(UniformRandomProvider f) {
    return tiers[Objects.requireNonNull(tierSampler).withUniformRandomProvider(f).sample()];
  }

  /**
   * The fidelity tier of young person {@code index} when the settings have {@link
   * CohortSettings#fidelity() fidelity}: the first draw of the person's own fidelity stream, so it
   * depends on the seed and the index alone. Empty without fidelity settings.
   */
  public Optional<FidelityTier> fidelityTier(int index) {
    DomainRuleException.require(index >= 0, "index", "index %s is negative", index);
    return fidelity == null ? Optional.empty() : Optional.of(tierOf(fidelityRng(index)));
  }

  /** Days after the referral that miss the threshold of {@code indicator}: 1 to 21 days late. */
  private long late(UniformRandomProvider f, FidelityIndicator indicator) {
    return (long) Math.floor(fidelity().threshold(indicator)) + 1 + f.nextInt(21);
  }

  /**
   * As {@link #hubEpisodes} from {@code hubStart}, drawing the same from the main stream, then shaped
   * by the tier: a stay no longer than the short-term threshold (or 1 to 30 days longer), ending where
   * drawn (or in an external placement), followed by outreach of at least the continuing-support
   * threshold (or by nothing), the outreach ending at home (or elsewhere).
   */
  private List<HubEpisode> faithfulHubEpisodes(
      UniformRandomProvider rng,
      UniformRandomProvider f,
      FidelityTier tier,
      YoungPersonId id,
      Hub hub,
      CareStatus status,
      LocalDate hubStart,
      LocalDate followUpEnd) {
    List<HubEpisode> episodes = new ArrayList<>(2);
    EndReason home =
        status == CareStatus.CARE_LEAVER ? EndReason.INDEPENDENT_LIVING : EndReason.HOME_OR_FAMILY;
    if (rng.nextDouble() >= settings.outreachOnlyShare()) {
      HubEpisodeKind kind =
          rng.nextDouble() < settings.emergencyBedShare()
              ? HubEpisodeKind.EMERGENCY_BED
              : HubEpisodeKind.RESIDENTIAL_STAY;
      long drawn = 1L + GeometricSampler.of(rng, 1.0 / settings.meanHubStayDays()).sample();
      EndReason drawnReason = rng.nextBoolean() ? EndReason.HOME_OR_FAMILY : EndReason.FOSTER_CARE;
      long shortStay = (long) Math.floor(fidelity().threshold(FidelityIndicator.SHORT_BED_STAYS));
      long stay =
          tier.meets(FidelityIndicator.SHORT_BED_STAYS)
              ? Math.max(1, Math.min(Math.min(drawn, shortStay), days(hubStart, followUpEnd)))
              : shortStay + 1 + f.nextInt(30);
      LocalDate stayEnd = hubStart.plusDays(stay);
      boolean family = tier.meets(FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY);
      episodes.add(
          episode(id, hub, kind, hubStart, stayEnd, family ? drawnReason : EndReason.EXTERNAL_PLACEMENT));
      if (tier.meets(FidelityIndicator.OUTREACH_AFTER_STAY)) {
        long support = (long) Math.ceil(fidelity().threshold(FidelityIndicator.OUTREACH_AFTER_STAY));
        LocalDate supportEnd = stayEnd.plusDays(support);
        episodes.add(
            episode(id, hub, HubEpisodeKind.OUTREACH, stayEnd,
                supportEnd.isAfter(followUpEnd) ? supportEnd : followUpEnd,
                family ? home : EndReason.OTHER));
      }
      return episodes;
    }
    episodes.add(episode(id, hub, HubEpisodeKind.OUTREACH, hubStart, followUpEnd, home));
    return episodes;
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * The team: a key worker from the referral (or late), one for the whole follow-up (or changing
   * more often than the threshold allows), and each embedded specialist the tier involves from the
   * start of hub support, with at least the threshold's contacts.
   */
  private List<TeamMembership> faithfulTeam(
      UniformRandomProvider f,
      FidelityTier tier,
      Hub hub,
      int keyWorker,
      LocalDate referral,
      LocalDate hubStart,
      LocalDate followUpEnd) {
    List<TeamMembership> team = new ArrayList<>();
    LocalDate from =
        tier.meets(FidelityIndicator.KEY_WORKER_WITHIN_DAYS)
            ? referral
            : referral.plusDays(late(f, FidelityIndicator.KEY_WORKER_WITHIN_DAYS));
    long days = days(from, followUpEnd);
    int changes =
        tier.meets(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR)
            ? 0
            : (int) Math.floor(
                    fidelity().threshold(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR)
                        * days
                        / 365.25)
                + 1;
    long segment = days / (changes + 1);
    for (int s = 0; s <= changes; s++) {
      LocalDate start = from.plusDays(s * segment);
      LocalDate end = s == changes ? followUpEnd : from.plusDays((s + 1) * segment);
      team.add(
          TeamMembership.of(
              WorkerId.of(hub.id() + "-KW-" + (1 + (keyWorker - 1 + s) % 12)),
              Role.KEY_WORKER,
              DatePeriod.of(start, end)));
    }
    for (FidelityIndicator i : FidelityIndicator.values()) {
      if (i.specialistRole().isPresent() && tier.meets(i)) {
        Role role = i.specialistRole().get();
        int contacts = (int) Math.max(1, Math.ceil(fidelity().threshold(i))) + f.nextInt(6);
        team.add(
            TeamMembership.builder()
                .workerId(WorkerId.of(hub.id() + "-" + SPECIALIST_TAGS.get(role) + "-1"))
                .role(role)
                .period(DatePeriod.of(hubStart, followUpEnd))
                .contacts(contacts)
                .build());
      }
    }
    return team;
  }

  private static final java.util.Map<Role, String> SPECIALIST_TAGS =
      java.util.Map.of(
          Role.LIFE_COACH, "LC",
          Role.COMMUNICATION_SUPPORT_WORKER, "CSW",
          Role.POLICE_LIAISON_OFFICER, "PLO");

  private static final List<String> PROVOCATIONS =
      ProvocationCatalogue.northYorkshireExample().provocations().stream()
          .map(Provocation::id)
          .collect(Collectors.toList());

  /** 2 to 4 decisions in the follow-up, each citing a provocation or none, as the tier says. */
  private static List<DecisionRecord> decisions(
      UniformRandomProvider f,
      FidelityTier tier,
      YoungPersonId id,
      LocalDate referral,
      LocalDate followUpEnd) {
    boolean citing = tier.meets(FidelityIndicator.DECISIONS_CITING_PROVOCATION);
    int n = 2 + f.nextInt(3);
    List<DecisionRecord> out = new ArrayList<>(n);
    DecisionCategory[] categories = DecisionCategory.values();
    for (int i = 0; i < n; i++) {
      DecisionRecord.Builder d =
          DecisionRecord.builder()
              .date(referral.plusDays(f.nextLong(days(referral, followUpEnd))))
              .youngPersonId(id)
              .category(categories[f.nextInt(categories.length)])
              .riskManagedFor(citing ? RiskOwner.YOUNG_PERSON : RiskOwner.ORGANISATION);
      if (citing) {
        d.addProvocationsConsidered(PROVOCATIONS.get(f.nextInt(PROVOCATIONS.size())));
      }
      out.add(d.build());
    }
    out.sort(Comparator.comparing(DecisionRecord::date));
    return out;
  }

  /**
   * The generator of person {@code index}: outputs {@code 2i} and {@code 2i + 1} of a SplitMix64
   * sequence started from a mix of the seed, so that every person has its own, disjoint seed.
   */
  static UniformRandomProvider rngFor(long seed, int index) {
    long state = mix64(seed) + 2L * index * GOLDEN_GAMMA;
    long first = mix64(state + GOLDEN_GAMMA);
    long second = mix64(state + 2 * GOLDEN_GAMMA);
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {first, second});
  }

  /** The SplitMix64 output function (Stafford's variant 13). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
