package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.PriceBasis;
import org.nwd.cost.PriceYear;
import org.nwd.cost.ValueType;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Exclusion;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactResult;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;

/**
 * The headline panel at the top of a report: the facts a board reads first and three to five key
 * figures, each one sentence, with intervals; the same content as CSV tables and plain text.
 */
class HeadlineTest {

  static Report board() {
    return Report.builder("Board report")
        .dataSource("SSDA903 returns and hub records")
        .generatedOn("1 December 2026")
        .impact(ImpactSectionTest.run(5))
        .costAvoidance(priced())
        .monteCarlo(Fixtures.monteCarlo())
        .build();
  }

  /** The fixture's cost result with a price basis: 2025/26 prices, a forecast year. */
  static CostAvoidanceResult priced() {
    return Fixtures.costBuilder().priceBasis(PriceBasis.builder()
        .priceBase(PriceYear.parse("2025/26"))
        .deflatorVintage("HM Treasury GDP deflators, March 2026")
        .deflatorBaseYear(PriceYear.parse("2024/25"))
        .deflatorPublished(YearMonth.of(2026, 3))
        .addForecastYearsUsed(PriceYear.parse("2025/26"))
        .build()).build();
  }

  @Test
  void thePanelComesFirstWithTheFactsInOrder() throws Exception {
    Report r = board();
    String html = r.toHtml();
    assertThat(html.indexOf("<section id=\"headline\" class=\"headline\""))
        .isLessThan(html.indexOf("<section id=\"rates\""));
    // The date is in the panel, not repeated under the title.
    assertThat(html).doesNotContain("class=\"meta\"");
    String text = r.headlineText().orElseThrow();
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "Young people: 6 evaluated: 6 included in the before/after comparison, none excluded.");
    assertThat(lines.get(1)).isEqualTo("Period: 12 months before and 12 months after each young"
        + " person's index date (the date of the first accepted referral), within data covering 1"
        + " January 2020 to 31 December 2025.");
    assertThat(lines.get(2)).isEqualTo("Data source: SSDA903 returns and hub records.");
    assertThat(lines.get(3)).startsWith("Design and strength of evidence: Before and after, with no"
        + " comparison group: level 1 of 5 on the Maryland Scientific Methods Scale")
        .contains("may overstate the effect");
    assertThat(lines.get(4)).isEqualTo("Prices: Real 2025/26 prices (a forecast year of the"
        + " deflator). Deflator: HM Treasury GDP deflators, March 2026, 2024/25 = 100, published"
        + " March 2026. Forecast years used: 2025/26.");
    assertThat(lines.get(5)).isEqualTo("Produced: 1 December 2026");
    assertThat(lines.get(6)).startsWith("Small numbers: Small numbers are suppressed");
    assertThat(lines.get(7)).isEqualTo("Key figures:");
    // Missing incidents only (arrests are a small cell), then NPV and BCR.
    assertThat(lines).hasSize(11);
    assertThat(lines.get(8)).startsWith("1. Missing incidents fell by 33% in the 12 months after the"
        + " date of the first accepted referral compared with the 12 months before: from 2.00 to"
        + " 1.33 a year per young person (95% confidence interval for the change: ");
    assertThat(lines.get(9)).isEqualTo("2. Under the stated assumptions, the public sector saves"
        + " \u00a34,000 more than the programme costs (financial case, net present value in 2025/26"
        + " prices, over 3 appraisal years); in 90% of 1,000 simulations of the uncertain"
        + " assumptions it lay between -\u00a31,000 and \u00a35,000.");
    assertThat(lines.get(10)).isEqualTo("3. Each \u00a31 the programme costs is matched by \u00a33.00"
        + " of costs avoided (financial case, benefit-cost ratio 3.00); 90% of simulations: 0.50 to"
        + " 2.00.");
    Fixtures.parse(html);
    assertThat(html).contains("<dt>Data source</dt><dd>SSDA903 returns and hub records.</dd>")
        .contains("<h3 id=\"key-figures\">Key figures</h3>")
        .contains("<ol class=\"key-figures\" aria-labelledby=\"key-figures\">");
  }

  @Test
  void theKeyFiguresAreCsvTablesWithTheirIntervals() {
    Report r = board();
    ImpactResult impact = ImpactSectionTest.run(5);
    RateRatio rr = impact.measure(StandardMeasures.MISSING_INCIDENTS).rates().get().rateRatio();
    Interval ci = rr.interval().orElseThrow();
    String csv = r.csv("headline-key-figures");
    assertThat(csv).startsWith("Key figure,Estimate,Lower,Upper,Interval,Statement\r\n");
    assertThat(csv).contains("Missing incidents (rate ratio),0.67," + Num.two(ci.lower()) + ","
        + Num.two(ci.upper()) + ",\"95% confidence interval, ");
    assertThat(csv).contains("Net present value (financial case),4000,-1000,5000,"
        + "5th to 95th percentile of 1000 simulations,");
    assertThat(csv).contains("Benefit-cost ratio (financial case),3.00,0.50,2.00,");
    assertThat(r.csv("headline-facts")).startsWith("Item,Value\r\nYoung people,\"6 evaluated:");
    // The interval in words follows from the interval's own bounds.
    long fall = Math.round((1 - ci.lower()) * 100);
    assertThat(r.headlineText().orElseThrow()).contains(Headline.intervalWords(ci))
        .contains(Long.toString(fall) + "%");
  }

  @Test
  void changesAndIntervalsReadInWords() {
    assertThat(Headline.change(0.46)).isEqualTo("fell by 54%");
    assertThat(Headline.change(1.12)).isEqualTo("rose by 12%");
    assertThat(Headline.change(1.004)).isEqualTo("did not change");
    assertThat(Headline.change(0.996)).isEqualTo("did not change");
    assertThat(Headline.intervalWords(Interval.of(0.39, 0.54))).isEqualTo("a fall of 46% to 61%");
    assertThat(Headline.intervalWords(Interval.of(1.10, 1.50))).isEqualTo("a rise of 10% to 50%");
    assertThat(Headline.intervalWords(Interval.of(0.80, 1.25)))
        .isEqualTo("from a fall of 20% to a rise of 25%, so no clear change");
    assertThat(Headline.intervalWords(Interval.of(0.5, Double.POSITIVE_INFINITY)))
        .isEqualTo("from a fall of 50% to a rise of any size, so no clear change");
    assertThat(Headline.intervalWords(Interval.of(1.5, Double.POSITIVE_INFINITY)))
        .isEqualTo("a rise of 50% to any size");
  }

  @Test
  void excludedYoungPeopleAreCountedByReasonUnderTheRule() {
    DisclosureControl dc = DisclosureControl.standard();
    List<Exclusion> six = List.of(
        Exclusion.of(YoungPersonId.of("A"), ExclusionReason.NO_INDEX_DATE),
        Exclusion.of(YoungPersonId.of("B"), ExclusionReason.NO_INDEX_DATE),
        Exclusion.of(YoungPersonId.of("C"), ExclusionReason.NO_INDEX_DATE),
        Exclusion.of(YoungPersonId.of("D"), ExclusionReason.NO_INDEX_DATE),
        Exclusion.of(YoungPersonId.of("E"), ExclusionReason.NO_INDEX_DATE),
        Exclusion.of(YoungPersonId.of("F"), ExclusionReason.NOT_ELIGIBLE));
    // 1 not eligible is small; the 5 with no index date would give it away from the 6 excluded,
    // which are shown: 5 is the cheapest cell to withhold with it.
    assertThat(Headline.people(106, 100, six, dc)).isEqualTo("106 evaluated: 100 included in the"
        + " before/after comparison, 6 excluded (no index date: [d]; not eligible on the index date:"
        + " [c]).");
    assertThat(Headline.people(3, 3, List.of(), dc))
        .isEqualTo("[c] evaluated: [c] included in the before/after comparison, none excluded.");
  }

  @Test
  void periodsDesignsAndPricesInWords() {
    assertThat(Headline.coverage(DatePeriod.parse("2020-04-01/2024-04-01")))
        .isEqualTo("1 April 2020 to 31 March 2024");
    assertThat(Headline.coverage(DatePeriod.parse("2020-04-01/..")))
        .isEqualTo("1 April 2020 to the present");
    assertThat(Headline.design(DesignLevel.DIFFERENCE_IN_DIFFERENCES))
        .startsWith("Compared with a comparison group (difference-in-differences): level 3 of 5")
        .contains("parallel trends");
    assertThat(Headline.prices(PriceBasis.builder().priceBase(PriceYear.parse("2024/25"))
            .deflatorVintage("v").build()))
        .isEqualTo("Real 2024/25 prices. Deflator: v. Forecast years used: none.");
    assertThat(Headline.sentence("data")).isEqualTo("Data.");
    assertThat(Headline.sentence("Data?")).isEqualTo("Data?");
    assertThat(Headline.sentence("Data!")).isEqualTo("Data!");
    assertThat(Headline.sentence(" data. ")).isEqualTo("Data.");
    assertThat(Headline.capitalise("")).isEmpty();
  }

  @Test
  void costFiguresWithoutASimulationOrCostsSaySo() {
    CostAvoidanceResult c = Fixtures.cost();
    Headline.KeyFigure npv = Headline.npvFigure(c, Optional.empty());
    assertThat(npv.sentence).isEqualTo("Under the stated assumptions, the public sector saves"
        + " \u00a34,000 more than the programme costs (financial case, net present value, over 3"
        + " appraisal years).");
    assertThat(npv.cells.get(3).html).isEqualTo("no simulation");
    CaseSummary loss = CaseSummary.builder()
        .name("financial")
        .addValueTypes(ValueType.FISCAL)
        .presentValueBenefits(Money.ofPounds(1000))
        .presentValueCosts(Money.ofPounds(3500))
        .netBenefitCostRatio(Optional.empty())
        .paybackYearUndiscounted(Optional.empty())
        .paybackYearDiscounted(Optional.empty())
        .presentValueCashable(Money.ZERO)
        .presentValueNonCashable(Money.ofPounds(1000))
        .explanation(org.nwd.Explanation.of("financial", "GBP -2500"))
        .build();
    CostAvoidanceResult losing = CostAvoidanceResult.builder().financialCase(loss)
        .widerCase(loss).horizon(2).build();
    assertThat(Headline.npvFigure(losing, Optional.empty()).sentence)
        .startsWith("Under the stated assumptions, the public sector saves \u00a32,500 less than the"
            + " programme costs");
    assertThat(Headline.bcrFigure(losing, Optional.empty())).isEmpty();
    Headline.KeyFigure bcr = Headline.bcrFigure(c, Optional.empty()).orElseThrow();
    assertThat(bcr.sentence).endsWith("benefit-cost ratio 3.00).");
    assertThat(bcr.cells.get(3).html).isEqualTo("no simulation");
    MonteCarloResult noBcr = MonteCarloResult.builder().iterations(10).seed(1)
        .financialNpv(Fixtures.dist(1, 2, 3, 2)).widerNpv(Fixtures.dist(1, 2, 3, 2)).build();
    assertThat(Headline.bcrFigure(c, Optional.of(noBcr)).orElseThrow().cells.get(1).html)
        .isEqualTo("n/a");
    assertThat(new BigDecimal("3")).isEqualByComparingTo(c.financialCase().benefitCostRatio()
        .orElseThrow());
    assertThat(ValueType.FISCAL).isIn(c.financialCase().valueTypes());
  }

  @Test
  void keyMeasuresAreTheCallersChoiceUpToFive() {
    Report r = Report.builder("t").suppressionThreshold(3).impact(ImpactSectionTest.run(3))
        .keyMeasures(List.of(StandardMeasures.ARRESTS, StandardMeasures.MISSING_INCIDENTS)).build();
    List<String> lines = r.headlineText().orElseThrow().lines().toList();
    // Under 3, the 3 arrests before are shown; but no arrests after makes the ratio 0, with an
    // interval: arrests first, as asked.
    assertThat(lines.get(lines.indexOf("Key figures:") + 1)).startsWith("1. Arrests fell by 100%");
    assertThat(lines.get(lines.indexOf("Key figures:") + 2)).startsWith("2. Missing incidents");
    assertThatThrownBy(() -> Report.builder("t").keyMeasures(List.of(StandardMeasures.ARRESTS,
            StandardMeasures.ARRESTS, StandardMeasures.ARRESTS, StandardMeasures.ARRESTS,
            StandardMeasures.ARRESTS, StandardMeasures.ARRESTS)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("6 key measures given; the headline panel shows at most 5");
  }

  @Test
  void withEveryMeasureSuppressedThePanelSaysSo() {
    Report r = Report.builder("t").suppressionThreshold(7).impact(ImpactSectionTest.run(7))
        .build();
    assertThat(r.headlineText().orElseThrow())
        .endsWith("Key figures:\nNo figure can be published: every measure is suppressed or"
            + " undefined.\n")
        .contains("Young people: [c] evaluated: [c] included");
  }

  @Test
  void withoutImpactOrCostThereIsNoPanelAndTheDateGoesUnderTheTitle() {
    Report r = Report.builder("t").generatedOn("today")
        .measureChanges(List.of(Fixtures.change("a", 2, 1))).build();
    assertThat(r.headlineText()).isEmpty();
    assertThat(r.toHtml()).contains("<p class=\"meta\">Produced today</p>");
    // With a cost result only, the panel has the data source and the cost figures.
    Report cost = Report.builder("t").costAvoidance(Fixtures.cost()).build();
    assertThat(cost.headlineText().orElseThrow()).startsWith("Data source: Not stated.\nKey"
        + " figures:\n1. Under the stated assumptions");
    assertThat(LocalDate.of(2026, 12, 1)).isNotNull();
  }
}
