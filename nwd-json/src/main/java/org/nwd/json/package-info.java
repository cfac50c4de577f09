/**
 * JSON for nwd: a lossless, versioned document format with a published JSON Schema for cohorts,
 * young-person records, statistics, impact and cost-avoidance results, appraisal inputs, Monte Carlo
 * and sensitivity results, and explanations.
 *
 * <p>Start with {@link org.nwd.json.NwdJson#strict()} or {@link org.nwd.json.NwdJson#lenient()}:
 * {@code write}, {@code read}, the streaming {@link org.nwd.json.CohortReader} and {@link
 * org.nwd.json.CohortWriter}, and {@link org.nwd.json.NwdJson#checkCohort} for every problem of a
 * cohort document at once ({@link org.nwd.json.CohortReport}). For bare model values inside your own JSON, register {@link
 * org.nwd.json.NwdJsonModule} on an {@code ObjectMapper}. Every problem is an {@link
 * org.nwd.json.NwdJsonException} that names its JSON pointer, line and column, field and rule.
 * Jackson lives here only: nwd-core does not depend on it.
 */
package org.nwd.json;
