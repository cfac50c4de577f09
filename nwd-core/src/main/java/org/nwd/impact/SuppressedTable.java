package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;

/**
 * A table of counts with row and column totals, made safe to publish by small-cell suppression.
 *
 * <p><b>Primary suppression:</b> every cell, row total, column total or grand total from 1 to {@code
 * threshold - 1} is suppressed (zeros are published). <b>Secondary suppression:</b> each row equation
 * (cells sum to the row total) and column equation links the values; a suppressed value can be
 * recovered from the published ones, by subtraction or any combination of the equations, exactly when
 * its cell is a "bridge" among the suppressed cells (seen as edges between row and column nodes, the
 * totals being one more row and column). While some suppressed cell is a bridge, the cheapest path of
 * further cells that closes a cycle through it is suppressed: cost is the cell's value plus one, so
 * small cells are preferred, and zeros are used only when nothing else closes the cycle (a cycle of
 * zeros would give the value away, since counts are not negative). The result: no suppressed value is
 * determined by the published values and totals. {@link #suppression(int, int)} tells the two kinds
 * apart, and {@link DisclosureControl} applies the same rule when a table's totals are published
 * elsewhere.
 */
@Value.Immutable
public abstract class SuppressedTable {
  private static final double ZERO_COST = 1e12;

  public abstract String title();

  public abstract ImmutableList<String> rowLabels();

  public abstract ImmutableList<String> columnLabels();

  /** The counts, one list per row; not for publication (see {@link #published}). */
  public abstract ImmutableList<ImmutableList<Long>> counts();

  /** Cells from 1 to {@code threshold - 1} are suppressed. */
  public abstract int threshold();

  @Value.Check
  void check() {
    DomainRuleException.require(
        threshold() >= 1, "threshold", "suppression threshold %s must be at least 1", threshold());
    DomainRuleException.require(
        !rowLabels().isEmpty() && !columnLabels().isEmpty(),
        "rowLabels",
        "table %s needs at least one row and one column",
        title());
    DomainRuleException.require(
        counts().size() == rowLabels().size(),
        "counts",
        "table %s has %s rows of counts for %s row labels",
        title(),
        counts().size(),
        rowLabels().size());
    for (List<Long> row : counts()) {
      DomainRuleException.require(
          row.size() == columnLabels().size(),
          "counts",
          "table %s has a row of %s counts for %s columns",
          title(),
          row.size(),
          columnLabels().size());
      for (long v : row) {
        DomainRuleException.require(v >= 0, "counts", "table %s has a negative count %s", title(), v);
      }
    }
  }

  /** A table of {@code counts[row][column]} with {@code threshold}. */
  public static SuppressedTable of(
      String title, List<String> rowLabels, List<String> columnLabels, long[][] counts, int threshold) {
    Builder b = builder().title(title).addAllRowLabels(rowLabels).addAllColumnLabels(columnLabels);
    for (long[] row : counts) {
      b.addCounts(ImmutableList.copyOf(Arrays.stream(row).boxed().toList()));
    }
    return b.threshold(threshold).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuppressedTable}. */
  public static final class Builder extends ImmutableSuppressedTable.Builder {}

  public int rows() {
    return rowLabels().size();
  }

  public int columns() {
    return columnLabels().size();
  }

  /**
   * The value at {@code row}, {@code column}, where {@code row == rows()} is the column-total row and
   * {@code column == columns()} the row-total column.
   */
  public long value(int row, int column) {
    return values()[row][column];
  }

