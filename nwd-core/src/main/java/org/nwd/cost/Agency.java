package org.nwd.cost;

import java.util.Locale;
import java.util.Objects;
import org.nwd.DomainRuleException;

/**
 * The public body that bears a fiscal cost or makes the saving (UCD agency level 1), e.g. the local
 * authority's children's services, the police or the NHS. Economic and social values have
 * {@link #NOT_APPLICABLE}; a cost whose bearer the source does not give has {@link #UNSPECIFIED}.
 *
 * <p>The list is open (the UCD names legal aid, Cafcass, courts ...): {@link #of} takes any name, and two
 * agencies are equal when their names match ignoring case.
 */
public final class Agency implements Comparable<Agency> {
  public static final Agency LOCAL_AUTHORITY = new Agency("Local Authority");
  public static final Agency POLICE = new Agency("Police");
  public static final Agency NHS = new Agency("NHS");
  public static final Agency CRIMINAL_JUSTICE = new Agency("Criminal Justice System");
  public static final Agency EDUCATION = new Agency("Education");
  public static final Agency DWP = new Agency("DWP");
  public static final Agency HMRC = new Agency("HMRC");
  /** Several agencies; use the constituent rows to split it. */
  public static final Agency MULTIPLE = new Agency("Multiple");
  public static final Agency UNSPECIFIED = new Agency("unspecified");
  public static final Agency NOT_APPLICABLE = new Agency("not applicable");

  private final String name;

  private Agency(String name) {
    this.name = name;
  }

  /** The agency with this name (trimmed); must not be blank. */
  public static Agency of(String name) {
    Objects.requireNonNull(name, "name");
    DomainRuleException.require(!name.isBlank(), "agency", "agency name is blank");
    return new Agency(name.trim());
  }

  public String name() {
    return name;
  }

  private String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public int compareTo(Agency o) {
    return key().compareTo(o.key());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Agency && ((Agency) o).key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
