package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Small-cell suppression: primary cells, secondary protection, and an independent audit. */
class SuppressedTableTest {

  private static SuppressedTable table(long[][] counts, int threshold) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rows.add("r" + i);
    }
    List<String> cols = new ArrayList<>();
    for (int j = 0; j < counts[0].length; j++) {
      cols.add("c" + j);
    }
    return SuppressedTable.of("t", rows, cols, counts, threshold);
  }

  @Test
  void primaryAndSecondarySuppression() {
    // Row totals 23, 24, 60; column totals 33, 44, 30; grand total 107.
    SuppressedTable t = table(new long[][] {{3, 10, 10}, {10, 4, 10}, {20, 30, 10}}, 5);
    // 3 and 4 are primary. 3 alone in row 0 would be 23 - 10 - 10: so row 0 needs a second cell,
    // and so do column 0, row 1 and column 1. The cheapest closing cells are 3 <-> 4 via (0,1), (1,0)
    // (values 10 each): a 2 x 2 block.
    assertThat(t.isSuppressed(0, 0)).isTrue();
    assertThat(t.isSuppressed(1, 1)).isTrue();
    assertThat(t.isSuppressed(0, 1)).isTrue();
    assertThat(t.isSuppressed(1, 0)).isTrue();
    assertThat(t.suppressedCount()).isEqualTo(4);
    assertThat(t.published(2, 2)).hasValue(10);
    assertThat(t.published(0, 0)).isEmpty();
    assertThat(t.published(0, 3)).hasValue(23); // row total
    assertThat(t.published(3, 3)).hasValue(107); // grand total
    assertThat(t.value(0, 0)).isEqualTo(3);
    assertThat(t.rows()).isEqualTo(3);
    assertThat(t.columns()).isEqualTo(3);
    assertThat(t.render())
        .isEqualTo(
            "t       c0   c1  c2  total\n"
                + "--------------------------\n"
                + "r0     [c]  [d]  10     23\n"
                + "r1     [d]  [c]  10     24\n"
                + "r2      20   30  10     60\n"
                + "total   33   44  30    107\n"
                + "[c] suppressed: fewer than 5 young people or events (1 to 4), or a figure computed"
                + " from such a count. [d] suppressed to protect a [c] figure: with the totals it would"
                + " reveal it by subtraction.\n");
    assertThat(t.suppression(0, 0)).isEqualTo(Suppression.PRIMARY);
    assertThat(t.suppression(0, 1)).isEqualTo(Suppression.SECONDARY);
    assertThat(t.suppression(2, 2)).isEqualTo(Suppression.NONE);
    assertThat(t.toString()).isEqualTo(t.render());
  }

  @Test
  void zerosArePublishedAndUsedOnlyAsALastResort() {
    SuppressedTable t = table(new long[][] {{0, 3, 9}, {0, 8, 9}}, 5);
    assertThat(t.published(0, 0)).hasValue(0);
    assertThat(t.isSuppressed(0, 1)).isTrue();
    // Row 0: 3 and its partner 9 (cost 10) rather than the 0; then row 1 mirrors them.
    assertThat(t.isSuppressed(0, 2)).isTrue();
    assertThat(t.isSuppressed(1, 1)).isTrue();
    assertThat(t.isSuppressed(1, 2)).isTrue();
    assertThat(t.isSuppressed(1, 0)).isFalse();
    assertThat(audit(t)).isEmpty();
  }

  @Test
  void smallTotalsAreSuppressedAndOneRowTablesProtectThemselves() {
    // One row: the column totals repeat the row, so they must go too.
    SuppressedTable t = table(new long[][] {{2, 7, 8}}, 5);
    assertThat(t.isSuppressed(0, 0)).isTrue();
    assertThat(t.isSuppressed(1, 0)).isTrue();
    assertThat(audit(t)).isEmpty();
    SuppressedTable small = table(new long[][] {{1, 1}, {1, 0}}, 5);
    assertThat(small.isSuppressed(2, 2)).isTrue(); // grand total 3
    assertThat(audit(small)).isEmpty();
    // Threshold 1 suppresses nothing.
    assertThat(table(new long[][] {{1, 2}, {3, 4}}, 1).suppressedCount()).isZero();
  }

  @Test
  void rules() {
    assertThatThrownBy(() -> table(new long[][] {{1}}, 0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("suppression threshold 0 must be at least 1");
    assertThatThrownBy(() -> table(new long[][] {{-1}}, 5))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("table t has a negative count -1");
    assertThatThrownBy(() -> SuppressedTable.of("t", List.of("a", "b"), List.of("x"), new long[][] {{1}}, 5))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("table t has 1 rows of counts for 2 row labels");
    assertThatThrownBy(() -> SuppressedTable.of("t", List.of("a"), List.of("x", "y"), new long[][] {{1}}, 5))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("table t has a row of 1 counts for 2 columns");
    assertThatThrownBy(() -> SuppressedTable.of("t", List.of(), List.of("x"), new long[][] {}, 5))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("table t needs at least one row and one column");
  }

  @Property(tries = 150)
  void suppressionNeverRevealsASuppressedCell(
      @ForAll @IntRange(min = 1, max = 5) int rows,
      @ForAll @IntRange(min = 1, max = 5) int cols,
      @ForAll @Size(25) List<@LongRange(min = 0, max = 15) Long> values,
      @ForAll @IntRange(min = 1, max = 7) int threshold) {
    long[][] counts = new long[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        counts[i][j] = values.get(i * 5 + j);
      }
    }
    SuppressedTable t = table(counts, threshold);
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= cols; j++) {
        long v = t.value(i, j);
        if (v > 0 && v < threshold) {
          assertThat(t.isSuppressed(i, j)).as("primary cell %s,%s", i, j).isTrue();
        }
      }
    }
    // No row or column equation has exactly one unknown (subtraction from a published total).
    for (int i = 0; i <= rows; i++) {
      int unknown = 0;
      for (int j = 0; j <= cols; j++) {
        unknown += t.isSuppressed(i, j) ? 1 : 0;
      }
      assertThat(unknown).as("row %s", i).isNotEqualTo(1);
    }
    for (int j = 0; j <= cols; j++) {
      int unknown = 0;
      for (int i = 0; i <= rows; i++) {
        unknown += t.isSuppressed(i, j) ? 1 : 0;
      }
      assertThat(unknown).as("column %s", j).isNotEqualTo(1);
    }
    // Nor can any combination of the equations determine a suppressed value.
    assertThat(audit(t)).isEmpty();
  }

  /**
   * An independent audit by linear algebra: the suppressed values are the unknowns of the row and
   * column equations; a suppressed value is determined exactly when its unit vector lies in the row
   * space of the equations' coefficient matrix. Returns the determined cells.
   */
  static List<int[]> audit(SuppressedTable t) {
    int nr = t.rows() + 1;
    int nc = t.columns() + 1;
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        if (t.isSuppressed(i, j)) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    int u = unknowns.size();
    List<double[]> equations = new ArrayList<>();
    for (int i = 0; i < nr; i++) {
      // Row i: cells (i, j < nc-1) minus total (i, nc-1) = 0.
      double[] e = new double[u];
      for (int k = 0; k < u; k++) {
        int[] c = unknowns.get(k);
        if (c[0] == i) {
          e[k] = c[1] == nc - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    for (int j = 0; j < nc; j++) {
      double[] e = new double[u];
      for (int k = 0; k < u; k++) {
        int[] c = unknowns.get(k);
        if (c[1] == j) {
          e[k] = c[0] == nr - 1 ? -1 : 1;
        }
      }
      equations.add(e);
    }
    int base = rank(equations, u);
    List<int[]> determined = new ArrayList<>();
    for (int k = 0; k < u; k++) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[u];
      unit[k] = 1;
      with.add(unit);
      if (rank(with, u) == base) {
        determined.add(unknowns.get(k));
      }
    }
    return determined;
  }

  private static int rank(List<double[]> rows, int width) {
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows.get(i).clone();
    }
    int rank = 0;
    for (int col = 0; col < width && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[pivot];
      m[pivot] = m[rank];
      m[rank] = tmp;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-9) {
          double f = m[r][col] / m[rank][col];
          for (int c = 0; c < width; c++) {
            m[r][c] -= f * m[rank][c];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
