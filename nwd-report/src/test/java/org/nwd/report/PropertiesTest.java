package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.w3c.dom.Document;

class PropertiesTest {

  /** What escaping then parsing gives back: the text with XML-forbidden characters as U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean ok = cp == '\t' || cp == '\n' || cp == '\r'
          || (cp >= 0x20 && cp < 0xD800) || (cp >= 0xE000 && cp <= 0xFFFD) || cp > 0xFFFF;
      out.appendCodePoint(ok ? cp : 0xFFFD);
    });
    // An XML parser normalises line ends in text: CRLF and lone CR become LF.
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  @Property(tries = 200)
  void anyTextKeepsThePageWellFormedAndComesBackIntact(
      @ForAll @StringLength(min = 1, max = 40) String text) throws Exception {
    String title = "T" + text;
    Report r = Report.builder(title)
        .measureChanges(List.of(Fixtures.change("m" + text, 2, 1)))
        .build();
    String html = r.toHtml();
    Document doc = Fixtures.parse(html);
    assertThat(doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent())
        .isEqualTo(xmlSafe(title));
    assertThat(html).isEqualTo(r.toHtml());
  }

  @Property(tries = 300)
  void niceScalesCoverTheDataAndMapTheirEndsToTheRange(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double a,
      @ForAll @DoubleRange(min = 0.01, max = 1e9) double width,
      @ForAll @IntRange(min = 2, max = 10) int count) {
    double lo = a;
    double hi = a + width;
    LinearScale s = LinearScale.nice(lo, hi, count, 100, 600);
    assertThat(s.domainMin()).isLessThanOrEqualTo(lo);
    assertThat(s.domainMax()).isGreaterThanOrEqualTo(hi);
    assertThat(s.apply(s.domainMin())).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(s.apply(s.domainMax())).isCloseTo(600, org.assertj.core.data.Offset.offset(1e-6));
    List<BigDecimal> ticks = s.ticks(count);
    assertThat(ticks.size()).isBetween(2, 4 * count + 1);
    for (BigDecimal t : ticks) {
      assertThat(t.doubleValue()).isBetween(s.domainMin(), s.domainMax());
    }
  }

  @Property(tries = 300)
  void csvFieldsReadBackAsWritten(@ForAll @StringLength(max = 30) String field) {
    String written = Table.csvField(field);
    // A field a spreadsheet would run as a formula reads back with a leading single quote.
    String expected = Table.startsLikeAFormula(field) ? "'" + field : field;
    if (written.startsWith("\"")) {
      assertThat(written).endsWith("\"");
      String inner = written.substring(1, written.length() - 1);
      assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
      assertThat(inner.replace("\"\"", "\"")).isEqualTo(expected);
    } else {
      assertThat(written).isEqualTo(expected).doesNotContain(",", "\"", "\r", "\n");
    }
  }

  @org.junit.jupiter.api.Test
  void aTinyExtentFarFromZeroStillGetsBothEndTicks() {
    // [999999999.99, 1000000000.0]: the double ends of the nice domain are not the exact decimals, so
    // ticks must come from the exact ends (a regression: one tick was returned).
    LinearScale s = LinearScale.nice(999_999_999.99, 1_000_000_000.0, 5, 100, 600);
    List<BigDecimal> ticks = s.ticks(5);
    assertThat(ticks).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ticks.get(0).doubleValue()).isEqualTo(s.domainMin());
    assertThat(ticks.get(ticks.size() - 1).doubleValue()).isEqualTo(s.domainMax());
  }
}
