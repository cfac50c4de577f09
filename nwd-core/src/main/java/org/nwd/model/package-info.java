/**
 * The No Wrong Door domain model: young people and their care status, referrals, hubs and hub
 * episodes, the team around the child, provocations and the decisions they inform, outcome measures
 * with their per-person observations, SSDA903 placements, impact stories, and the record and cohort
 * that hold them.
 *
 * <p>Every type is an immutable value validated on construction: a broken rule throws {@link
 * org.nwd.DomainRuleException} naming the field, the value and the rule, and a null throws {@link
 * NullPointerException} naming the parameter. Identifiers are pseudonymous; no {@code toString} or
 * message carries a name, a birth month or free text. Periods are half-open ({@link
 * org.nwd.model.DatePeriod}).
 */
@NwdStyle
@NullMarked
package org.nwd.model;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
