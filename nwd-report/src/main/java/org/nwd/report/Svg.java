package org.nwd.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one inline SVG chart as text: an {@code <svg role="img">} labelled by its {@code <title>} and
 * {@code <desc>}, then elements whose attribute values are always escaped, and axes with ticks.
 */
final class Svg {
  static final double WIDTH = 720;

  private final StringBuilder out = new StringBuilder();

  /** Opens the chart {@code id} of kind {@code chart} (its {@code data-chart} value). */
  Svg(String id, String chart, double height, String title, String desc) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
        .append(Html.escape(id))
        .append("\" class=\"chart\" data-chart=\"")
        .append(Html.escape(chart))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(Html.escape(id))
        .append("-title ")
        .append(Html.escape(id))
        .append("-desc\" width=\"")
        .append(Num.px(WIDTH))
        .append("\" height=\"")
        .append(Num.px(height))
        .append("\" viewBox=\"0 0 ")
        .append(Num.px(WIDTH))
        .append(' ')
        .append(Num.px(height))
        .append("\">\n<title id=\"")
        .append(Html.escape(id))
        .append("-title\">")
        .append(Html.escape(title))
        .append("</title>\n<desc id=\"")
        .append(Html.escape(id))
        .append("-desc\">")
        .append(Html.escape(desc))
        .append("</desc>\n");
  }

  /** Opens {@code <tag attr="value" ...>}; {@code attrs} alternate names and values. */
  void open(String tag, String... attrs) {
    start(tag, attrs);
    out.append(">\n");
  }

  void close(String tag) {
    out.append("</").append(tag).append(">\n");
  }

  /** A self-closed element. */
  void empty(String tag, String... attrs) {
    start(tag, attrs);
    out.append("/>\n");
  }

  /** A {@code <text>} element holding {@code content}, escaped. */
  void text(String content, String... attrs) {
    start("text", attrs);
    out.append('>').append(Html.escape(content)).append("</text>\n");
  }

  private void start(String tag, String... attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes of <" + tag + "> must come in name/value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attrs.length; i += 2) {
      out.append(' ').append(attrs[i]).append("=\"").append(Html.escape(attrs[i + 1])).append('"');
    }
  }

  /**
   * A horizontal axis at pixel row {@code y} with ticks, labels and vertical grid lines up to {@code
   * gridTop}, and a title under it.
   */
  void xAxis(LinearScale x, double y, double gridTop, Function<BigDecimal, String> label,
      String title) {
    xAxis(x, x.ticks(6), y, gridTop, label, title);
  }

  /** As {@link #xAxis(LinearScale, double, double, Function, String)} with the ticks given. */
  void xAxis(LinearScale x, List<BigDecimal> ticks, double y, double gridTop,
      Function<BigDecimal, String> label, String title) {
    open("g", "class", "axis x-axis");
    for (BigDecimal t : ticks) {
      String px = Num.px(x.apply(t.doubleValue()));
      empty("line", "class", "grid", "x1", px, "x2", px, "y1", Num.px(gridTop), "y2", Num.px(y));
      text(label.apply(t), "class", "tick", "x", px, "y", Num.px(y + 16), "text-anchor", "middle");
    }
    empty("line", "class", "domain", "x1", Num.px(x.apply(x.domainMin())), "x2",
        Num.px(x.apply(x.domainMax())), "y1", Num.px(y), "y2", Num.px(y));
    text(title, "class", "axis-title", "x",
        Num.px((x.apply(x.domainMin()) + x.apply(x.domainMax())) / 2), "y", Num.px(y + 34),
        "text-anchor", "middle");
    close("g");
  }

  /** A vertical axis at pixel column {@code x} with horizontal grid lines across to {@code gridRight}. */
  void yAxis(LinearScale y, double x, double gridRight, Function<BigDecimal, String> label,
      String title) {
    open("g", "class", "axis y-axis");
    for (BigDecimal t : y.ticks(5)) {
      String py = Num.px(y.apply(t.doubleValue()));
      empty("line", "class", "grid", "x1", Num.px(x), "x2", Num.px(gridRight), "y1", py, "y2", py);
      text(label.apply(t), "class", "tick", "x", Num.px(x - 6), "y", Num.px(y.apply(t.doubleValue()) + 4),
          "text-anchor", "end");
    }
    empty("line", "class", "domain", "x1", Num.px(x), "x2", Num.px(x), "y1",
        Num.px(y.apply(y.domainMin())), "y2", Num.px(y.apply(y.domainMax())));
    text(title, "class", "axis-title", "x", Num.px(x), "y", Num.px(y.apply(y.domainMax()) - 8),
        "text-anchor", "start");
    close("g");
  }

  /** A legend swatch and label; {@code mark} is the CSS class giving the swatch its fill. */
  void legendItem(double x, double y, String mark, String label) {
    empty("rect", "class", "swatch " + mark, "x", Num.px(x), "y", Num.px(y - 10), "width", "12",
        "height", "12");
    text(label, "class", "legend-label", "x", Num.px(x + 18), "y", Num.px(y));
  }

  /** Closes the chart and returns its markup. */
  String finish() {
    out.append("</svg>\n");
    return out.toString();
  }

  /** Shortens a label for the chart (the table keeps it whole). */
  static String shorten(String label, int max) {
    return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
  }
}
