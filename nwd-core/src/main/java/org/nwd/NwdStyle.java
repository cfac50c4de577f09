package org.nwd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract type: the
 * public API is the abstract type with its {@code of}/{@code builder} factories. Builders check every
 * mandatory attribute ({@code strictBuilder}) and {@code @Value.Check} methods validate on construction.
 * A required attribute left unset is a {@link DomainRuleException} naming it ({@code
 * throwForInvalidImmutableState}); {@code null} stays a {@code NullPointerException} naming the
 * parameter, the library-wide convention for a programming error (not bad data).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    strictBuilder = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    optionalAcceptNullable = false,
    allParameters = false,
    throwForInvalidImmutableState = DomainRuleException.class)
public @interface NwdStyle {}
