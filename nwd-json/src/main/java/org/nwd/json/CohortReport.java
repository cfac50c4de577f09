package org.nwd.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nwd.model.Cohort;

/**
 * The outcome of checking a whole cohort document with {@link NwdJson#checkCohort}: either the
 * cohort, when the document is complete and valid, or every problem found, never both. A document
 * with problems gives no cohort at all, so a partial cohort is never taken for a complete one.
 *
 * <p>Problems confined to one hub or record (a wrong type, a bad code or date, a broken domain rule,
 * an unknown field in strict mode, a duplicate id, an episode naming an unknown hub) are collected and
 * reading goes on with the next hub or record. Malformed JSON, a broken {@link NwdJsonLimits limit},
 * truncated input or a broken envelope stop the reading: that problem is the last one listed and
 * {@link #readToEnd()} is false, since what follows it cannot be read. Like {@link
 * NwdJsonException}, problems never echo personal data.
 *
 * @param cohort the cohort, present only when there are no problems
 * @param problems every problem found, in document order
 * @param unknownFields the unknown fields a lenient reader skipped
 * @param readToEnd true when the whole document was read, so that {@code problems} is the full list
 */
public record CohortReport(
    Optional<Cohort> cohort,
    List<Problem> problems,
    List<UnknownField> unknownFields,
    boolean readToEnd) {

  /**
   * One problem: where it is (JSON pointer, 1-based line and column, -1 when unknown), the field and
   * the rule broken, as in {@link NwdJsonException}.
   *
   * @param pointer the JSON pointer of the offending value, e.g. {@code /records/3/youngPerson/id}
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param field the field whose value broke the rule; empty for document-level problems
   * @param rule the rule broken, including the offending value where it is not personal data
   */
  public record Problem(String pointer, int line, int column, String field, String rule) {
    /** Checks the texts are given. */
    public Problem {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(rule, "rule");
    }

    static Problem of(NwdJsonException e) {
      return new Problem(e.pointer(), e.line(), e.column(), e.field(), e.rule());
    }

    /** As {@link NwdJsonException#getMessage()}: pointer, line, column, field, rule. */
    @Override
    public String toString() {
      return new NwdJsonException(pointer, line, column, field, rule, null).getMessage();
    }
  }

  /** Checks that a report holds a cohort or problems, never both, and copies the lists. */
  public CohortReport {
    Objects.requireNonNull(cohort, "cohort");
    problems = ImmutableList.copyOf(problems);
    unknownFields = ImmutableList.copyOf(unknownFields);
    if (cohort.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException(
          "a cohort report holds a cohort or problems, never both nor neither ("
              + problems.size() + " problems)");
    }
    if (cohort.isPresent() && !readToEnd) {
      throw new IllegalArgumentException("a cohort report with a cohort must have read to the end");
    }
  }

  /** True when the document is a complete, valid cohort. */
  public boolean isValid() {
    return cohort.isPresent();
  }

  /**
   * The cohort.
   *
   * @throws NwdJsonException the first problem, when there are problems (the message counts them)
   */
  public Cohort cohortOrThrow() {
    if (cohort.isPresent()) {
      return cohort.get();
    }
    Problem first = problems.get(0);
    String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems)";
    throw new NwdJsonException(
        first.pointer(), first.line(), first.column(), first.field(), first.rule() + more, null);
  }

  /** Every problem, one per line, for logs and command-line tools. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      out.append(p).append('\n');
    }
    if (!readToEnd) {
      out.append("reading stopped at the last problem: later parts of the document were not checked\n");
    }
    return out.toString();
  }
}
