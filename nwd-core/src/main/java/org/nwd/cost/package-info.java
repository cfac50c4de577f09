/**
 * Cost avoidance in the style of the GMCA CBA model and the HM Treasury Green Book: exact money,
 * price years and GDP-deflator uprating, unit costs with provenance, the mapping from outcome measures
 * to unit costs, the deterministic cost-avoidance model, and its sensitivity and Monte Carlo analyses.
 *
 * <p>Entry points: {@link org.nwd.cost.CostAvoidanceModel#run(org.nwd.cost.Appraisal)},
 * {@link org.nwd.cost.Sensitivity} and {@link org.nwd.cost.MonteCarlo}. Method reference:
 * methods.md §2-§4 and §6 of the domain reference.
 */
@NwdStyle
package org.nwd.cost;

import org.nwd.NwdStyle;
