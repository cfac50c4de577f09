package org.nwd.report;

import org.nwd.impact.DisclosureControl;

/** Markup the sections share: a numbered figure beside its table, a method note, the marker note. */
final class Blocks {
  private Blocks() {}

  /**
   * A chart and the table of its numbers side by side (stacked on a narrow screen or on paper). The
   * figure's caption, "Figure N. ...", sits above the chart; the chart scrolls sideways in its own
   * box on a narrow screen rather than shrinking its text out of reach.
   */
  static void figure(StringBuilder body, Context c, String svg, String caption, Table table) {
    int n = c.nextFigure();
    String captionId = table.id + "-figure";
    body.append("<div class=\"pair\">\n<figure class=\"chart-figure\" aria-labelledby=\"")
        .append(Html.escape(captionId))
        .append("\">\n<figcaption id=\"")
        .append(Html.escape(captionId))
        .append("\">Figure ")
        .append(n)
        .append(". ")
        .append(Html.escape(caption))
        .append("</figcaption>\n<div class=\"chart-box\" role=\"region\" tabindex=\"0\" "
            + "aria-labelledby=\"")
        .append(Html.escape(captionId))
        .append("\">\n")
        .append(svg)
        .append("</div>\n</figure>\n");
    table.appendHtml(body);
    body.append("</div>\n");
  }

  /** "How these figures were worked out", one paragraph per string (escaped). */
  static void method(StringBuilder body, String... paragraphs) {
    body.append("<div class=\"method\">\n<h3>How these figures were worked out</h3>\n");
    for (String p : paragraphs) {
      body.append("<p>").append(Html.escape(p)).append("</p>\n");
    }
    body.append("</div>\n");
  }

  /** What [c] and [d] mean under {@code dc}. */
  static void suppressionNote(StringBuilder body, DisclosureControl dc) {
    body.append("<p class=\"note suppression\">").append(Html.escape(dc.markerNote()))
        .append("</p>\n");
  }
}
