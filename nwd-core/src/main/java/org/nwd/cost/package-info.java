/**
 * Cost avoidance in the style of the GMCA CBA model and the HM Treasury Green Book: exact money,
 * price years and GDP-deflator uprating, unit costs with provenance, the mapping from outcome measures
 * to unit costs, the deterministic cost-avoidance model, and its sensitivity and Monte Carlo analyses.
 *
 * <p>Entry points: {@link org.nwd.cost.CostAvoidanceModel#run(org.nwd.cost.Appraisal)},
 * {@link org.nwd.cost.Sensitivity} and {@link org.nwd.cost.MonteCarlo}. Method reference:
 * methods.md §2-§4 and §6 of the domain reference.
 *
 * <p>Out of the box an appraisal runs in today's prices on shipped data (copies of the domain
 * reference, December 2026): the HM Treasury GDP deflator of March 2026 ({@link
 * org.nwd.cost.GdpDeflator#hmtMarch2026()}, 2024/25 = 100, forecasts to 2030/31), the current
 * unit-cost catalogue with the GMCA v1.4 rows kept ({@link org.nwd.cost.UnitCostCatalogue#defaults()}),
 * the proposed outcome-to-cost mapping ({@link org.nwd.cost.OutcomeCostMapping#proposedDefault()})
 * and the standard reading of month and calendar-year price years ({@link
 * org.nwd.cost.PriceYearMapping#standard()}). Every default used is listed in the result, and the
 * result's {@link org.nwd.cost.PriceBasis} names the price base, the deflator's vintage and the
 * forecast years used.
 */
@NwdStyle
@NullMarked
package org.nwd.cost;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
