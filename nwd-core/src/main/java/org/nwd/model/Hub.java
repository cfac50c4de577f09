package org.nwd.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A No Wrong Door hub: a registered children's home with residential and emergency beds that also runs
 * outreach, community families and supported lodgings. North Yorkshire's two hubs each have four beds
 * plus two emergency beds.
 */
@Value.Immutable
public abstract class Hub {

  /** The hub's id. */
  public abstract HubId id();

  /** The hub's name, e.g. "Scarborough". */
  public abstract String name();

  /** The local authority that runs it. */
  public abstract String localAuthority();

  /** Planned residential beds. */
  public abstract int residentialBeds();

  /** Emergency beds. */
  public abstract int emergencyBeds();

  /** The services it manages. */
  public abstract ImmutableSet<HubService> services();

  @Value.Check
  void check() {
    Checks.requireNotBlank(name(), "name", "hub name");
    Checks.requireNotBlank(localAuthority(), "localAuthority", "local authority");
    DomainRuleException.require(
        residentialBeds() >= 0,
        "residentialBeds",
        "residential beds %s is negative",
        residentialBeds());
    DomainRuleException.require(
        emergencyBeds() >= 0, "emergencyBeds", "emergency beds %s is negative", emergencyBeds());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Hub}. */
  public static final class Builder extends ImmutableHub.Builder {}
}
