package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.YearMonth;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.nwd.DomainRuleException;

/** Shared test data: pseudonymous ids, dates and small valid values. */
final class Fixtures {
  static final YoungPersonId YP1 = YoungPersonId.of("YP-0001");
  static final YoungPersonId YP2 = YoungPersonId.of("YP-0002");
  static final HubId HUB_EAST = HubId.of("HUB-EAST");
  static final HubId HUB_WEST = HubId.of("HUB-WEST");
  static final WorkerId W1 = WorkerId.of("W-001");
  static final WorkerId W2 = WorkerId.of("W-002");
  static final WorkerId W3 = WorkerId.of("W-003");
  static final String LA = "E10000023";
  static final YearMonth BORN = YearMonth.of(2010, 3);

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static DatePeriod p(String text) {
    return DatePeriod.parse(text);
  }

  static YoungPerson person(YoungPersonId id) {
    return YoungPerson.builder().id(id).birthMonth(BORN).localAuthority(LA).build();
  }

  static YoungPerson person() {
    return person(YP1);
  }

  static Hub hub(HubId id) {
    return Hub.builder()
        .id(id)
        .name("Hub " + id)
        .localAuthority(LA)
        .residentialBeds(4)
        .emergencyBeds(2)
        .addServices(HubService.RESIDENTIAL, HubService.OUTREACH)
        .build();
  }

  static HubEpisode episode(YoungPersonId id, HubId hub, HubEpisodeKind kind, String period) {
    DatePeriod dp = p(period);
    HubEpisode.Builder b = HubEpisode.builder().youngPersonId(id).hubId(hub).kind(kind).period(dp);
    if (!dp.isOpen()) {
      b.endReason(EndReason.HOME_OR_FAMILY).planned(true);
    }
    return b.build();
  }

  static Placement placement(YoungPersonId id, String period) {
    return Placement.builder()
        .youngPersonId(id)
        .period(p(period))
        .type(PlacementType.U4)
        .provider(PlacementProvider.PR1)
        .insideCouncilArea(true)
        .build();
  }

  /** Asserts a {@link DomainRuleException} with this field and exact message. */
  static void assertRule(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(message)
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo(field);
  }

  /** A NullPointerTester that knows valid defaults for the model's parameter types. */
  static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(YoungPersonId.class, YP1)
        .setDefault(HubId.class, HUB_EAST)
        .setDefault(WorkerId.class, W1)
        .setDefault(LocalDate.class, d("2024-01-01"))
        .setDefault(YearMonth.class, BORN)
        .setDefault(String.class, "x")
        .setDefault(DatePeriod.class, p("2024-01-01/.."))
        .setDefault(YoungPerson.class, person())
        .setDefault(OutcomeMeasure.class, StandardMeasures.MISSING_INCIDENTS)
        .setDefault(ShortTermThreshold.class, ShortTermThreshold.defaultThreshold());
  }
}