  @Value.Lazy
  long[][] values() {
    int r = rows();
    int c = columns();
    long[][] v = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        long x = counts().get(i).get(j);
        v[i][j] = x;
        v[i][c] += x;
        v[r][j] += x;
        v[r][c] += x;
      }
    }
    return v;
  }

  /** True when the value (cell or total, see {@link #value}) is suppressed. */
  public boolean isSuppressed(int row, int column) {
    return suppressed()[row][column];
  }

  /** The value when published, empty when suppressed. */
  public OptionalLong published(int row, int column) {
    return isSuppressed(row, column) ? OptionalLong.empty() : OptionalLong.of(value(row, column));
  }

  /** Number of suppressed values, cells and totals. */
  public int suppressedCount() {
    int n = 0;
    for (boolean[] row : suppressed()) {
      for (boolean s : row) {
        n += s ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * How the value (cell or total, see {@link #value}) is published: {@link Suppression#PRIMARY} when
   * it is from 1 to {@code threshold - 1}, {@link Suppression#SECONDARY} when it is suppressed to
   * protect such a value, else {@link Suppression#NONE}.
   */
  public Suppression suppression(int row, int column) {
    if (!isSuppressed(row, column)) {
      return Suppression.NONE;
    }
    long v = value(row, column);
    return v > 0 && v < threshold() ? Suppression.PRIMARY : Suppression.SECONDARY;
  }

  @Value.Lazy
  boolean[][] suppressed() {
    return suppress(values(), threshold(), null, null);
  }

  /**
   * The suppression pattern of {@code v} (cells with totals in the last row and column): primary
   * cells, then cycles closed until no suppressed value is a bridge. Cells marked in {@code fixed}
   * (may be null) are published elsewhere, so they are never chosen to close a cycle; cells marked in
   * {@code forced} (may be null) are withheld elsewhere, so they start suppressed.
   */
  static boolean[][] suppress(
      long[][] v, int threshold, boolean @Nullable [][] fixed, boolean @Nullable [][] forced) {
    int nr = v.length;
    int nc = v[0].length;
    boolean[][] s = new boolean[nr][nc];
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        s[i][j] = v[i][j] > 0 && v[i][j] < threshold || forced != null && forced[i][j];
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < nr && !changed; i++) {
        for (int j = 0; j < nc && !changed; j++) {
          if (s[i][j] && isBridge(s, i, j)) {
            closeCycle(v, s, i, j, fixed);
            changed = true;
          }
        }
      }
    }
    return s;
  }

  /** True when row node i and column node j are not connected by suppressed cells other than (i, j). */
  static boolean isBridge(boolean[][] s, int i, int j) {
    int nr = s.length;
    int nc = s[0].length;
    boolean[] seenRow = new boolean[nr];
    boolean[] seenCol = new boolean[nc];
    Deque<int[]> queue = new ArrayDeque<>();
    seenRow[i] = true;
    queue.add(new int[] {0, i});
    while (!queue.isEmpty()) {
      int[] node = queue.poll();
      if (node[0] == 0) {
        for (int col = 0; col < nc; col++) {
          if (s[node[1]][col] && !(node[1] == i && col == j) && !seenCol[col]) {
            if (col == j) {
              return false;
            }
            seenCol[col] = true;
            queue.add(new int[] {1, col});
          }
        }
      } else {
        for (int row = 0; row < nr; row++) {
          if (s[row][node[1]] && !(row == i && node[1] == j) && !seenRow[row]) {
            seenRow[row] = true;
            queue.add(new int[] {0, row});
          }
        }
      }
    }
    return true;
  }

  /**
   * Suppresses the cheapest path of cells from row node i to column node j avoiding (i, j) and the
   * {@code fixed} cells; when only fixed cells could close it, they are used after all (the caller then
   * sees them suppressed and must withhold them where they are published).
   */
  private static void closeCycle(
      long[][] v, boolean[][] s, int i, int j, boolean @Nullable [][] fixed) {
    int nr = v.length;
    int nc = v[0].length;
    int n = nr + nc;
    double[] dist = new double[n];
    int[] prev = new int[n];
    boolean[] done = new boolean[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(prev, -1);
    dist[i] = 0;
    for (int step = 0; step < n; step++) {
      int u = -1;
      for (int k = 0; k < n; k++) {
        if (!done[k] && (u < 0 || dist[k] < dist[u])) {
          u = k;
        }
      }
      if (dist[u] == Double.POSITIVE_INFINITY) {
        break;
      }
      done[u] = true;
      for (int w = 0; w < n; w++) {
        boolean uRow = u < nr;
        boolean wRow = w < nr;
        if (uRow == wRow) {
          continue;
        }
        int row = uRow ? u : w;
        int col = (uRow ? w : u) - nr;
        if (row == i && col == j) {
          continue;
        }
        if (fixed != null && fixed[row][col] && !s[row][col]) {
          continue;
        }
        double cost = s[row][col] ? 0 : v[row][col] == 0 ? ZERO_COST : v[row][col] + 1;
        if (dist[u] + cost < dist[w]) {
          dist[w] = dist[u] + cost;
          prev[w] = u;
        }
      }
    }
    if (prev[nr + j] < 0) {
      closeCycle(v, s, i, j, null);
      return;
    }
    List<int[]> path = new ArrayList<>();
    for (int w = nr + j; prev[w] >= 0; w = prev[w]) {
      int u = prev[w];
      path.add(u < nr ? new int[] {u, w - nr} : new int[] {w, u - nr});
    }
    for (int[] cell : path) {
      s[cell[0]][cell[1]] = true;
    }
  }

  /**
   * The table as published: a primary suppressed value prints as {@value
   * DisclosureControl#PRIMARY_MARKER}, a secondary one as {@value DisclosureControl#SECONDARY_MARKER},
   * and a note under the table says what each means.
   */
  public String render() {
    List<String> header = new ArrayList<>();
    header.add(title());
    header.addAll(columnLabels());
    header.add("total");
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i <= rows(); i++) {
      List<String> line = new ArrayList<>();
      line.add(i < rows() ? rowLabels().get(i) : "total");
      for (int j = 0; j <= columns(); j++) {
        Suppression s = suppression(i, j);
        line.add(s.isSuppressed() ? s.marker() : Long.toString(value(i, j)));
      }
      out.add(line);
    }
    return Tables.render(header, out) + DisclosureControl.of(threshold()).markerNote() + "\n";
  }

  @Override
  public String toString() {
    return render();
  }
}
