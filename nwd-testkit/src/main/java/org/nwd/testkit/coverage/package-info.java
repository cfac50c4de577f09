/**
 * A coverage study of nwd's rate-ratio intervals that anyone can run: cohorts simulated with a known
 * effect under realistic data shapes (pure Poisson; gamma-Poisson overdispersion at dispersion 1, 2
 * and 5; days in runs) and sizes (30, 100, 1,000 young people), and for each interval method the
 * observed coverage of its intervals and their mean width ({@link
 * org.nwd.testkit.coverage.CoverageStudy}). The command and the measured table are in nwd-core's
 * README.
 */
@NwdStyle
@NullMarked
package org.nwd.testkit.coverage;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
