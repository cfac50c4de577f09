package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.nwd.Explanation;
import org.nwd.cost.Appraisal;
import org.nwd.cost.BenefitLine;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.CostLine;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.TornadoBar;
import org.nwd.cost.UnitCost;
import org.nwd.impact.ImpactResult;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionRecord;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.ImpactStory;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.Referral;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.Interval;
import org.nwd.cost.Agency;
import org.nwd.cost.CostSet;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Distribution;
import org.nwd.cost.Estimate;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.MeasureCost;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.PriceYearMapping;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.impact.Breakdown;
import org.nwd.impact.ChangeCounts;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.Exclusion;
import org.nwd.impact.PersonResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.ScoreChange;
import org.nwd.impact.StatusChange;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.Provocation;
import org.nwd.model.ProvocationCatalogue;
import org.nwd.model.ShortTermThreshold;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.NwdIndicators;
import org.nwd.impact.SuppressedTable;
import org.nwd.impact.Window;
import org.nwd.impact.WindowValues;
import org.nwd.model.HubId;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.HolmAdjustment;
import org.nwd.stats.PersonCountSums;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jackson module for the nwd model, the statistics, impact and cost-avoidance results and {@link
 * Explanation}: register it
 * on an {@code ObjectMapper} to write and read any of them as a bare JSON value (no envelope; use
 * {@link NwdJson} for versioned documents and streaming).
 *
 * <p>Explicit serializers and deserializers, no annotations on the model and no default typing.
 * Deserializing goes through the model's builders, so every domain rule runs; a broken rule, a wrong
 * type or an unknown field gives an {@link NwdJsonException} with the JSON pointer and line (Jackson
 * may wrap it in a {@code JsonMappingException} when the value sits inside your own bean). A strict
 * module rejects unknown fields; a lenient one skips them and logs each pointer at WARN.
 *
 * <p>Every public value type of nwd-core's model, statistics, impact and cost packages is registered,
 * and of {@code org.nwd.fidelity} the rubric, profile and assessment types (with the shapes they have
 * in the fidelity documents). A type that also appears inside a
 * document has the same shape bare as there (an {@code Estimate} as in the appraisal, a {@code
 * MeasureResult} as in the impact result, identifiers, price years and agencies as strings, a
 * confidence level and a short-term threshold as numbers). Two types are write-only, because
 * nwd-core gives no public way to build them: {@link org.nwd.impact.PersonResult} (its indicator
 * facts and derivations are internal) and the impact {@link org.nwd.impact.EventsAvoided} (derived
 * from its rate or comparison change); reading either fails with an error saying so.
 */
