package org.nwd.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** SSDA903 dates: {@code dd/mm/yyyy} (day and month may have one digit) or ISO {@code yyyy-mm-dd}. */
final class Dates {
  private Dates() {}

  /**
   * Dates already read, by text: a return repeats the same dates across tables and years, so sharing
   * one {@link LocalDate} per text saves both time and the model's memory. Bounded; per thread.
   */
  private static final ThreadLocal<Map<String, LocalDate>> SEEN =
      ThreadLocal.withInitial(() -> new HashMap<>(1 << 12));

  private static final int MAX_SEEN = 1 << 16;

  /** The date, or null when {@code text} is neither form or not a real date. */
  static @Nullable LocalDate parse(String text) {
    Map<String, LocalDate> seen = SEEN.get();
    LocalDate d = seen.get(text);
    if (d == null) {
      d = read(text);
      if (d != null && seen.size() < MAX_SEEN) {
        seen.put(text, d);
      }
    }
    return d;
  }

  private static @Nullable LocalDate read(String text) {
    int n = text.length();
    try {
      if (n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      }
      int a = text.indexOf('/');
      int b = a < 0 ? -1 : text.indexOf('/', a + 1);
      if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || n - b != 5) {
        return null;
      }
      return LocalDate.of(number(text, b + 1, n), number(text, a + 1, b), number(text, 0, a));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int number(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException();
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** {@code dd/mm/yyyy}, as the return writes dates. */
  static String format(LocalDate date) {
    return String.format(
        "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
