package org.nwd.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nwd.DomainRuleException;
import org.nwd.stats.RateRatioMethod;
import org.nwd.testkit.coverage.CountShape;
import org.nwd.testkit.coverage.CoverageStudy;
import org.nwd.testkit.coverage.CoverageTable;

/**
 * Runs the coverage study of the rate-ratio intervals ({@link CoverageStudy}) and prints its table
 * (Markdown) with the date and the settings. The defaults are those of the table in nwd-core's README:
 *
 * <pre>
 * java org.nwd.examples.CoverageStudyCommand [--simulations N] [--seed S] [--sizes 30,100,1000]
 *     [--replicates B] [--methods auto,bootstrap_bca,...] [--shapes poisson,gamma_poisson_5,...]
 * </pre>
 *
 * <p>A bad option gives one line on standard error and exit status {@value UserError#EXIT_STATUS}.
 */
public final class CoverageStudyCommand {
  private CoverageStudyCommand() {}

  /** Runs the study; exits with a non-zero status only when the options are bad. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the study and returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      CoverageStudy study = study(args);
      err.println("Simulating " + study.simulations() + " cohorts per shape and size...");
      long start = System.nanoTime();
      CoverageTable table = study.run();
      out.println("Coverage study, " + LocalDate.now() + ", command: CoverageStudyCommand "
          + String.join(" ", args));
      out.println();
      out.print(table.render());
      err.printf("Done in %.0f s.%n", (System.nanoTime() - start) / 1e9);
      return 0;
    } catch (UserError e) {
      err.println("error: " + e.getMessage());
      return UserError.EXIT_STATUS;
    }
  }

  private static RateRatioMethod method(String code) throws UserError {
    for (RateRatioMethod m : RateRatioMethod.values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(code)) {
        return m;
      }
    }
    throw new UserError("--methods", "unknown method \"" + code + "\"; known: auto, cluster_robust,"
        + " bootstrap_percentile, bootstrap_bca, exact_conditional, log_wald");
  }

  private static CountShape shape(String code) throws UserError {
    for (CountShape s : CountShape.values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(code)) {
        return s;
      }
    }
    throw new UserError("--shapes", "unknown shape \"" + code + "\"; known: poisson,"
        + " gamma_poisson_1, gamma_poisson_2, gamma_poisson_5, days_in_runs");
  }

  static CoverageStudy study(String[] args) throws UserError {
    CoverageStudy.Builder b = CoverageStudy.builder();
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new UserError(option, "needs a value");
      }
      String value = args[i + 1];
      try {
        switch (option) {
          case "--simulations":
            b.simulations(Integer.parseInt(value));
            break;
          case "--seed":
            b.seed(Long.parseLong(value));
            break;
          case "--replicates":
            b.replicates(Integer.parseInt(value));
            break;
          case "--methods":
            List<RateRatioMethod> methods = new ArrayList<>();
            for (String m : value.split(",", -1)) {
              methods.add(method(m.trim()));
            }
            b.methods(methods);
            break;
          case "--shapes":
            List<CountShape> shapes = new ArrayList<>();
            for (String m : value.split(",", -1)) {
              shapes.add(shape(m.trim()));
            }
            b.shapes(shapes);
            break;
          case "--sizes":
            List<Integer> sizes = new ArrayList<>();
            for (String s : value.split(",", -1)) {
              sizes.add(Integer.parseInt(s.trim()));
            }
            b.sizes(sizes);
            break;
          default:
            throw new UserError(option, "unknown option; known: --simulations, --seed, --sizes,"
                + " --replicates, --methods, --shapes");
        }
      } catch (NumberFormatException e) {
        throw new UserError(option, "is not a whole number");
      }
    }
    try {
      return b.build();
    } catch (DomainRuleException e) {
      throw new UserError("options", MainJob.oneLine(e.getMessage()));
    }
  }
}