public final class NwdJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(NwdJsonModule.class);

  private final boolean strict;
  private final Set<Class<?>> registered = new LinkedHashSet<>();

  /** A strict module: unknown fields are errors. */
  public NwdJsonModule() {
    this(true);
  }

  /** A strict ({@code true}) or lenient module. */
  public NwdJsonModule(boolean strict) {
    super("nwd-json", Version.unknownVersion());
    this.strict = strict;
    add(Cohort.class, ModelCodec.COHORT);
    add(YoungPersonRecord.class, ModelCodec.RECORD);
    add(YoungPerson.class, ModelCodec.YOUNG_PERSON);
    add(CareStatusPeriod.class, ModelCodec.CARE_STATUS_PERIOD);
    add(DatePeriod.class, ModelCodec.PERIOD);
    add(Hub.class, ModelCodec.HUB);
    add(HubEpisode.class, ModelCodec.HUB_EPISODE);
    add(Referral.class, ModelCodec.REFERRAL);
    add(TeamAroundTheChild.class, ModelCodec.TEAM);
    add(TeamMembership.class, ModelCodec.MEMBERSHIP);
    add(OutcomeMeasure.class, ModelCodec.MEASURE);
    add(OutcomeEvent.class, ModelCodec.EVENT);
    add(ScoreObservation.class, ModelCodec.SCORE);
    add(StatusPeriod.class, ModelCodec.STATUS_PERIOD);
    add(Placement.class, ModelCodec.PLACEMENT);
    add(DecisionRecord.class, ModelCodec.DECISION);
    add(ImpactStory.class, ModelCodec.STORY);
    add(Explanation.class, ModelCodec.EXPLANATION);
    add(Interval.class, StatsCodec::interval, StatsCodec::interval);
    add(Money.class, CostCodec::money, in -> CostCodec.money(in, "money"));
    add(BenefitLine.class, CostCodec.BENEFIT_LINE, "benefitLines");
    add(CostLine.class, CostCodec.COST_LINE, "costLines");
    add(CaseSummary.class, CostCodec::caseSummary, in -> CostCodec.caseSummary(in, "case"));
    add(CostAvoidanceResult.class, CostCodec.RESULT);
    add(ImpactResult.class, ImpactCodec::result, ImpactCodec::result);
    add(Appraisal.class, AppraisalCodec::appraisal, AppraisalCodec::appraisal);
    add(MonteCarloResult.class, AppraisalCodec::monteCarlo, AppraisalCodec::monteCarlo);
    add(TornadoBar.class, AppraisalCodec::tornadoBar, AppraisalCodec::tornadoBar);
    add(UnitCost.class, AppraisalCodec::unitCost, AppraisalCodec::unitCost);
    add(org.nwd.cost.ProgrammeCost.class, AppraisalCodec::programmeCost,
        AppraisalCodec::programmeCost);
    add(org.nwd.cost.PriceBasis.class, CostCodec::priceBasis,
        in -> CostCodec.priceBasis(in, "priceBasis"));
    // Values that appear only inside documents, registered bare with the same shape.
    add(Estimate.class, AppraisalCodec::estimate, in -> AppraisalCodec.estimate(in, "estimate"));
    add(org.nwd.cost.EventsAvoided.class, AppraisalCodec::events, AppraisalCodec::events);
    add(MeasureAssumptions.class, AppraisalCodec::assumptions, AppraisalCodec::assumptions);
    add(GdpDeflator.class, AppraisalCodec::deflatorValue,
        in -> AppraisalCodec.deflator(in, "deflator"));
    add(DiscountSchedule.class, AppraisalCodec::discountScheduleValue,
        in -> AppraisalCodec.discountSchedule(in, "discountSchedule"));
    add(UnitCostCatalogue.class, AppraisalCodec::catalogueValue,
        in -> AppraisalCodec.catalogue(in, "catalogue"));
    add(OutcomeCostMapping.class, AppraisalCodec::mappingValue,
        in -> AppraisalCodec.mapping(in, "mapping"));
    add(MeasureCost.class, AppraisalCodec::measureCost, AppraisalCodec::measureCost);
    add(Distribution.class, AppraisalCodec::distribution,
        in -> AppraisalCodec.distribution(in, "distribution"));
    add(PersonPeriods.class, StatsCodec::personPeriods,
        in -> StatsCodec.personPeriods(in, "personPeriods"));
    add(PersonCountSums.class, StatsCodec::personSums,
        in -> StatsCodec.personSums(in, "personSums"));
    add(PersonCounts.class, StatsCodec::personCounts,
        in -> StatsCodec.personCounts(in, "personCounts"));
    add(MeasureResult.class, ImpactCodec::measure, ImpactCodec::measure);
    add(NwdIndicators.class, ImpactCodec::indicators, ImpactCodec::indicators);
    add(Breakdown.class, ImpactCodec::breakdown, ImpactCodec::breakdown);
    add(SuppressedTable.class, ImpactCodec::table, ImpactCodec::table);
    add(ImpactAnalysis.class, ImpactCodec::analysis, ImpactCodec::analysis);
    add(YoungPersonId.class, (g, v) -> g.writeString(v.value()), BareCodec::youngPersonId);
    add(HubId.class, (g, v) -> g.writeString(v.value()), BareCodec::hubId);
    add(WorkerId.class, (g, v) -> g.writeString(v.value()), BareCodec::workerId);
    add(PriceYear.class, (g, v) -> g.writeString(v.toString()), BareCodec::priceYear);
    add(Agency.class, (g, v) -> g.writeString(v.name()), BareCodec::agency);
    add(ConfidenceLevel.class, (g, v) -> g.writeNumber(v.value()), BareCodec::level);
    // Values no document holds: shapes of their own (BareCodec).
    add(Window.class, BareCodec.WINDOW);
    add(WindowValues.class, BareCodec::windowValues, BareCodec::windowValues);
    add(CostSet.class, BareCodec.COST_SET);
    add(PriceYearMapping.class, BareCodec::priceYearMapping, BareCodec::priceYearMapping);
    add(HolmAdjustment.class, BareCodec::holm, BareCodec::holm);
    add(ChangeCounts.class, ImpactCodec::changes, ImpactCodec::changes);
    add(RateChange.class, ImpactCodec::rates, ImpactCodec::rates);
    add(ScoreChange.class, ImpactCodec::scores, ImpactCodec::scores);
    add(StatusChange.class, ImpactCodec::statuses, ImpactCodec::statuses);
    add(ComparisonChange.class, ImpactCodec::comparison, ImpactCodec::comparison);
    add(Exclusion.class, ImpactCodec::exclusion, ImpactCodec::exclusion);
    add(EligibilityPolicy.class, ImpactCodec::eligibility, ImpactCodec::eligibility);
    add(ShortTermThreshold.class, (g, v) -> g.writeNumber(v.days()), BareCodec::shortTermThreshold);
    add(OutcomeMeasureCatalogue.class, BareCodec.MEASURE_CATALOGUE);
    add(Provocation.class, BareCodec.PROVOCATION);
    add(ProvocationCatalogue.class, BareCodec.PROVOCATION_CATALOGUE);
    // Fidelity rubrics and profiles, with their shapes in the fidelity documents (FidelityCodec).
    add(org.nwd.fidelity.FidelityRubric.class, FidelityCodec.RUBRIC, "rubric");
    add(org.nwd.fidelity.Criterion.class, FidelityCodec.CRITERION, "criteria");
    add(org.nwd.fidelity.FidelityBand.class, FidelityCodec.BAND, "bands");
    add(org.nwd.fidelity.IndicatorResult.class, FidelityCodec.RESULT, "results");
    add(org.nwd.fidelity.FidelityProfile.class, FidelityCodec.PROFILE, "profile");
    add(org.nwd.fidelity.CohortFidelity.class, FidelityCodec::cohort, FidelityCodec::cohort);
    add(org.nwd.fidelity.FidelityAssessment.class, FidelityCodec.ASSESSMENT, "assessment");
    // Write-only: nwd-core gives no public way to build these, so no JSON can give one back.
    add(org.nwd.impact.EventsAvoided.class, ImpactCodec::eventsAvoided,
        BareCodec.writeOnly(org.nwd.impact.EventsAvoided.class, "it is derived from its"
            + " RateChange or ComparisonChange; read that instead and call eventsAvoided()"));
    add(PersonResult.class, BareCodec::personResult,
        BareCodec.writeOnly(PersonResult.class, "its indicator facts and derivations are internal"
            + " to nwd-core; re-run the ImpactAnalysis on the cohort to get it back"));
    // The data-quality report of an import (org.nwd.quality).
    add(DataIssue.class, QualityCodec.ISSUE, "issues");
    add(DataIssueReport.class, QualityCodec.REPORT);
    for (Class<?> type : StatsCodec.TYPES.keySet()) {
      addResult(type);
    }
  }

  /** A declared shape, read bare under its own name. */
  private <T> void add(Class<T> type, Shape<T, ?> shape) {
    add(type, shape, shape.name);
  }

  /** A declared shape, read bare; {@code field} names it in an error. */
  private <T> void add(Class<T> type, Shape<T, ?> shape, String field) {
    add(type, shape::write, in -> shape.read(in, field));
  }

  private <T> void addResult(Class<T> type) {
    add(type, StatsCodec::result, in -> type.cast(StatsCodec.result(in, type)));
  }

  /** The types this module writes and reads, in registration order (for the completeness test). */
  Set<Class<?>> registered() {
    return Collections.unmodifiableSet(registered);
  }

  private <T> void add(Class<T> type, ModelCodec.Writer<? super T> writer, Function<In, T> reader) {
    registered.add(type);
    addSerializer(
        type,
        new StdSerializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            writer.write(g, value);
          }
        });
    addDeserializer(
        type,
        new StdDeserializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) {
            In in = new In(p, strict, f -> LOG.warn("skipped unknown field {}", f));
            return reader.apply(in);
          }
        });
  }
}
