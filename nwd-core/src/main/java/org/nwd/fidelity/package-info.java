/**
 * Fidelity to the No Wrong Door model, measured from case data and set beside impact.
 *
 * <p>No published fidelity tool exists (nwd-model.md section 10): every {@link
 * org.nwd.fidelity.FidelityIndicator indicator} here is the library's <b>proposal</b> for measuring a
 * sourced principle of the model (quick way in and slow way out, one key worker who stays, embedded
 * specialists, short residential stays, permanence in a family or community, provocations guiding
 * decisions), and every default threshold, weight and band is a proposal an adopter replaces with its
 * own. A {@link org.nwd.fidelity.FidelityRubric rubric} says which indicators count, with their
 * thresholds and weights, and how scores fall into bands; it is data (readable from JSON), so two
 * councils' rubrics can differ.
 *
 * <p>A {@link org.nwd.fidelity.FidelityAssessment} applies a rubric to records as of a date: one
 * {@link org.nwd.fidelity.FidelityProfile} per young person (each indicator met, not met, unknown or
 * not applicable; missing data is never counted as met) and a {@link
 * org.nwd.fidelity.CohortFidelity} for the cohort. {@link org.nwd.fidelity.FidelityImpact} sets
 * fidelity beside an {@link org.nwd.impact.ImpactAnalysis}: impact per fidelity band, with the same
 * statistics and small-cell suppression as any breakdown, and a {@link
 * org.nwd.fidelity.DoseResponse dose-response} slope of outcome change on fidelity score. Both are
 * associations in observational data, not effects of fidelity.
 */
@NwdStyle
@NullMarked
package org.nwd.fidelity;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
