/**
 * Exact, pure statistics for before/after impact with small cohorts (methods.md section 5).
 *
 * <p>Every result is an immutable value that records its method name, its {@link
 * org.nwd.stats.ConfidenceLevel} and an {@link org.nwd.Explanation}. Results that cannot be computed
 * (for example a rate ratio with no events before or after, or a percentage change from zero) are
 * reported as undefined with a reason, never as NaN. An unbounded upper limit is a real {@code
 * +Infinity} and prints as {@code +infinity}.
 *
 * <p>Building blocks: {@link org.nwd.stats.Rate} (Garwood), {@link org.nwd.stats.RateRatio} (by
 * default cluster-robust from the mergeable {@link org.nwd.stats.PersonCountSums}, each young person a
 * cluster; the seeded person bootstrap, percentile or BCa, from {@link org.nwd.stats.PersonCounts};
 * the Poisson exact conditional and log-Wald intervals by name: {@link
 * org.nwd.stats.RateRatioMethod}), {@link org.nwd.stats.PercentChange}, {@link
 * org.nwd.stats.WilcoxonSignedRank} (exact with ties and zeros below 50 changes), {@link
 * org.nwd.stats.PairedMeanChange} with {@link org.nwd.stats.PairedEffectSize} (d_z, noncentral t)
 * and {@link org.nwd.stats.HedgesG}, {@link org.nwd.stats.Proportion} (Wilson), {@link
 * org.nwd.stats.McNemarTest} (exact or corrected), {@link org.nwd.stats.PairedProportions}
 * (Newcombe) and {@link org.nwd.stats.ConditionalOddsRatio} (exact) for paired yes/no statuses,
 * {@link org.nwd.stats.DifferenceInDifferences} (seeded percentile bootstrap over people), {@link
 * org.nwd.stats.RatioOfRateRatios} (clustered, the two groups' variances added) and {@link
 * org.nwd.stats.HolmAdjustment}.
 *
 * <p><b>Coverage study.</b> Whether an interval covers as it claims is measured by simulation, not
 * by agreement with a formula. One command simulates cohorts with a known rate ratio under pure
 * Poisson counts, gamma-Poisson overdispersion (dispersion 1, 2 and 5) and days in runs, at 30, 100
 * and 1,000 young people, and prints each method's coverage of 95% intervals and mean width:
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests -Dpit.skip
 * java -cp "$(cat examples/target/classpath.txt)" org.nwd.examples.CoverageStudyCommand
 * </pre>
 *
 * <p>The measured table is in nwd-core's README: the default covers 93.4-95.5% on every shape with
 * at least 100 young people; the Poisson intervals fall to 65% at dispersion 5 and about 30% for days
 * in runs. The engine is {@code org.nwd.testkit.coverage.CoverageStudy}.
 */
@NwdStyle
@NullMarked
package org.nwd.stats;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
