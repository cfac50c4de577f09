package org.nwd.examples;

/**
 * A problem with what the user gave an example (a missing or malformed file, a bad argument): printed
 * as one line naming the file and the problem, never as a stack trace.
 */
public final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  /** The exit status for user errors. */
  public static final int EXIT_STATUS = 2;

  /** An error about {@code file}: "file: problem". */
  public UserError(Object file, String problem) {
    super(file + ": " + problem);
  }
}
