package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.reflect.ClassPath;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.CostSet;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MonteCarlo;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.PriceYearMapping;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.UnitCost;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.PersonResult;
import org.nwd.impact.Window;
import org.nwd.impact.WindowValues;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.HubId;
import org.nwd.model.ImpactStory;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.ProvocationCatalogue;
import org.nwd.model.RiskOwner;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;
import org.nwd.stats.HolmAdjustment;
import org.nwd.stats.PersonCountSums;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;
import org.nwd.testkit.Fixtures;

/**
 * Every public value type of nwd-core, bare through {@link NwdJsonModule} on a plain {@code
 * ObjectMapper}: write-then-read gives an equal value, read-then-write the same text; the
 * write-only types fail to read with a message saying so; and no public value type is left
 * unregistered.
 */
class BareValuesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NwdJsonModule());
  private static final ObjectMapper LENIENT =
      new ObjectMapper().registerModule(new NwdJsonModule(false));

  /** Not registered, and why: none of them is data. */
  private static final Map<String, String> NOT_DATA =
      Map.of(
          "org.nwd.DomainRuleException", "an exception",
          "org.nwd.SafeText", "message formatting helper",
          "org.nwd.model.StandardMeasures", "constants holder",
          "org.nwd.impact.ImpactAccumulator", "mutable folding state",
          "org.nwd.impact.Derivations", "factory of MeasureDerivation behaviour (code)",
          "org.nwd.impact.DisclosureControl",
          "a rule applied to results; its one setting is the analysis' suppressionThreshold",
          "org.nwd.cost.Sensitivity", "calculator",
          "org.nwd.cost.CostAvoidanceModel", "calculator",
          "org.nwd.cost.MonteCarlo", "calculator");

  /** Registered, but written only: nwd-core gives no public way to build them. */
  private static final Set<Class<?>> WRITE_ONLY =
      Set.of(PersonResult.class, org.nwd.impact.EventsAvoided.class);

  /** Samples of each registered type, keyed by type; several per type where the shape varies. */
  static Map<Class<?>, List<Object>> samples() {
    Map<Class<?>, List<Object>> out = new LinkedHashMap<>();
    Cohort cohort = Fixtures.referenceCohort();
    put(out, cohort);
    for (YoungPersonRecord r : cohort.records()) {
      put(out, r);
      put(out, r.youngPerson());
      put(out, r.youngPerson().id());
      r.youngPerson().careStatusPeriods().forEach(v -> put(out, v));
      r.referrals().forEach(v -> put(out, v));
      r.hubEpisodes().forEach(v -> put(out, v));
      r.team().ifPresent(t -> {
        put(out, t);
        t.memberships().forEach(m -> put(out, m));
      });
      r.placements().forEach(v -> put(out, v));
      r.events().forEach(v -> put(out, v));
      r.scores().forEach(v -> put(out, v));
      r.statusPeriods().forEach(v -> put(out, v));
      r.decisions().forEach(v -> put(out, v));
      r.stories().forEach(v -> put(out, v));
    }
    cohort.hubs().forEach(h -> put(out, h));
    YoungPersonId someone = cohort.records().get(0).id();
    put(out, DecisionRecord.builder().date(LocalDate.of(2016, 5, 1)).youngPersonId(someone)
        .category(DecisionCategory.values()[0])
        .addProvocationsConsidered("good_enough_for_my_child")
        .riskManagedFor(RiskOwner.values()[0]).build());
    put(out, ImpactStory.builder().id("story-1").youngPersonId(someone)
        .consentDate(LocalDate.of(2017, 1, 2)).addMeasures("MISSING_INCIDENTS")
        .text("Made it to college.").build());
    put(out, HubId.of("HUB-SCARBOROUGH"));
    put(out, WorkerId.of("W-1"));
    put(out, DatePeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1)));
    put(out, DatePeriod.open(LocalDate.of(2016, 1, 1)));
    put(out, OutcomeMeasureCatalogue.standard());
    OutcomeMeasureCatalogue.standard().measures().forEach(m -> put(out, m));
    ProvocationCatalogue provocations = ProvocationCatalogue.northYorkshireExample();
    put(out, provocations);
    provocations.provocations().forEach(p -> put(out, p));
    put(out, ShortTermThreshold.of(28));
    put(out, ConfidenceLevel.of(0.9));
    put(out, Interval.of(-1.5, 2.25));
    put(out, Interval.of(0, 0));
    put(out, PersonPeriods.of(3, 200.5, 1, 180));
    Samples.results().forEach(v -> put(out, v));
    Samples.personLevelResults().forEach(v -> put(out, v));
    put(out, new PersonCountSums.Tally().add(3, 365, 1, 200).add(0, 90, 2, 365).toSums());
    put(out, PersonCountSums.empty());
    put(out, PersonCounts.of(new long[] {3, 0}, new long[] {365, 90}, new long[] {1, 2},
        new long[] {200, 365}));
    put(out, HolmAdjustment.of(List.of("A", "B"), List.of(0.01, 0.04)));
    put(out, HolmAdjustment.of(List.of(), List.of()));

    // impact
    ImpactResult result = ImpactJsonTest.withComparison(3, 40);
    ImpactResult prePost = ImpactJsonTest.prePost(4, 40);
    for (ImpactResult r : List.of(result, prePost)) {
      put(out, r);
      put(out, r.analysis());
      put(out, r.analysis().eligibility());
      put(out, r.analysis().shortTermThreshold());
      put(out, r.indicators());
      r.exclusions().forEach(e -> put(out, e));
      put(out, r.explanation());
      for (MeasureResult m : r.measures()) {
        put(out, m);
        put(out, m.changes());
        m.rates().ifPresent(v -> {
          put(out, v);
          put(out, v.eventsAvoided());
        });
        m.scores().ifPresent(v -> put(out, v));
        m.statuses().ifPresent(v -> put(out, v));
        m.comparison().ifPresent(v -> {
          put(out, v);
          put(out, v.eventsAvoided());
        });
      }
      r.breakdowns().forEach(b -> {
        put(out, b);
        put(out, b.changes());
      });
    }
    ImpactAnalysis analysis = ImpactJsonTest.analysis();
    for (YoungPersonRecord r : cohort.records()) {
      PersonResult p = analysis.evaluate(r);
      put(out, p);
      p.before().ifPresent(w -> put(out, w));
      p.values().values().forEach(v -> put(out, v));
    }
    put(out, Window.of(DatePeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
        List.of(DatePeriod.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 10)))));
    put(out, WindowValues.of(OptionalDouble.of(2), OptionalDouble.empty()));
    put(out, WindowValues.of(OptionalDouble.empty(), OptionalDouble.of(0.5)));

    // cost
    Appraisal appraisal = AppraisalJsonTest.appraisal(10, 3, 5000, true);
    put(out, appraisal);
    appraisal.events().forEach(e -> {
      put(out, e);
      put(out, e.events());
    });
    appraisal.assumptions().forEach(a -> put(out, a));
    appraisal.programmeCostItems().forEach(c -> put(out, c));
    put(out, GdpDeflator.gmcaUcdV14());
    put(out, GdpDeflator.hmtMarch2026());
    put(out, org.nwd.cost.DiscountSchedule.greenBook());
    put(out, UnitCostCatalogue.defaults());
    UnitCostCatalogue.defaults().costs().stream().limit(5).forEach(c -> put(out, c));
    put(out, UnitCostCatalogue.defaults().withPriceYears(PriceYearMapping.standard())
        .get("L-UOP-MISSING-MIN", org.nwd.cost.ValueType.FISCAL));
    put(out, OutcomeCostMapping.proposedDefault());
    OutcomeCostMapping.proposedDefault().costs().values().forEach(l -> l.forEach(c -> put(out, c)));
    List<UnitCost> headlines = new ArrayList<>();
    UnitCostCatalogue.defaults().costs().stream().filter(c -> c.parentCode().isEmpty()).limit(4)
        .forEach(headlines::add);
    put(out, CostSet.of(headlines));
    put(out, PriceYearMapping.builder().putLabels("2016", PriceYear.parse("2015/16"))
        .putLabels("Mar-2019", PriceYear.parse("2018/19")).build());
    put(out, PriceYearMapping.standard().with("2017", PriceYear.parse("2016/17")));
    put(out, PriceYear.parse("2015/16"));
    put(out, Agency.POLICE);
    put(out, Agency.of("Fire service"));
    CostAvoidanceResult cost = CostJsonTest.result(10, 3, 1000);
    put(out, cost);
    put(out, cost.financialCase());
    cost.benefitLines().forEach(l -> put(out, l));
    cost.costLines().forEach(l -> put(out, l));
    put(out, cost.priceBasis().orElseThrow());
    // At a forecast price base with a month-labelled old cost: every price-basis field present.
    put(out, org.nwd.cost.CostAvoidanceModel.run(org.nwd.cost.Appraisal.builder()
        .priceBase(PriceYear.parse("2025/26")).firstBenefitYear(1).midYear(false)
        .addEvents(org.nwd.cost.EventsAvoided.of("MISSING_INCIDENTS", org.nwd.cost.Estimate.of(2),
            org.nwd.cost.EventsOrigin.PRE_POST, "x"))
        .addAssumptions(org.nwd.cost.MeasureAssumptions.builder().measureCode("MISSING_INCIDENTS")
            .benefitYears(1).build())
        .build()).priceBasis().orElseThrow());
    CostAvoidanceResult payers = org.nwd.cost.CostAvoidanceModel.run(appraisal);
    payers.costLines().forEach(l -> put(out, l));
    put(out, payers.priceBasis().orElseThrow());
    put(out, cost.financialCase().netPresentValue());
    MonteCarloResult mc = MonteCarlo.run(AppraisalJsonTest.appraisal(10, 3, 5000, false), 100, 7);
    put(out, mc);
    put(out, mc.financialNpv());
    Sensitivity.oneWay(AppraisalJsonTest.appraisal(10, 3, 5000, false), Sensitivity.Case.FINANCIAL)
        .forEach(b -> put(out, b));

    // fidelity
    for (org.nwd.fidelity.FidelityRubric rubric : List.of(FidelityJsonTest.otherCouncil(),
        org.nwd.fidelity.FidelityRubric.proposedDefault())) {
      org.nwd.fidelity.CohortFidelity fidelity = FidelityJsonTest.fixtures(rubric);
      put(out, fidelity);
      put(out, rubric);
      rubric.criteria().forEach(c -> put(out, c));
      rubric.bands().forEach(b -> put(out, b));
      fidelity.profiles().forEach(p -> {
        put(out, p);
        p.results().forEach(r -> put(out, r));
      });
      put(out, org.nwd.fidelity.FidelityAssessment.of(rubric, LocalDate.of(2018, 4, 1)));
    }
    // data quality
    DataIssue repaired = DataIssue.builder().table("episodes").file("episodes.csv").line(12)
        .youngPersonId(someone).field("PLACE_PROVIDER").value("PR4")
        .category(DataIssueCategory.PROVIDER_NOT_ALLOWED).rule("PLACE T2 carries no provider")
        .action(DataIssueAction.REPAIRED).repair("provider removed").build();
    DataIssue bare = DataIssue.builder().table("header").file("a, \"b\".csv").line(0)
        .category(DataIssueCategory.NOT_MAPPED).rule("column X is not part of the table")
        .action(DataIssueAction.IGNORED).build();
    put(out, repaired);
    put(out, bare);
    put(out, DataIssueReport.of(List.of(repaired, bare), Map.of("episodes", 40L)));
    put(out, DataIssueReport.of(List.of(), Map.of()));
    return out;
  }

  /** Keyed by the public nwd-core type (values are generated Immutable* subclasses). */
  private static void put(Map<Class<?>, List<Object>> out, Object value) {
    Class<?> type = value.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    List<Object> list = out.computeIfAbsent(type, t -> new ArrayList<>());
    if (list.size() < 3 && !list.contains(value)) {
      list.add(value);
    }
  }

  static Stream<Arguments> readable() {
    return samples().entrySet().stream()
        .filter(e -> !WRITE_ONLY.contains(e.getKey()))
        .flatMap(e -> e.getValue().stream()
            .map(v -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), v)));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("readable")
  void losslessBothWays(String name, Class<?> type, Object value) throws Exception {
    String text = MAPPER.writeValueAsString(value);
    Object back = MAPPER.readValue(text, type);
    assertThat(back).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(text);
    // inside the user's own JSON: a list of the value
    String inList = MAPPER.writeValueAsString(List.of(value));
    assertThat(inList).isEqualTo("[" + text + "]");
    // through a tree built in memory (numbers there are longs where parsed text gives ints)
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(value), type)).isEqualTo(value);
  }

  @Test
  void everyRegisteredTypeHasASample() {
    Set<Class<?>> registered = new NwdJsonModule().registered();
    Map<Class<?>, List<Object>> samples = samples();
    assertThat(samples.keySet()).containsAll(registered);
    assertThat(registered).containsAll(samples.keySet());
  }

  /**
   * Scans the public top-level classes of nwd-core's packages: every one that is data (not an
   * interface, enum, annotation or one of {@link #NOT_DATA}) must be registered, so a new type
   * cannot be forgotten.
   */
  @Test
  void everyPublicValueTypeOfNwdCoreIsRegistered() throws Exception {
    Set<Class<?>> registered = new NwdJsonModule().registered();
    Set<String> missing = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    ClassPath path = ClassPath.from(Cohort.class.getClassLoader());
    for (String pkg : List.of("org.nwd", "org.nwd.model", "org.nwd.stats", "org.nwd.impact",
        "org.nwd.cost", "org.nwd.quality")) {
      for (ClassPath.ClassInfo info : path.getTopLevelClasses(pkg)) {
        Class<?> c = info.load();
        seen.add(c.getName());
        if (!Modifier.isPublic(c.getModifiers()) || c.isInterface() || c.isEnum()
            || c.isAnnotation() || NOT_DATA.containsKey(c.getName())) {
          continue;
        }
        if (!registered.contains(c)) {
          missing.add(c.getName());
        }
      }
    }
    assertThat(seen).contains("org.nwd.impact.PersonResult", "org.nwd.cost.CostSet");
    assertThat(seen).containsAll(NOT_DATA.keySet());
    assertThat(missing).isEmpty();
  }

  @Test
  void writeOnlyTypesFailToReadSayingWhy() throws Exception {
    PersonResult person = ImpactJsonTest.analysis().evaluate(Fixtures.youngPeople().get(0));
    String text = MAPPER.writeValueAsString(person);
    assertThat(MAPPER.readTree(text).get("youngPersonId").asText())
        .isEqualTo(person.youngPersonId().value());
    assertThat(failure(() -> MAPPER.readValue(text, PersonResult.class)).rule())
        .isEqualTo("PersonResult is write-only in JSON: its indicator facts and derivations are"
            + " internal to nwd-core; re-run the ImpactAnalysis on the cohort to get it back");
    assertThat(failure(() -> MAPPER.readValue("{}", org.nwd.impact.EventsAvoided.class)).rule())
        .isEqualTo("EventsAvoided is write-only in JSON: it is derived from its RateChange or"
            + " ComparisonChange; read that instead and call eventsAvoided()");
  }

  /** The new shapes, written by hand from the javadoc of BareCodec: an independent expectation. */
  @Test
  void newShapesAreAsDocumented() throws Exception {
    assertThat(MAPPER.writeValueAsString(Window.of(
        DatePeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
        List.of(DatePeriod.of(LocalDate.of(2016, 3, 10), LocalDate.of(2016, 3, 20)),
            DatePeriod.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 15))))))
        // the two periods not at risk overlap: Window.of merges them to 03-01..03-20
        .isEqualTo("{\"period\":{\"start\":\"2016-01-01\",\"end\":\"2016-12-31\"},"
            + "\"notAtRisk\":[{\"start\":\"2016-03-01\",\"end\":\"2016-03-20\"}]}");
    assertThat(MAPPER.writeValueAsString(
        WindowValues.of(OptionalDouble.of(2), OptionalDouble.empty())))
        .isEqualTo("{\"before\":2.0}");
    assertThat(MAPPER.writeValueAsString(PriceYearMapping.builder()
        .putLabels("2016", PriceYear.parse("2015/16")).build()))
        .isEqualTo("{\"labels\":{\"2016\":\"2015/16\"}}");
    assertThat(MAPPER.writeValueAsString(List.of(YoungPersonId.of("YP-1"), Agency.POLICE,
        PriceYear.of(2015), ShortTermThreshold.of(28), ConfidenceLevel.of(0.9))))
        .isEqualTo("[\"YP-1\",\"Police\",\"2015/16\",28,0.9]");
    // a CostSet has the shape of the appraisal's unit-cost catalogue
    UnitCostCatalogue catalogue = UnitCostCatalogue.defaults();
    UnitCost one = catalogue.costs().get(0);
    assertThat(MAPPER.writeValueAsString(CostSet.of(List.of(one))))
        .isEqualTo(MAPPER.writeValueAsString(UnitCostCatalogue.builder().addCosts(one).build()));
  }

  @Test
  void rulesAndUnknownFieldsAreReportedWithPointerAndField() throws Exception {
    // a window without an end
    NwdJsonException e = failure(() -> MAPPER.readValue(
        "{\"period\":{\"start\":\"2016-01-01\"},\"notAtRisk\":[]}", Window.class));
    assertThat(e.field()).isEqualTo("period");
    assertThat(e.rule()).isEqualTo("window 2016-01-01/.. must have an end");
    // a bad financial year in a mapping
    e = failure(() -> MAPPER.readValue(
        "{\"labels\":{\"2016\":\"2015-16\"}}", PriceYearMapping.class));
    assertThat(e.pointer()).isEqualTo("/labels/2016");
    assertThat(e.rule()).contains("2015-16");
    // a headline together with its constituent in a cost set
    UnitCost child = UnitCostCatalogue.defaults().costs().stream()
        .filter(c -> c.parentCode().isPresent()).findFirst().orElseThrow();
    UnitCost parent = UnitCostCatalogue.defaults().costs().stream()
        .filter(c -> c.code().equals(child.parentCode().get())
            && c.valueType() == child.valueType())
        .findFirst().orElseThrow();
    String both = "{\"costs\":[" + MAPPER.writeValueAsString(parent) + ","
        + MAPPER.writeValueAsString(child) + "]}";
    e = failure(() -> MAPPER.readValue(both, CostSet.class));
    assertThat(e.field()).isEqualTo("costs");
    assertThat(e.rule()).startsWith("cost set uses headline " + parent.key());
    // a threshold that is not positive
    e = failure(() -> MAPPER.readValue("0", ShortTermThreshold.class));
    assertThat(e.rule()).isEqualTo("threshold 0 days is not positive");
    // an unknown field: strict fails naming it, lenient skips it
    String extra = "{\"before\":1.5,\"colour\":\"red\"}";
    e = failure(() -> MAPPER.readValue(extra, WindowValues.class));
    assertThat(e.pointer()).isEqualTo("/colour");
    assertThat(e.rule()).isEqualTo("unknown field \"colour\"");
    assertThat(LENIENT.readValue(extra, WindowValues.class))
        .isEqualTo(WindowValues.of(OptionalDouble.of(1.5), OptionalDouble.empty()));
    // a derived figure of a bare impact part that does not match its inputs
    MeasureResult m = ImpactJsonTest.prePost(4, 40).measures().get(0);
    com.fasterxml.jackson.databind.node.ObjectNode tree = MAPPER.valueToTree(m);
    tree.put("derivation", tree.get("derivation").asText());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("explanation")).put("value", "42");
    e = failure(() -> MAPPER.treeToValue(tree, MeasureResult.class));
    assertThat(e.pointer()).isEqualTo("/explanation/value");
    assertThat(e.rule()).isEqualTo("value does not match the value recomputed from the inputs: it"
        + " is derived, give the recomputed value");
  }

  private static NwdJsonException failure(ThrowingCall call) {
    Throwable t = catchAny(call);
    while (t != null && !(t instanceof NwdJsonException)) {
      t = t.getCause();
    }
    assertThat(t).as("an NwdJsonException").isNotNull();
    return (NwdJsonException) t;
  }

  private static Throwable catchAny(ThrowingCall call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }
}
