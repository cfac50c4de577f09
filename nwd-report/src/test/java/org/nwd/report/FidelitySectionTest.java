package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityBand;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The fidelity section on a cohort whose figures are worked out by hand: 6 young people in the high
 * band (first contact in 1 day, decisions citing a provocation; missing incidents 4 before, 1 after),
 * 3 in the partial band (contact in 1 day, no provocation; 2 and 2) and 5 in the low band (contact
 * after 31 days, no provocation; 1 and 3). Everyone is referred on 2023-01-01.
 */
class FidelitySectionTest {

  static YoungPersonRecord person(String id, int contactDays, boolean citing, int before, int after) {
    return person(id, contactDays, citing, before, after, 1);
  }

  static YoungPersonRecord person(
      String id, int contactDays, boolean citing, int before, int after, int decisions) {
    YoungPersonId yp = YoungPersonId.of(id);
    List<DecisionRecord> made = new ArrayList<>();
    for (int i = 0; i < decisions; i++) {
      made.add(DecisionRecord.builder().date(LocalDate.parse("2023-02-01").plusDays(i))
          .youngPersonId(yp).category(DecisionCategory.PLACEMENT)
          .riskManagedFor(RiskOwner.YOUNG_PERSON)
          .addAllProvocationsConsidered(citing ? List.of("good_enough_for_my_child") : List.of())
          .build());
    }
    LocalDate referral = LocalDate.parse("2023-01-01");
    return YoungPersonRecord.builder()
        .youngPerson(YoungPerson.builder().id(yp).birthMonth(YearMonth.of(2007, 1))
            .localAuthority("E10000023").build())
        .addReferrals(Referral.of(yp, referral, ReferralCategory.EDGE_OF_CARE,
            ReferralDecision.ACCEPTED))
        .addHubEpisodes(HubEpisode.builder().youngPersonId(yp).hubId(HubId.of("HUB-A"))
            .kind(HubEpisodeKind.OUTREACH)
            .period(DatePeriod.of(referral.plusDays(contactDays), LocalDate.parse("2024-06-01")))
            .endReason(EndReason.HOME_OR_FAMILY).planned(true).build())
        .addAllDecisions(made)
        .addEvents(OutcomeEvent.of(yp, StandardMeasures.MISSING_INCIDENTS,
            LocalDate.parse("2022-06-01"), before))
        .addEvents(OutcomeEvent.of(yp, StandardMeasures.MISSING_INCIDENTS,
            LocalDate.parse("2023-06-01"), after))
        .build();
  }

