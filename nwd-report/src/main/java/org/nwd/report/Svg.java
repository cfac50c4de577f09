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
    empty("rect", "class", "swatch " + mark, "x", Num.px(x), "y", Num.px(y - 11), "width", "12",
        "height", "12");
    text(label, "class", "legend-label", "x", Num.px(x + 18), "y", Num.px(y));
  }

  /**
   * The pixel rows of a legend of {@code labels} laid out left to right from {@code x}, a new row
   * whenever the next item would pass {@code maxX}: labels wrap to the next row, never shortened.
   * Returns, per item, its x and its row (0, 1, ...).
   */
  static double[][] legendLayout(List<String> labels, double x, double maxX) {
    double[][] out = new double[labels.size()][];
    double cx = x;
    int row = 0;
    for (int i = 0; i < labels.size(); i++) {
      double w = 18 + textWidth(labels.get(i)) + 18;
      if (cx > x && cx + w > maxX) {
        row++;
        cx = x;
      }
      out[i] = new double[] {cx, row};
      cx += w;
    }
    return out;
  }

  /** Rows a legend of {@code labels} needs from {@code x} to {@code maxX}. */
  static int legendRows(List<String> labels, double x, double maxX) {
    double[][] l = legendLayout(labels, x, maxX);
    return l.length == 0 ? 0 : (int) l[l.length - 1][1] + 1;
  }

  /**
   * A legend of {@code marks} and {@code labels} from {@code x} to {@code maxX}, first row at {@code
   * y}, rows {@value #LEGEND_ROW} px apart; returns the rows used.
   */
  int legend(double x, double y, double maxX, List<String> marks, List<String> labels) {
    double[][] l = legendLayout(labels, x, maxX);
    for (int i = 0; i < labels.size(); i++) {
      legendItem(l[i][0], y + l[i][1] * LEGEND_ROW, marks.get(i), labels.get(i));
    }
    return legendRows(labels, x, maxX);
  }

  /** Pixels between legend rows. */
  static final double LEGEND_ROW = 20;

  /** Pixels between the lines of a wrapped label. */
  static final double LINE = 15;

  /** An estimate of the width of {@code s} in the chart font (13 px): wide enough not to collide. */
  static double textWidth(String s) {
    return s.length() * 7.2;
  }

  /**
   * {@code label} broken at spaces into lines of at most {@code maxChars} characters (a longer word
   * stays whole on its own line): chart labels wrap instead of being cut short.
   */
  static List<String> wrap(String label, int maxChars) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Characters of a label that fit in {@code width} pixels. */
  static int fits(double width) {
    return Math.max(8, (int) (width / 7.2));
  }

  /**
   * A category label right-aligned at {@code x}, wrapped to fit {@code width}, its lines centred on
   * {@code yCentre}.
   */
  void label(String label, double x, double yCentre, double width, String... attrs) {
    List<String> lines = wrap(label, fits(width));
    double first = yCentre + 4 - (lines.size() - 1) * LINE / 2;
    String[] all = new String[attrs.length + 8];
    System.arraycopy(attrs, 0, all, 0, attrs.length);
    all[attrs.length] = "class";
    all[attrs.length + 1] = "category";
    all[attrs.length + 2] = "x";
    all[attrs.length + 3] = Num.px(x);
    all[attrs.length + 4] = "y";
    all[attrs.length + 5] = Num.px(first);
    all[attrs.length + 6] = "text-anchor";
    all[attrs.length + 7] = "end";
    if (lines.size() == 1) {
      text(label, all);
      return;
    }
    start("text", all);
    out.append('>');
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(Num.px(x)).append("\" dy=\"")
          .append(i == 0 ? "0" : Num.px(LINE)).append("\">").append(Html.escape(lines.get(i)))
          .append("</tspan>");
    }
    out.append("</text>\n");
  }

  /** Lines {@code label} takes at {@code width} pixels. */
  static int lines(String label, double width) {
    return wrap(label, fits(width)).size();
  }

  /** Closes the chart and returns its markup. */
  String finish() {
    out.append("</svg>\n");
    return out.toString();
  }

}
