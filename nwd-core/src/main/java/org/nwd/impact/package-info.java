/**
 * Before/after impact analysis of a No Wrong Door cohort (methods.md sections 3.1 and 5).
 *
 * <p>An {@link org.nwd.impact.ImpactAnalysis} defines the index date per young person, the windows
 * before and after it, the measures with their {@link org.nwd.impact.MeasureDerivation derivations},
 * the days not at risk (custody by default), the period the data covers and the eligibility policy.
 * Running it over a {@link org.nwd.model.Cohort} (or a stream of records, in one pass) gives an
 * {@link org.nwd.impact.ImpactResult}: per-measure totals, rates, rate ratios, paired tests and events
 * avoided, labelled with the design level; the NWD indicators; breakdowns with small-cell suppression;
 * and every young person left out, with the reason. With a comparison cohort it adds
 * difference-in-differences.
 *
 * <p>Per-person results fold into an {@link org.nwd.impact.ImpactAccumulator} whose merge is
 * associative and commutative: the same people in any order or partition give an equal result.
 */
@NwdStyle
@NullMarked
package org.nwd.impact;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