  static List<YoungPersonRecord> cohort() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      out.add(person("H" + i, 1, true, 4, 1));
    }
    for (int i = 1; i <= 3; i++) {
      out.add(person("P" + i, 1, false, 2, 2));
    }
    for (int i = 1; i <= 5; i++) {
      out.add(person("L" + i, 31, false, 1, 3));
    }
    return out;
  }

  static final FidelityRubric RUBRIC =
      FidelityRubric.builder().name("two criteria").proposal(true)
          .addCriteria(Criterion.proposed(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT),
              Criterion.proposed(FidelityIndicator.DECISIONS_CITING_PROVOCATION),
              Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
          .addBands(FidelityBand.of("high", new BigDecimal("0.8")),
              FidelityBand.of("partial", new BigDecimal("0.5")),
              FidelityBand.of("low", BigDecimal.ZERO))
          .build();

  static final FidelityAssessment ASSESSMENT =
      FidelityAssessment.of(RUBRIC, LocalDate.parse("2026-01-01"));

  static FidelityImpactResult impact() {
    ImpactAnalysis analysis = ImpactAnalysis.builder().name("fidelity report")
        .dataCoverage(DatePeriod.parse("2020-01-01/2026-01-01"))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS).build();
    return FidelityImpact.of(analysis, ASSESSMENT).run(cohort().stream());
  }

  /** The cells of the table row whose heading is {@code heading}, heading first. */
  static List<String> row(Element table, String heading) {
    var rows = table.getElementsByTagNameNS("*", "tr");
    for (int i = 0; i < rows.getLength(); i++) {
      Element tr = (Element) rows.item(i);
      var cells = tr.getChildNodes();
      if (cells.getLength() > 0 && cells.item(0).getTextContent().equals(heading)) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cells.getLength(); c++) {
          out.add(cells.item(c).getTextContent());
        }
        return out;
      }
    }
    throw new AssertionError("no row " + heading);
  }

  @Test
  void theSectionShowsIndicatorsBandsOutcomesPerBandAndTheDoseResponse(@TempDir Path dir)
      throws Exception {
    Report report = Report.builder("Fidelity").fidelity(impact()).build();
    Document doc = Fixtures.parse(report.toHtml());
    assertThat(report.toHtml()).contains("data-section=\"fidelity\"", ">Fidelity to the model<",
        "associational, not causal", "a proposal, not an adopted standard",
        "the library&#39;s proposal");
    assertThat(report.tableIds()).containsExactly("fidelity-indicators", "fidelity-bands",
        "fidelity-by-band", "fidelity-dose-response");
    // How the figures were worked out: each interval's method, and the suppression rule.
    String method = doc.getDocumentElement().getTextContent();
    assertThat(method).contains("How these figures were worked out",
        "Its 95% interval is the Wilson score (no continuity correction) interval",
        "weight of the indicators met divided by the weight of those that apply",
        "its 95% interval " + MeasureChange.methodText(impact().breakdowns().get(0).publishableResult(0)
            .get().rates().get().rateRatio()) + ".",
        "heteroskedasticity-consistent (HC3) standard errors", "not effects of fidelity",
        DisclosureControl.standard().statement());

    // First contact: met 6 + 3 = 9, not met 5; share 9 / 14 = 0.64. Median of 1 (x9) and 31 (x5): 1.
    // Wilson 95% intervals by the closed form (z = 1.959964): 9 of 14 [0.3876, 0.8366], 6 of 14
    // [0.2138, 0.6741], 4 of 4 [0.5101, 1].
    Element indicators = Fixtures.table(doc, "fidelity-indicators");
    assertThat(row(indicators, "days from referral to first hub contact"))
        .containsExactly("days from referral to first hub contact", "at most 7 days", "9", "5", "0",
            "0", "0.64", "0.39", "0.84", "median 1.0 days");
    // Decisions: met 6, not met 8; 6 of 14 decisions cite a provocation.
    assertThat(row(indicators, "recorded decisions citing a provocation"))
        .containsExactly("recorded decisions citing a provocation", "at least 0.5 share", "6", "8",
            "0", "0", "0.43", "0.21", "0.67", "6 of 14 (0.43)");
    // No stays: the stay indicator applies to nobody.
    assertThat(row(indicators, "hub bed stays no longer than the threshold"))
        .containsExactly("hub bed stays no longer than the threshold", "at most 84 days", "0", "0",
            "0", "14", "n/a", "n/a", "n/a", "n/a");

    // Bands: high 6; partial 3 is small ([c]), and low (5) is withheld too ([d]), or it would give
    // partial away from the total of 14.
    Element bands = Fixtures.table(doc, "fidelity-bands");
    assertThat(row(bands, "high")).containsExactly("high", "from 0.8", "6");
    assertThat(row(bands, "partial")).containsExactly("partial", "from 0.5", "[c]");
    assertThat(row(bands, "low")).containsExactly("low", "from 0", "[d]");
    assertThat(row(bands, "Total")).containsExactly("Total", "", "14");

    // Outcomes per band: high 24 -> 6 over 2190 days each way, rate ratio 0.25; partial suppressed.
    Element byBand = Fixtures.table(doc, "fidelity-by-band");
    List<String> high = row(byBand, "missing incidents, high");
    assertThat(high.subList(0, 5)).containsExactly("missing incidents, high", "6", "4.00", "1.00",
        "0.25");
    assertThat(row(byBand, "missing incidents, partial").subList(1, 7)).containsOnly("[c]");
    assertThat(row(byBand, "missing incidents, low").get(4)).isEqualTo("3.00");

    // Dose-response: 14 young people, slope -192k / 38.25 with k = 365.25 / 365 (see the core test).
    Element slopes = Fixtures.table(doc, "fidelity-dose-response");
    List<String> missing = row(slopes, "missing incidents");
    assertThat(missing.get(1)).isEqualTo("14");
    // -192k / 38.25 = -5.023..., printed to two decimals as every estimate is.
    assertThat(missing.get(3)).isEqualTo("-5.02");
    Element chart = Fixtures.chart(doc, "fidelity-dose-response");
    assertThat(Fixtures.byClass(chart, "circle", "point")).hasSize(1);
    assertThat(Fixtures.byClass(Fixtures.chart(doc, "fidelity-indicators"), "rect", "bar"))
        .hasSize(2);
    assertThat(Fixtures.byClass(Fixtures.chart(doc, "fidelity-indicators"), "text",
        "suppressed-marker")).singleElement()
        .satisfies(e -> assertThat(e.getTextContent()).isEqualTo("n/a"));

    List<Path> csv = report.writeCsvTables(dir);
    assertThat(csv).extracting(p -> p.getFileName().toString()).containsExactly(
        "fidelity-indicators.csv", "fidelity-bands.csv", "fidelity-by-band.csv",
        "fidelity-dose-response.csv");
    assertThat(Files.readString(dir.resolve("fidelity-bands.csv")))
        .isEqualTo("Band,Score,Young people\r\nhigh,from 0.8,6\r\npartial,from 0.5,[c]\r\n"
            + "low,from 0,[d]\r\nTotal,,14\r\n");
  }

  @Test
  void smallCohortsAreSuppressed() throws Exception {
    // Four young people: every count is small.
    CohortFidelity small = ASSESSMENT.assess(cohort().subList(0, 4).stream());
    Report report = Report.builder("Small").fidelity(small).build();
    Document doc = Fixtures.parse(report.toHtml());
    assertThat(report.tableIds()).containsExactly("fidelity-indicators", "fidelity-bands");
    Element indicators = Fixtures.table(doc, "fidelity-indicators");
    assertThat(row(indicators, "days from referral to first hub contact"))
        .containsExactly("days from referral to first hub contact", "at most 7 days", "[c]", "0",
            "0", "0", "[c]", "[c]", "[c]", "[c]");
    assertThat(row(indicators, "recorded decisions citing a provocation").get(9)).isEqualTo("[c]");
    assertThat(report.toHtml()).doesNotContain(">4<");
    // With a threshold of 1 nothing is suppressed.
    Report open = Report.builder("Open").suppressionThreshold(1).fidelity(small).build();
    assertThat(row(Fixtures.table(Fixtures.parse(open.toHtml()), "fidelity-indicators"),
        "days from referral to first hub contact"))
        .containsExactly("days from referral to first hub contact", "at most 7 days", "4", "0", "0",
            "0", "1.00", "0.51", "1.00", "median 1.0 days");
    assertThatThrownBy(() -> Report.builder("x").fidelity((CohortFidelity) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Report.builder("x").fidelity((FidelityImpactResult) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void emptyBandsShowZeroAndFiguresHideWithTheirRow() throws Exception {
    // Only the six high young people: the partial and low bands are empty (0 is not a small cell).
    ImpactAnalysis analysis = ImpactAnalysis.builder().name("high only")
        .dataCoverage(DatePeriod.parse("2020-01-01/2026-01-01"))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS).build();
    FidelityImpactResult high =
        FidelityImpact.of(analysis, ASSESSMENT).run(cohort().subList(0, 6).stream());
    Document doc = Fixtures.parse(Report.builder("High").fidelity(high).build().toHtml());
    assertThat(row(Fixtures.table(doc, "fidelity-by-band"), "missing incidents, partial"))
        .containsExactly("missing incidents, partial", "0", "n/a", "n/a", "n/a", "n/a", "n/a");
    // Three high young people with two citing decisions each, eight others with one not citing:
    // 6 of 14 decisions is no small count, but the 3 young people meeting it are, so the figure
    // is hidden with them.
    List<YoungPersonRecord> records = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      records.add(person("T" + i, 1, true, 4, 1, 2));
    }
    records.addAll(cohort().subList(6, 14));
    Document three = Fixtures.parse(
        Report.builder("Three").fidelity(ASSESSMENT.assess(records.stream())).build().toHtml());
    assertThat(row(Fixtures.table(three, "fidelity-indicators"),
        "recorded decisions citing a provocation"))
        .containsExactly("recorded decisions citing a provocation", "at least 0.5 share", "[c]", "[d]",
            "0", "0", "[c]", "[c]", "[c]", "[c]");
    // (8 not met is withheld too, as [d]: with the row's total of 11 it would give the 3 away.)
  }

  @Test
  void figuresAreShownOnlyWhenTheirCountsAreSafe() {
    org.nwd.impact.DisclosureControl dc = org.nwd.impact.DisclosureControl.standard();
    assertThat(dc.share(0, 5).isSuppressed()).isFalse();
    assertThat(dc.share(5, 5).isSuppressed()).isFalse();
    assertThat(dc.share(5, 10).isSuppressed()).isFalse();
    assertThat(dc.share(4, 10).isSuppressed()).isTrue();
    assertThat(dc.share(6, 10).isSuppressed()).isTrue();
    assertThat(dc.share(0, 4).isSuppressed()).isTrue();
  }
}
