/**
 * Exact, pure statistics for before/after impact with small cohorts (methods.md section 5).
 *
 * <p>Every result is an immutable value that records its method name, its {@link
 * org.nwd.stats.ConfidenceLevel} and an {@link org.nwd.Explanation}. Results that cannot be computed
 * (for example a rate ratio with no events before or after, or a percentage change from zero) are
 * reported as undefined with a reason, never as NaN. An unbounded upper limit is a real {@code
 * +Infinity} and prints as {@code +infinity}.
 *
 * <p>Building blocks: {@link org.nwd.stats.Rate} (Garwood), {@link org.nwd.stats.RateRatio} (exact
 * conditional or log-Wald), {@link org.nwd.stats.PercentChange}, {@link
 * org.nwd.stats.WilcoxonSignedRank} (exact with ties and zeros below 50 changes), {@link
 * org.nwd.stats.PairedMeanChange} with {@link org.nwd.stats.PairedEffectSize} (d_z, noncentral t)
 * and {@link org.nwd.stats.HedgesG}, {@link org.nwd.stats.Proportion} (Wilson), {@link
 * org.nwd.stats.McNemarTest} (exact or corrected), {@link org.nwd.stats.PairedProportions}
 * (Newcombe) and {@link org.nwd.stats.ConditionalOddsRatio} (exact) for paired yes/no statuses,
 * {@link org.nwd.stats.DifferenceInDifferences} (seeded percentile
 * bootstrap over people) and {@link org.nwd.stats.RatioOfRateRatios}.
 */
@NwdStyle
package org.nwd.stats;

import org.nwd.NwdStyle;
