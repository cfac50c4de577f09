package org.nwd.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows progress of the examples' long steps on a stream (standard error by default, so standard
 * output stays clean for the tables): "[2/6] Impact analysis ... done (1.3 s)". The library modules
 * never print; only the examples use this.
 */
public final class Progress {
  private final PrintStream out;
  private final int steps;
  private int step;
  private long started;

  /** Progress of {@code steps} steps on {@code out}. */
  public Progress(PrintStream out, int steps) {
    this.out = Objects.requireNonNull(out, "out");
    this.steps = steps;
  }

  /** A progress printer that prints nothing (for quiet use, e.g. in JShell). */
  public static Progress silent() {
    return new Progress(new PrintStream(PrintStream.nullOutputStream()), 0);
  }

  /** Starts the next step. */
  public void start(String what) {
    step++;
    started = System.nanoTime();
    out.printf(Locale.ROOT, "[%d/%d] %s ...%n", step, steps, what);
    out.flush();
  }

  /** A line of detail inside the current step. */
  public void detail(String text) {
    out.println("      " + text);
    out.flush();
  }

  /** Ends the current step with its duration. */
  public void done() {
    out.printf(
        Locale.ROOT, "      done (%.1f s)%n", (System.nanoTime() - started) / 1_000_000_000.0);
    out.flush();
  }
}
