/**
 * No Wrong Door: the project-wide pieces every package shares, namely the Immutables style
 * ({@link org.nwd.NwdStyle}), domain-rule errors ({@link org.nwd.DomainRuleException}) and
 * explanations of computed figures ({@link org.nwd.Explanation}).
 */
@NwdStyle
@NullMarked
package org.nwd;

import org.jspecify.annotations.NullMarked;
