/**
 * The SSDA903 import: a council's looked-after-children returns (the CSV tables analysts and the
 * validators use, or the DfE XML), for one or more collection years, read into the nwd domain model
 * with a row-level {@link org.nwd.quality.DataIssueReport}.
 *
 * <p>Start with {@link org.nwd.ssda903.Ssda903Import}: give it the council, optionally a {@link
 * org.nwd.ssda903.PostcodeDirectory} for placement locations, and the files with their {@link
 * org.nwd.ssda903.CollectionYear}s ({@link org.nwd.ssda903.Ssda903Source}). The {@link
 * org.nwd.ssda903.Ssda903Result} holds the cohort, the issue report and the data coverage. The field
 * by field mapping is in the module's README.
 */
@NwdStyle
@NullMarked
package org.nwd.ssda903;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
