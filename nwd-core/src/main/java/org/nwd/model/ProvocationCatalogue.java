package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/** One adopter's provocations, with unique ids. */
@Value.Immutable
public abstract class ProvocationCatalogue {
  private static final String NY_SOURCE = "https://themj.co.uk/One-door-to-a-brighter-future/216080";

  /** Whose catalogue. */
  public abstract String adopter();

  /** The provocations, each of this adopter, ids unique. */
  public abstract ImmutableList<Provocation> provocations();

  @Value.Check
  void check() {
    Checks.requireNotBlank(adopter(), "adopter", "adopter");
    Set<String> ids = new HashSet<>();
    for (Provocation p : provocations()) {
      DomainRuleException.require(
          ids.add(p.id()), "provocations", "duplicate provocation id %s in catalogue", p.id());
      DomainRuleException.require(
          p.adopter().equals(adopter()),
          "provocations",
          "provocation %s belongs to adopter %s, not %s",
          p.id(),
          SafeText.bounded(p.adopter()),
          SafeText.bounded(adopter()));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProvocationCatalogue}. */
  public static final class Builder extends ImmutableProvocationCatalogue.Builder {}

  /** The provocation with {@code id}, if any. */
  public Optional<Provocation> find(String id) {
    Objects.requireNonNull(id, "id");
    return provocations().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * An <em>example</em> set: the five North Yorkshire provocations quoted in The MJ (nwd-model.md
   * section 6), which introduces them "for example". Not an official, complete or current list. The
   * effective date 2015-04-01 (start of the first reported programme period) is a placeholder, not a
   * sourced adoption date.
   */
  public static ProvocationCatalogue northYorkshireExample() {
    String adopter = "North Yorkshire";
    LocalDate from = LocalDate.of(2015, 4, 1);
    Builder b = builder().adopter(adopter);
    String[][] rows = {
      {"good_enough_for_my_child", "Would this be good enough for my child?"},
      {
        "risk_for_whom",
        "Are we managing risk for the organisation or risk to the young person?"
      },
      {
        "shared_parenting",
        "Is there a shared approach to parenting the young person from across partner agencies?"
      },
      {"adult_at_20_35_50", "What kind of adult do we want them to be at 20, 35, 50?"},
      {"family_based_setting", "Young people cared for in family-based setting"}
    };
    for (String[] row : rows) {
      b.addProvocations(
          Provocation.builder()
              .id(row[0])
              .text(row[1])
              .adopter(adopter)
              .effectiveFrom(from)
              .source(NY_SOURCE)
              .build());
    }
    return b.build();
  }
}
