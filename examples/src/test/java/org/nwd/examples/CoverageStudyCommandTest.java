package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nwd.stats.RateRatioMethod;
import org.nwd.testkit.coverage.CountShape;
import org.nwd.testkit.coverage.CoverageStudy;

/** The coverage-study command: its options, a small run, and one-line errors. */
class CoverageStudyCommandTest {

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CoverageStudyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void optionsSetTheStudy() throws Exception {
    CoverageStudy s = CoverageStudyCommand.study(new String[] {"--simulations", "12", "--seed", "3",
        "--sizes", "20, 40", "--replicates", "150", "--methods", "auto,log_wald", "--shapes",
        "poisson,days_in_runs"});
    assertThat(s.simulations()).isEqualTo(12);
    assertThat(s.seed()).isEqualTo(3);
    assertThat(s.sizes()).containsExactly(20, 40);
    assertThat(s.replicates()).isEqualTo(150);
    assertThat(s.methods()).containsExactly(RateRatioMethod.AUTO, RateRatioMethod.LOG_WALD);
    assertThat(s.shapes()).containsExactly(CountShape.POISSON, CountShape.DAYS_IN_RUNS);
    assertThat(CoverageStudyCommand.study(new String[0])).isEqualTo(CoverageStudy.builder().build());
  }

  @Test
  void aSmallRunPrintsTheTableWithTheCommand() {
    String[] r = run("--simulations", "5", "--sizes", "20", "--methods", "auto", "--shapes",
        "gamma_poisson_2");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("Coverage study, ")
        .contains("command: CoverageStudyCommand --simulations 5 --sizes 20 --methods auto")
        .contains("| rate ratio | gamma-Poisson, dispersion 2 | 20 | default (cluster-robust, young"
            + " people as clusters) |");
    assertThat(r[2]).contains("Simulating 5 cohorts per shape and size").contains("Done in");
  }

  @Test
  void badOptionsAreOneLineAndStatus2() {
    assertThat(run("--simulations")[2]).isEqualTo("error: --simulations: needs a value\n");
    assertThat(run("--simulations", "many")[2])
        .isEqualTo("error: --simulations: is not a whole number\n");
    assertThat(run("--frobnicate", "1")[2]).startsWith("error: --frobnicate: unknown option");
    assertThat(run("--methods", "poisson")[2]).startsWith("error: --methods: unknown method \"poisson\"");
    assertThat(run("--shapes", "lumpy")[2]).startsWith("error: --shapes: unknown shape \"lumpy\"");
    String[] r = run("--simulations", "0");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith("error: options: simulations 0 must be at least 1");
  }
}
