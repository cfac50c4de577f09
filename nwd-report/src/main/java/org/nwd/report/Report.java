package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished report: one self-contained HTML page (inline CSS and SVG, no script, no network access)
 * whose charts each come with an accessible data table, and the same tables as CSV files.
 *
 * <p>Output is deterministic: the same inputs give byte-identical HTML and CSV. Nothing is dated
 * unless the caller passes a date to {@link ReportBuilder#generatedOn(String)}.
 *
 * <pre>{@code
 * Report report = Report.builder("No Wrong Door: cost avoidance")
 *     .costAvoidance(result)
 *     .monteCarlo(simulation)
 *     .build();
 * report.writeTo(Path.of("report.html"));
 * report.writeCsvTables(Path.of("report-tables"));
 * }</pre>
 */
public final class Report {
  private final String title;
  private final Optional<String> generatedOn;
  private final ImmutableList<Section> sections;

  Report(String title, Optional<String> generatedOn, List<Section> sections) {
    this.title = title;
    this.generatedOn = generatedOn;
    this.sections = ImmutableList.copyOf(sections);
  }

  /** Starts a report with this title. */
  public static ReportBuilder builder(String title) {
    return new ReportBuilder(title);
  }

  public String title() {
    return title;
  }

  /**
   * The headline panel as plain text, one fact or key figure a line, when the report has one: what a
   * reviewer reads to see a published figure change.
   */
  public Optional<String> headlineText() {
    return sections.stream().filter(s -> s.id.equals(Headline.ID)).findFirst().map(s -> s.text);
  }

  /** The ids of the tables, in page order; each is also its CSV file name without {@code .csv}. */
  public ImmutableList<String> tableIds() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Section s : sections) {
      s.tables.forEach(t -> out.add(t.id));
    }
    return out.build();
  }

  /** The whole page: HTML5 that is also well-formed XML (XHTML syntax), UTF-8. */
  public String toHtml() {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" ")
        .append("xml:lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n");
    generatedOn.ifPresent(
        d -> out.append("<p class=\"meta\">Produced ").append(Html.escape(d)).append("</p>\n"));
    if (sections.size() > 1) {
      out.append("<nav aria-label=\"Contents\">\n<ol>\n");
      for (Section s : sections) {
        out.append("<li><a href=\"#")
            .append(Html.escape(s.id))
            .append("\">")
            .append(Html.escape(s.heading))
            .append("</a></li>\n");
      }
      out.append("</ol>\n</nav>\n");
    }
    out.append("</header>\n");
    for (Section s : sections) {
      out.append("<section id=\"")
          .append(Html.escape(s.id))
          .append(s.id.equals(Headline.ID) ? "\" class=\"headline" : "")
          .append("\" data-section=\"")
          .append(Html.escape(s.kind))
          .append("\" aria-labelledby=\"")
          .append(Html.escape(s.id))
          .append("-heading\">\n<h2 id=\"")
          .append(Html.escape(s.id))
          .append("-heading\">")
          .append(Html.escape(s.heading))
          .append("</h2>\n")
          .append(s.body)
          .append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** Writes {@link #toHtml()} to {@code file} as UTF-8, replacing it if it exists. */
  public void writeTo(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
  }

  /**
   * Writes each table as {@code <table id>.csv} (RFC 4180, UTF-8, CRLF) into {@code dir}, creating it
   * if needed, and returns the files written in page order.
   */
  public ImmutableList<Path> writeCsvTables(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    ImmutableList.Builder<Path> written = ImmutableList.builder();
    for (Section s : sections) {
      for (Table t : s.tables) {
        Path file = dir.resolve(t.id + ".csv");
        Files.writeString(file, t.toCsv(), StandardCharsets.UTF_8);
        written.add(file);
      }
    }
    return written.build();
  }

  /** The CSV text of the table {@code id}. */
  public String csv(String id) {
    for (Section s : sections) {
      for (Table t : s.tables) {
        if (t.id.equals(id)) {
          return t.toCsv();
        }
      }
    }
    throw new IllegalArgumentException("no table with id '" + id + "'; tables: " + tableIds());
  }

  @Override
  public String toString() {
    return "Report{" + title + ", " + sections.size() + " sections}";
  }

  // No '<' or '&' in here: the page must stay well-formed XML.
  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;",
          "color:#1a1a1a;background:#fff;margin:0;line-height:1.5}",
          "main{max-width:1240px;margin:0 auto;padding:1rem 1.5rem}",
          "h1{font-size:1.8rem;line-height:1.2}",
          "h2{font-size:1.4rem;line-height:1.25;border-bottom:2px solid #0072B2;margin-top:2.5rem}",
          "h3{font-size:1.1rem;margin:1.5rem 0 .5rem}",
          "p,li,dd{max-width:80ch}",
          ".meta{color:#444}",
          ":focus-visible{outline:3px solid #E69F00;outline-offset:2px}",
          ".headline{background:#f2f7fb;border:2px solid #0072B2;padding:.25rem 1.25rem 1rem;",
          "margin-top:1rem}",
          ".headline h2{margin-top:.75rem}",
          "dl.facts{display:grid;grid-template-columns:minmax(8rem,13rem) 1fr;gap:.4rem 1rem;margin:0}",
          "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}",
          "ol.key-figures{padding-left:1.5rem}ol.key-figures li{margin:.6rem 0}",
          ".sentence{font-size:1.05rem;margin:0}.detail{margin:.15rem 0 0;font-size:.9rem;color:#333}",
          ".pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start;margin:1rem 0}",
          ".pair>figure{flex:1 1 560px;min-width:0;max-width:760px}",
          ".pair>.table-wrap{flex:1 1 360px;min-width:0}.pair>.table-wrap.wide{flex-basis:100%}",
          "figure{margin:0}figcaption{font-weight:bold;margin:.25rem 0 .5rem}",
          ".chart-box{overflow-x:auto}",
          "svg.chart{display:block;width:100%;min-width:520px;height:auto;font-size:13px}",
          "svg.chart text{fill:#1a1a1a}",
          ".grid{stroke:#ddd;stroke-width:1}.domain{stroke:#555;stroke-width:1}",
          ".axis-title{font-style:italic}",
          ".zero,.centre{stroke:#1a1a1a;stroke-width:1.5}",
          ".threshold{stroke:#D55E00;stroke-width:2;stroke-dasharray:6 3}",
          ".threshold-swatch{fill:#D55E00}",
          ".errorbar{fill:none;stroke-width:1.5}",
          ".errorbar.before{stroke:#0072B2}.errorbar.after{stroke:#D55E00}",
          ".errorbar.share{stroke:#1a1a1a}",
          ".point.before{fill:#fff;stroke:#0072B2;stroke-width:2}",
          ".point.after{fill:#D55E00}",
          ".swatch.before{fill:#fff;stroke:#0072B2;stroke-width:2}.swatch.after{fill:#D55E00}",
          ".low{fill:#0072B2}.high{fill:#E69F00}",
          ".interval{stroke:#0072B2;stroke-width:3}.swatch.interval{fill:#0072B2}",
          ".percentile{stroke:#1a1a1a;stroke-width:2}.p50{stroke-width:3}.swatch.p50{fill:#1a1a1a}",
          ".mean{fill:#E69F00;stroke:#1a1a1a}",
          ".percentile-label{font-size:11px}",
          ".suppressed-marker{font-weight:bold}",
          ".s0{fill:#0072B2}.s1{fill:#E69F00}.s2{fill:#009E73}.s3{fill:#CC79A7}",
          ".s4{fill:#56B4E9}.s5{fill:#D55E00}.s6{fill:#F0E442}.s7{fill:#000}",
          ".bar{stroke:#fff;stroke-width:.5}",
          ".table-wrap{overflow-x:auto;max-width:100%;margin:.5rem 0}",
          "table.data{border-collapse:collapse;font-size:.9rem}",
          "table.data caption{text-align:left;font-weight:bold;padding:.3rem 0;caption-side:top}",
          "table.data th,table.data td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top}",
          "table.data thead th{background:#eef3f8}",
          "table.data tbody th{text-align:left;font-weight:normal}",
          "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
          "td.text{text-align:left;min-width:5rem;overflow-wrap:break-word}",
          "td.long{overflow-wrap:anywhere;min-width:11rem}",
          "td.suppressed{font-weight:bold}",
          ".note{font-size:.9rem;color:#333}",
          ".method{border-left:4px solid #0072B2;background:#f7f7f7;padding:.1rem 1rem;margin:1rem 0}",
          ".method h3{margin-top:.75rem}",
          "@media (max-width:640px){",
          "main{padding:.5rem .75rem}h1{font-size:1.45rem}h2{font-size:1.2rem}",
          ".headline{padding:.25rem .75rem .75rem}",
          "dl.facts{grid-template-columns:1fr;gap:.1rem}dl.facts dd{margin-bottom:.5rem}",
          "}",
          "@page{size:A4;margin:14mm 12mm}",
          "@media print{",
          "body{font-size:10pt;line-height:1.35}main{max-width:none;padding:0}",
          "nav{display:none}h2{margin-top:1.2rem}",
          ".pair{display:block}.pair>figure{max-width:none}",
          ".chart-box,.table-wrap{overflow:visible}",
          "svg.chart{min-width:0;width:100%;max-height:235mm}",
          "figure,.chart-box,svg,tr,thead,.key-figures li,dl.facts,.method{break-inside:avoid}",
          "h2,h3,figcaption,caption{break-after:avoid}",
          "table.data{font-size:8pt}td.text{min-width:0}td.long{min-width:9rem}",
          "td.num{white-space:normal}",
          "}",
          "");
}
