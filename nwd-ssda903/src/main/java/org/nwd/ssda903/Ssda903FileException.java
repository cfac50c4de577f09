package org.nwd.ssda903;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nwd.SafeText;

/**
 * A file that cannot be read as an SSDA903 return at all: not UTF-8 text, malformed CSV (an unbalanced
 * quote, a wrong number of values, a line longer than the limit), XML of an unknown shape or with a
 * DOCTYPE, or not a 903 table. The message names the file and the line; nothing of the import is
 * returned, so no partial result can pass for a complete one. Row-level problems never throw: they go
 * to the issue report.
 */
public final class Ssda903FileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String problem;

  private static final int LIMIT = 300;

  /**
   * A problem with {@code file} at {@code line} (0 when no one line is at fault). Both texts are
   * kept as {@link SafeText#limited} shows them (control and format characters escaped, cut at 300
   * characters), so the message is safe to log whatever the file's name or content.
   */
  public Ssda903FileException(String file, long line, String problem, @Nullable Throwable cause) {
    super(
        SafeText.limited(Objects.requireNonNull(file, "file"), LIMIT)
            + (line > 0 ? ":" + line : "")
            + ": "
            + SafeText.limited(Objects.requireNonNull(problem, "problem"), LIMIT),
        cause);
    this.file = SafeText.limited(file, LIMIT);
    this.line = line;
    this.problem = SafeText.limited(problem, LIMIT);
  }

  /** The file, as the import names it (escaped and bounded as in the message). */
  public String file() {
    return file;
  }

  /** The 1-based line, 0 when no one line is at fault. */
  public long line() {
    return line;
  }

  /** What is wrong, without the file and line (escaped and bounded as in the message). */
  public String problem() {
    return problem;
  }
}
