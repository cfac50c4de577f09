/**
 * Self-contained, accessible HTML reports of nwd results: one HTML file with inline CSS and inline SVG
 * charts (no script, no network), each chart with its numbers in a captioned data table, small cells
 * suppressed, and every table exportable as RFC 4180 CSV. Depends on nwd-core only.
 *
 * <p>Start at {@link org.nwd.report.Report#builder(String)}.
 */
@org.nwd.NwdStyle
@NullMarked
package org.nwd.report;

import org.jspecify.annotations.NullMarked;
