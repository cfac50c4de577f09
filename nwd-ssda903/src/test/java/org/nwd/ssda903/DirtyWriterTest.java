package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.testkit.Ssda903Writer;
import org.nwd.testkit.Ssda903Writer.Injection;

/**
 * The testkit's dirty returns: every injected problem is in the import's report with its category,
 * file, line and child (children set aside by category and child), every category is injected, and
 * the import never throws on them.
 */
class DirtyWriterTest {
  @TempDir Path dir;

  static final Set<DataIssueCategory> SET_ASIDE =
      EnumSet.of(DataIssueCategory.OVERLAPPING_EPISODES, DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE);

  @Test
  void everyInjectionIsReported() {
    List<YoungPersonRecord> records = RoundTripTest.cohort(400, 11);
    Ssda903Writer.Written w =
        Ssda903Writer.of(RoundTripTest.COUNCIL, RoundTripTest.FIRST, RoundTripTest.LAST)
            .dirty(0.25, 5)
            .write(records, dir);
    Ssda903Result r =
        Ssda903Import.builder().council(RoundTripTest.COUNCIL).postcodes(RoundTripTest.lookup())
            .build().read(dir);
    List<DataIssue> issues = r.issues().issues();
    for (Injection in : w.injections()) {
      String child = RoundTripTest.COUNCIL + ":" + in.child();
      boolean found = issues.stream().anyMatch(i ->
          i.category() == in.category()
              && i.youngPersonId().map(Object::toString).orElse("").equals(child)
              && (SET_ASIDE.contains(in.category())
                  ? i.action() == DataIssueAction.SET_ASIDE
                  : i.file().equals(in.file()) && i.line() == in.line()));
      assertThat(found).as("%s reported", in).isTrue();
    }
    Set<DataIssueCategory> injected = EnumSet.noneOf(DataIssueCategory.class);
    w.injections().forEach(i -> injected.add(i.category()));
    assertThat(injected)
        .containsExactlyInAnyOrder(
            DataIssueCategory.UNKNOWN_CODE, DataIssueCategory.INVALID_DATE,
            DataIssueCategory.DATE_OUT_OF_RANGE, DataIssueCategory.END_BEFORE_START,
            DataIssueCategory.OVERLAPPING_EPISODES, DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE,
            DataIssueCategory.REASON_ON_OPEN_EPISODE, DataIssueCategory.PROVIDER_NOT_ALLOWED,
            DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE, DataIssueCategory.MISSING_OUTSIDE_CARE,
            DataIssueCategory.CHILD_NOT_IN_HEADER, DataIssueCategory.INVALID_POSTCODE,
            DataIssueCategory.DUPLICATE_ROW, DataIssueCategory.CHANGED_BETWEEN_RETURNS,
            DataIssueCategory.CENSORED);
    assertThat(r.issues().childrenSetAside()).isNotEmpty();
    assertThat(r.cohort().size()).isGreaterThan(w.children() / 2);
    // the ghost rows: one per injected child, at the rate
    long ghosts = w.injections().stream()
        .filter(i -> i.category() == DataIssueCategory.CHILD_NOT_IN_HEADER).count();
    assertThat(ghosts).isBetween((long) (w.children() * 0.25 * 0.6),
        (long) (w.children() * 0.25 * 1.4));
  }

  @Test
  void aCleanWriterInjectsNothing() {
    Ssda903Writer.Written w =
        Ssda903Writer.of(RoundTripTest.COUNCIL, 2025, 2026)
            .write(RoundTripTest.cohort(40, 3), dir);
    assertThat(w.injections()).isEmpty();
    assertThat(w.children()).isPositive();
  }
}
