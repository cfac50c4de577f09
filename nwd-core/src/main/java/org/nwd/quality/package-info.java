/**
 * Data quality: the row-level report of what an import rejected, set aside, repaired, kept or ignored
 * ({@link org.nwd.quality.DataIssueReport} of {@link org.nwd.quality.DataIssue}s). It lives in nwd-core
 * so that every importer (the SSDA903 reader, a vendor's own mapping) reports its rows the same way and
 * nwd-json can write the report without depending on any importer.
 *
 * <p>Values in a report are personal data only after masking: {@link
 * org.nwd.quality.DataIssue#shape(String)} keeps the form of a value (letters as {@code A}, digits as
 * {@code 9}) and drops its content; {@link org.nwd.quality.DataIssue#shown(String)} bounds and escapes
 * a code. No {@code toString} carries a name, a birth date or free text.
 */
@NwdStyle
@NullMarked
package org.nwd.quality;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
