package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ToolkitTest {

  @Test
  void escapesMarkupQuotesAndForbiddenCharacters() {
    assertThat(Html.escape("<script>alert('x')</script> & \"y\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    // NUL, a bell, a lone surrogate and U+FFFF are not allowed in XML 1.0; tab, LF, CR are.
    assertThat(Html.escape("a\u0000b\u0007c\ud800d\uffffe\t\n\r"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\t\n\r");
    assertThat(Html.escape("\u001f \u0020")).isEqualTo("\ufffd  ");
    assertThat(Html.escape("\ufffe\ud7ff\ue000")).isEqualTo("\ufffd\ud7ff\ue000");
    // A surrogate pair (U+1F600) is one code point and stays.
    assertThat(Html.escape("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    assertThat(Html.escape("\udfff")).isEqualTo("\ufffd");
  }

  @Test
  void formatsNumbersHalfUpWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      // The exact binary values, from Python: Decimal(1.005) = 1.00499999999999989341858963598497211933135986328125
      // and Decimal(2.345) = 2.345000000000000195399252334027551114559173583984375; half up on those.
      assertThat(Num.fixed(1.005, 2)).isEqualTo("1.00");
      assertThat(Num.fixed(2.345, 2)).isEqualTo("2.35");
      assertThat(Num.fixed(2.375, 2)).isEqualTo("2.38"); // 2.375 is exact in binary
      assertThat(Num.fixed(-0.001, 2)).isEqualTo("0.00");
      assertThat(Num.fixed(1234567.5, 0)).isEqualTo("1234568");
      assertThat(Num.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("infinite");
      assertThat(Num.fixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-infinite");
      assertThat(Num.fixed(Double.NaN, 2)).isEqualTo("undefined");
      assertThat(Num.px(12.345)).isEqualTo("12.35"); // 12.345 is 12.3450000000000006...
      assertThat(Num.px(100.0)).isEqualTo("100");
      assertThat(Num.px(-0.001)).isEqualTo("0");
      assertThat(Num.px(0.5)).isEqualTo("0.5");
      assertThat(Num.pounds(new BigDecimal("1234567.5"))).isEqualTo("\u00a31,234,568");
      assertThat(Num.pounds(new BigDecimal("-999.5"))).isEqualTo("-\u00a31,000");
      assertThat(Num.pounds(new BigDecimal("100"))).isEqualTo("\u00a3100");
      assertThat(Num.pounds(new BigDecimal("0.4"))).isEqualTo("\u00a30");
      assertThat(Num.poundsPlain(new BigDecimal("-1234.5"))).isEqualTo("-1235");
      assertThat(Num.plain(new BigDecimal("0.250"))).isEqualTo("0.25");
      assertThat(Num.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
      assertThat(Num.plain(new BigDecimal("0.000"))).isEqualTo("0");
      assertThat(Num.grouped("123")).isEqualTo("123");
      assertThat(Num.grouped("1234")).isEqualTo("1,234");
      assertThat(Num.grouped("123456.78")).isEqualTo("123,456.78");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void linearScaleMapsDomainOntoRangeIncludingReversedRanges() {
    LinearScale x = new LinearScale(0, 100, 0, 500);
    assertThat(x.apply(0)).isEqualTo(0);
    assertThat(x.apply(50)).isEqualTo(250);
    assertThat(x.apply(100)).isEqualTo(500);
    // y axis: domain [0, 4000] onto [296, 56]; 1000 sits 60 px above the bottom.
    LinearScale y = new LinearScale(0, 4000, 296, 56);
    assertThat(y.apply(1000)).isEqualTo(236);
    assertThat(y.apply(4000)).isEqualTo(56);
    LinearScale shifted = new LinearScale(-10, 30, 100, 500);
    assertThat(shifted.apply(0)).isEqualTo(200); // (0 - -10) / 40 * 400 + 100
    assertThatThrownBy(() -> new LinearScale(1, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale domain [1.0, 1.0] is empty");
  }

  @Test
  void tickStepIsOneTwoOrFiveTimesAPowerOfTen() {
    // raw step = span / count; mantissa thresholds sqrt(2), sqrt(10), sqrt(50).
    assertThat(LinearScale.step(0, 10, 10)).isEqualByComparingTo("1"); // raw 1
    assertThat(LinearScale.step(0, 14, 10)).isEqualByComparingTo("1"); // raw 1.4 < 1.414
    assertThat(LinearScale.step(0, 15, 10)).isEqualByComparingTo("2"); // raw 1.5
    assertThat(LinearScale.step(0, 31, 10)).isEqualByComparingTo("2"); // raw 3.1 < 3.162
    assertThat(LinearScale.step(0, 32, 10)).isEqualByComparingTo("5"); // raw 3.2
    assertThat(LinearScale.step(0, 70, 10)).isEqualByComparingTo("5"); // raw 7.0 < 7.071
    assertThat(LinearScale.step(0, 72, 10)).isEqualByComparingTo("10"); // raw 7.2
    assertThat(LinearScale.step(0, 2.5, 6)).isEqualByComparingTo("0.5"); // raw 0.4167
    assertThat(LinearScale.step(0, 4000, 5)).isEqualByComparingTo("1000"); // raw 800
  }

  @Test
  void niceScaleWidensToWholeStepsAndTicksPrintExactly() {
    LinearScale s = LinearScale.nice(0.13, 0.91, 4, 0, 100); // raw 0.195 -> step 0.2
    assertThat(s.domainMin()).isEqualTo(0.0);
    assertThat(s.domainMax()).isEqualTo(1.0);
    assertThat(s.ticks(4).stream().map(BigDecimal::toPlainString).collect(Collectors.toList()))
        .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
    LinearScale neg = LinearScale.nice(-1000, 8000, 5, 0, 1); // raw 1800 -> step 2000
    assertThat(neg.domainMin()).isEqualTo(-2000.0);
    assertThat(neg.domainMax()).isEqualTo(8000.0);
    assertThat(neg.ticks(5).stream().map(BigDecimal::intValueExact).collect(Collectors.toList()))
        .containsExactly(-2000, 0, 2000, 4000, 6000, 8000);
    LinearScale flat = LinearScale.nice(3, 3, 5, 0, 1); // widened to [3, 4], step 0.2
    assertThat(flat.domainMin()).isEqualTo(3.0);
    assertThat(flat.domainMax()).isEqualTo(4.0);
    assertThat(LinearScale.nice(5, 2, 5, 0, 1).domainMax()).isEqualTo(6.0); // hi below lo -> [5, 6]
    // Ticks of a domain not on the grid start at the first whole step inside it.
    assertThat(new LinearScale(0.5, 10.5, 0, 1).ticks(5).stream()
            .map(BigDecimal::intValueExact).collect(Collectors.toList()))
        .containsExactly(2, 4, 6, 8, 10);
  }

  @Test
  void bandScaleSplitsRangeIntoPaddedBands() {
    // 3 bands over [100, 700]: step 200; padding 0.3 leaves 30 px each side.
    BandScale b = new BandScale(3, 100, 700, 0.3);
    assertThat(b.size()).isEqualTo(3);
    assertThat(b.start(0)).isEqualTo(130);
    assertThat(b.start(1)).isEqualTo(330);
    assertThat(b.width()).isEqualTo(140);
    assertThat(b.centre(2)).isEqualTo(600);
    assertThatThrownBy(() -> new BandScale(0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a band scale needs at least one category, got 0");
  }

  @Test
  void svgRejectsOddAttributesAndWrapsLongLabels() {
    Svg svg = new Svg("c", "k", 10, "t", "d");
    assertThatThrownBy(() -> svg.empty("rect", "class"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes of <rect> must come in name/value pairs");
    // Words are kept whole; a line holds at most the characters given, a longer word alone.
    assertThat(Svg.wrap("abc def ghi", 7)).containsExactly("abc def", "ghi");
    assertThat(Svg.wrap("abc def ghi", 6)).containsExactly("abc", "def", "ghi");
    assertThat(Svg.wrap("abcdefghij k", 4)).containsExactly("abcdefghij", "k");
    assertThat(Svg.wrap("short", 40)).containsExactly("short");
    // 7.2 px a character at the chart font: 72 px hold 10, never fewer than 8.
    assertThat(Svg.fits(72)).isEqualTo(10);
    assertThat(Svg.fits(10)).isEqualTo(8);
    assertThat(Svg.lines("abc def ghi", 50)).isEqualTo(2); // 50 px: 8 characters a line
  }

  @Test
  void csvQuotesOnlyWhereRfc4180NeedsIt() {
    assertThat(Table.csvField("plain text")).isEqualTo("plain text");
    assertThat(Table.csvField("a,b")).isEqualTo("\"a,b\"");
    assertThat(Table.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Table.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    // CSV injection (OWASP): text that a spreadsheet would run is neutralised, numbers are not.
    assertThat(Table.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Table.csvField("+1+2")).isEqualTo("'+1+2");
    assertThat(Table.csvField("-2+3")).isEqualTo("'-2+3");
    assertThat(Table.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Table.csvField("\tx")).isEqualTo("'\tx");
    assertThat(Table.csvField("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Table.csvField("-0.25")).isEqualTo("-0.25");
    assertThat(Table.csvField("-1234.50")).isEqualTo("-1234.50");
    assertThat(Table.csvField("+3")).isEqualTo("+3");
    assertThat(Table.csvField("-1e-3")).isEqualTo("-1e-3");
    assertThat(Table.csvField("a=b")).isEqualTo("a=b");
    assertThat(Table.csvField("")).isEmpty();
    assertThat(Table.csvField("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(Table.csvField("")).isEqualTo("");
    Table t = new Table("t", "caption", java.util.List.of("Name, full", "Value"),
        java.util.List.of(new Table.Row("x \"y\"", java.util.List.of(Cell.of("\u00a31,000", "1000"))),
            new Table.Row("z", java.util.List.of(Cell.suppressed()))));
    assertThat(t.toCsv()).isEqualTo("\"Name, full\",Value\r\n\"x \"\"y\"\"\",1000\r\nz,[c]\r\n");
    assertThatThrownBy(() -> new Table("t", "c", java.util.List.of("a", "b"),
            java.util.List.of(new Table.Row("r", java.util.List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table t: row has 1 cells, expected 2");
  }

  @Test
  void aLongWordMayBreakAnywhereAndOnlyThere() {
    // 24 characters and no more in a run: words of a narrow column stay whole.
    assertThat(Table.hasLongWord("abcdefghijklmnopqrstuvwx and more")).isFalse();
    assertThat(Table.hasLongWord("abcdefghijklmnopqrstuvwxy")).isTrue();
    assertThat(Table.hasLongWord("see https://www.example.org/a/b")).isTrue();
    assertThat(Table.hasLongWord("abcdefghijkl mnopqrstuvwxyz abcdefghijkl")).isFalse();
    assertThat(Table.hasLongWord("")).isFalse();
    StringBuilder html = new StringBuilder();
    new Table("t", "c", java.util.List.of("a", "b", "c", "d"), java.util.List.of(new Table.Row("r",
        java.util.List.of(Cell.text("https://www.example.org/research/cost"), Cell.text("short"),
            Cell.of("12345678901234567890123456"))))).appendHtml(html);
    assertThat(html.toString()).contains("<td class=\"text long\">https://",
        "<td class=\"text\">short", "<td class=\"num\">1234");
  }

  @Test
  void measureCodesInTheModelsNotesReadAsNames() {
    Context c = new Context();
    c.addMeasure(org.nwd.model.OutcomeMeasure.builder().code("SCHOOL_DAYS_MISSED")
        .name("school days missed ($1)").kind(org.nwd.model.MeasureKind.EVENT_COUNT).unit("days")
        .direction(org.nwd.model.ImprovementDirection.LOWER_IS_BETTER).build());
    assertThat(c.named("cashable share for ARRESTS / Duty solicitor not assessed: treated as 0%"))
        .isEqualTo("cashable share for arrests / Duty solicitor not assessed: treated as 0%");
    assertThat(c.named("deadweight for SCHOOL_DAYS_MISSED not stated; lag for MISSING_INCIDENTS"))
        .isEqualTo("deadweight for school days missed ($1) not stated; lag for missing incidents");
    // Only a code standing alone: not inside a unit cost's code or a longer word.
    assertThat(c.named("unit cost L-ARRESTS-X and ARRESTS_2 and XARRESTS, $1 \\ kept"))
        .isEqualTo("unit cost L-ARRESTS-X and ARRESTS_2 and XARRESTS, $1 \\ kept");
  }

  @Test
  void unitCostsAndMeasuresAreNamedFromTheCatalogues() {
    Context c = new Context();
    // The shipped catalogue: "L-CR7.0-POLICE" is "Arrest, detained: police share", fiscal.
    assertThat(c.unitCostName("L-CR7.0-POLICE (FISCAL)"))
        .isEqualTo("Arrest, detained: police share (L-CR7.0-POLICE)");
    assertThat(c.unitCostName("L-CR7.0-POLICE")).isEqualTo("Arrest, detained: police share"
        + " (L-CR7.0-POLICE)");
    assertThat(c.unitCostName("L-CR7.0-POLICE (ECONOMIC)")).isEqualTo("L-CR7.0-POLICE");
    assertThat(c.unitCostName("NO-SUCH-COST (FISCAL)")).isEqualTo("NO-SUCH-COST");
    assertThat(c.unitCost("L-CR7.0-POLICE", "NOT A TYPE")).get()
        .extracting(u -> u.agency().name()).isEqualTo("Police");
    assertThat(c.unitCost("NO-SUCH-COST", "NOT A TYPE")).isEmpty();
    // Measures: the analysis' own name first, then the standard catalogue, then the code in words.
    assertThat(c.measureName("ARRESTS")).isEqualTo("arrests");
    assertThat(c.measureName("VENDOR_SCHOOL_EXCLUSIONS")).isEqualTo("vendor school exclusions");
    c.addMeasure(org.nwd.model.OutcomeMeasure.builder().code("ARRESTS").name("arrests (own)")
        .kind(org.nwd.model.MeasureKind.EVENT_COUNT).unit("arrests")
        .direction(org.nwd.model.ImprovementDirection.LOWER_IS_BETTER).build());
    assertThat(c.measureName("ARRESTS")).isEqualTo("arrests (own)");
    assertThat(c.measureNames("ARRESTS, MISSING_INCIDENTS")).isEqualTo("arrests (own), missing"
        + " incidents");
    // Figures are numbered from 1 in each rendering.
    assertThat(c.nextFigure()).isEqualTo(1);
    assertThat(c.nextFigure()).isEqualTo(2);
    c.resetFigures();
    assertThat(c.nextFigure()).isEqualTo(1);
  }

  @Test
  void everyKindOfTornadoAssumptionReadsInItsOwnTerms() {
    Context c = new Context();
    java.util.List<String> assumptions = new java.util.ArrayList<>();
    java.util.List<String> lows = new java.util.ArrayList<>();
    for (org.nwd.cost.Assumption a : org.nwd.cost.Assumption.values()) {
      org.nwd.cost.TornadoBar.Builder b = org.nwd.cost.TornadoBar.builder().measureCode("ARRESTS")
          .assumption(a).lowValue(new BigDecimal("0.25")).highValue(new BigDecimal("2"))
          .npvAtLow(org.nwd.cost.Money.ofPounds(1)).npvAtHigh(org.nwd.cost.Money.ofPounds(2));
      if (a == org.nwd.cost.Assumption.UNIT_COST) {
        b.unitCost("L-CR7.0-POLICE (FISCAL)");
      }
      org.nwd.cost.TornadoBar bar = b.build();
      assumptions.add(Sections.assumption(bar, c));
      lows.add(Sections.value(bar, bar.lowValue()));
      if (a == org.nwd.cost.Assumption.UNIT_COST) {
        assertThat(Sections.label(bar, c))
            .isEqualTo("Unit cost: Arrest, detained: police share (L-CR7.0-POLICE)");
      } else if (a == org.nwd.cost.Assumption.LAG) {
        assertThat(Sections.label(bar, c)).isEqualTo("Arrests: lag before benefits (years)");
      }
    }
    assertThat(assumptions).containsExactly("events avoided (first year)", "deadweight",
        "displacement", "attribution", "optimism bias", "drop-off a year",
        "lag before benefits (years)", "benefit years",
        "unit cost: Arrest, detained: police share (L-CR7.0-POLICE)");
    // Events as a whole number, years as stated, a unit cost as a multiple, shares in per cent.
    assertThat(lows).containsExactly("0", "25%", "25%", "25%", "25%", "25%", "0.25", "0.25",
        "\u00d70.25");
    org.nwd.cost.TornadoBar bare = org.nwd.cost.TornadoBar.builder().measureCode("ARRESTS")
        .assumption(org.nwd.cost.Assumption.UNIT_COST).lowValue(BigDecimal.ONE)
        .highValue(BigDecimal.ONE).npvAtLow(org.nwd.cost.Money.ofPounds(1))
        .npvAtHigh(org.nwd.cost.Money.ofPounds(1)).build();
    assertThat(Sections.assumption(bare, c)).isEqualTo("unit cost");
  }

  @Test
  void pValuesAndInfinitiesReadByTheDisplayRule() {
    assertThat(Num.p(0.000999)).isEqualTo("< 0.001");
    assertThat(Num.p(0.001)).isEqualTo("0.00100");
    assertThat(Num.p(0.012345)).isEqualTo("0.0123");
    assertThat(Num.p(0.5)).isEqualTo("0.500");
    assertThat(Num.p(1)).isEqualTo("1.00");
    assertThat(Num.p(0.99951)).isEqualTo("1.00");
    assertThat(Num.p(Double.NaN)).isEqualTo("undefined");
    assertThat(Num.whole(Double.POSITIVE_INFINITY)).isEqualTo("infinite");
    assertThat(Num.whole(Double.NEGATIVE_INFINITY)).isEqualTo("-infinite");
    assertThat(Num.whole(-1234.5)).isEqualTo("-1,235");
    assertThat(Num.two(Double.NaN)).isEqualTo("undefined");
  }

  @Test
  void rowsAndTheBuilderRefuseWhatTheyCannotShow() {
    assertThatThrownBy(() -> MeasureChange.builder().measure("m").suppressed(true)
            .suppression(org.nwd.impact.Suppression.NONE).build())
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessageContaining("measure 'm' is suppressed but its suppression is NONE");
    assertThatThrownBy(() -> MeasureChange.builder().measure("m").rateBefore(1).rateAfter(1)
            .suppression(org.nwd.impact.Suppression.SECONDARY).build())
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessageContaining("measure 'm' is not suppressed but its suppression is SECONDARY");
    assertThatThrownBy(() -> MeasureChange.builder().measure("m").rateBefore(1).rateAfter(1)
            .people(-1).build())
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessageContaining("young people -1 of measure 'm' is negative");
    assertThat(MeasureChange.builder().measure("m").rateBefore(1).rateAfter(1).people(0).build()
        .people()).hasValue(0);
    assertThatThrownBy(() -> Report.builder("t").dataSource(" "))
        .isInstanceOf(org.nwd.DomainRuleException.class).hasMessageContaining("data source is blank");
    // Five key measures is the most, and allowed.
    Report.builder("t").keyMeasures(java.util.List.of(org.nwd.model.StandardMeasures.ARRESTS,
        org.nwd.model.StandardMeasures.MISSING_INCIDENTS, org.nwd.model.StandardMeasures.POLICE_CALL_OUTS,
        org.nwd.model.StandardMeasures.PLACEMENT_MOVES,
        org.nwd.model.StandardMeasures.CRISIS_PRESENTATIONS));
  }
}
