package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nwd.model.Cohort;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.RateRatio;

/**
 * The publication rendering of an impact result: the cohort of six of {@link SmallCohorts} (15
 * missing incidents before over 2190 days at risk, 7 after over 2129; 3 improved, 2 unchanged, 1
 * worse) and one young person without a referral, so excluded.
 */
class PublicationTablesTest {

  static ImpactResult result() {
    List<YoungPersonRecord> records = new ArrayList<>(SmallCohorts.treatedRecords());
    records.add(People.yp("X-1").build());
    return SmallCohorts.analysis().run(Cohort.of(SmallCohorts.hubs(), records));
  }

  @Test
  void theUnsuppressedRenderingSaysSoInItsHeading() {
    String text = result().render();
    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Impact analysis: test"
        + " (UNSUPPRESSED: small numbers and pseudonymous ids shown, not for publication; see"
        + " renderForPublication())");
    assertThat(text).contains("X-1: no index date");
    // toString is one line of counts: no ids, and no small numbers beyond the counts themselves.
    assertThat(result().toString()).isEqualTo("ImpactResult{test, before/after, no comparison group"
        + " (Maryland SMS level 1), 7 evaluated, 6 included, 1 excluded (1 no index date);"
        + " 3 measures}").doesNotContain("X-1");
  }

  @Test
  void smallCountsAndWhatFollowsFromThemAreWithheld() {
    String text = result().renderForPublication();
    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(
        "Impact analysis: test (for publication: small numbers suppressed under a threshold of 5)");
    // No pseudonymous ids; the one exclusion is counted and withheld, and the 6 included with it
    // (the evaluated 7 is published, so either would give the other away).
    assertThat(text).doesNotContain("X-1").doesNotContain("T-1")
        .containsPattern("included +\\[d]\\n")
        .containsPattern("excluded: no index date +\\[c]\\n")
        .containsPattern("evaluated +7\\n");
    // Missing incidents: 6 young people, 15 and 7 events: shown, rounded to two decimals. Rate
    // before 15 / (2190 / 365.25) = 2.5017, after 7 / (2129 / 365.25) = 1.2009, change -52.00%,
    // ratio 0.4800; improved 3, unchanged 2, worse 1 are each small. The interval is the clustered
    // default's (checked against R in the stats tests), printed to two decimals, with its method
    // and p-value.
    RateRatio rr = result().measure(StandardMeasures.MISSING_INCIDENTS).rates().get().rateRatio();
    String ci = "\\[" + PublicationTables.two(rr.interval().get().lower()) + ", "
        + PublicationTables.two(rr.interval().get().upper()) + "]";
    String p = PublicationTables.p(rr.pValue());
    assertThat(text).containsPattern("missing incidents +6 +15 +7 +2\\.50 +1\\.20 +-52\\.00% +0\\.48"
        + " +" + ci + " +cluster-robust, young people as clusters +" + p
        + " +[^ ]+ +\\[c] +\\[c] +\\[c]\\n");
    // The headline tests with Holm's adjustment: in EET's test is withheld with its figures, and
    // only published figures' warnings are printed.
    assertThat(text).containsPattern("missing incidents +rate ratio, cluster-robust, young people as"
        + " clusters +SMS level 1 +" + p + " +[0-9.]+\\n")
        .containsPattern("in education, employment or training +\\[c] +SMS level 1 +\\[c] +\\[c]\\n")
        .contains("Warning: missing incidents: only 6 young people")
        .doesNotContain("Warning: in education")
        .contains("Caveat: before/after only, Maryland SMS level 1");
    // Events avoided (2.5017 - 1.2009) x 5.8289 = 7.58: a whole number.
    assertThat(text).containsPattern("missing incidents +8 incidents +- +SMS level 1");
    // SDQ: 5 pairs shown, mean change -3 with its interval; improved 4 and worse 1 are small.
    assertThat(text).containsPattern("SDQ total difficulties +5 +-3\\.00 +\\[-7\\.21, 1\\.21]"
        + " +[^ ]+ +[^ ]+ +\\[c] +0 +\\[c]\\n");
    // In EET: 2 of 6 before, a small count: every figure withheld.
    assertThat(text).containsPattern("in education, employment or training +6 +\\[c] +\\[c] +\\[c]");
    // Breakdowns use the same rule; the note explains both markers.
    assertThat(text).contains("missing incidents by sex")
        .contains("[c] suppressed: fewer than 5 young people or events (1 to 4)")
        .contains("[d] suppressed to protect a [c] figure")
        .contains("Small numbers are suppressed to protect the young people's confidentiality.");
  }

  @Test
  void underAThresholdOfOneEverythingShows() {
    String text = result().renderForPublication(DisclosureControl.of(1));
    assertThat(text).contains("threshold of 1)")
        .containsPattern("missing incidents +6 +15 +7 +2\\.50 +1\\.20 .* +3 +2 +1\\n")
        .containsPattern("excluded: no index date +1\\n")
        // In EET before: 2 of 6 = 0.33, Wilson 95% [0.0968, 0.6999] by the closed form.
        .containsPattern("in education, employment or training +6 +0\\.33 \\[0\\.10, 0\\.70] +");
    assertThat(text.substring(0, text.indexOf("No small numbers are"))).doesNotContain("[c]")
        .doesNotContain("[d]");
    assertThatThrownBy(() -> result().renderForPublication(null))
        .isInstanceOf(NullPointerException.class).hasMessage("control");
  }

  @Test
  void aComparisonIsWithheldWithItsSmallComparisonCohort() {
    ImpactResult r = SmallCohorts.analysis().compare(SmallCohorts.treated(),
        SmallCohorts.comparison());
    String five = r.renderForPublication();
    // The comparison cohort of 4 is small: its young people and the comparison figures withheld.
    assertThat(five).contains("comparison cohort")
        .containsPattern("Against the comparison group.*\\n.*\\n-+\\nmissing incidents +\\[c] +\\[c]"
            + " +\\[c] +\\[c] +\\[c] +\\[c]\\n")
        .containsPattern("missing incidents +\\[c] +\\[c] +SMS level 3");
    String open = r.renderForPublication(DisclosureControl.of(1));
    assertThat(open).containsPattern("missing incidents +[0-9.]+ +\\[[-0-9., ]+] +[a-z][-a-z, ]+"
        + " +(< )?[0-9.]+ +-?[0-9.]+ +\\[");
  }

  @Test
  void pValuesReadAsLessThanOneInAThousandOrThreeSignificantFigures() {
    assertThat(PublicationTables.p(OptionalDouble.of(0.0004))).isEqualTo("< 0.001");
    assertThat(PublicationTables.p(OptionalDouble.of(0.001))).isEqualTo("0.00100");
    assertThat(PublicationTables.p(OptionalDouble.of(0.012345))).isEqualTo("0.0123");
    assertThat(PublicationTables.p(OptionalDouble.of(0.5))).isEqualTo("0.500");
    assertThat(PublicationTables.p(OptionalDouble.empty())).isEqualTo("-");
    assertThat(PublicationTables.fixed(Double.NaN, 2)).isEqualTo("undefined");
    assertThat(PublicationTables.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("+infinity");
    assertThat(PublicationTables.fixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-infinity");
    assertThat(PublicationTables.two(0.125)).isEqualTo("0.13"); // half up
  }

  @Test
  void breakdownsShowTheirTablesAndGroupRatesUnderTheSameRule() {
    ImpactResult r = SmallCohorts.analysis().run(SmallCohorts.treated());
    String open = r.renderForPublication(DisclosureControl.of(1));
    // Female: 9 and 2 incidents over 3 x 365 days each way: 9 / (1095 / 365.25) = 3.00 and 0.67;
    // male: 6 over 1095 days, 5 over 1034 (61 days in custody): 2.00 and 1.77.
    assertThat(open).contains("missing incidents by sex\n")
        .containsPattern("female +2 +1 +0 +3\n")
        .containsPattern("total +3 +2 +1 +6\n")
        .containsPattern("female +9 +2 +11\n")
        .containsPattern("total +15 +7 +22\n")
        .containsPattern("female +3\\.00 +0\\.67\n")
        .containsPattern("male +2\\.00 +1\\.77\n");
    String five = r.renderForPublication();
    // Under 5 every group of three is small: counts and rates withheld, the cohort's totals shown.
    assertThat(five).containsPattern("female +\\[c] +\\[c] +0 +\\[c]\n")
        .containsPattern("female +\\[c] +\\[c]\n")
        .containsPattern("total +15 +7 +22\n");
  }

  @Test
  void indicatorsAreCountsAndSharesUnderTheRule() {
    ImpactResult r = ImpactAnalysis.builder().name("indicators").dataCoverage(People.COVERAGE)
        .addMeasures(org.nwd.model.StandardMeasures.MISSING_INCIDENTS,
            org.nwd.model.StandardMeasures.CONVICTIONS)
        .build().run(IndicatorsTest.records().stream());
    // The figures of IndicatorsTest: edge of care 2 of 4 (1 without full follow-up), stays beyond
    // 84 days 4 of 9, completed stays median 84 [20, 102.5] of 7, family or community 4 of 7,
    // key-worker changes 2 in 4, life coach 2 of 4, communication support 0 of 4, police liaison 1
    // of 4; Wilson intervals as R's prop.test there.
    String open = r.renderForPublication(DisclosureControl.of(1));
    assertThat(open)
        .containsPattern("edge-of-care referrals not looked after within 12 months +2 of 4 +0\\.50"
            + " +\\[0\\.15, 0\\.85]\n")
        .containsPattern("without full follow-up \\(left out of the share\\) +1\n")
        .containsPattern("residential stays beyond 84 days +4 of 9 +0\\.44 +\\[0\\.19, 0\\.73]\n")
        .containsPattern("median \\[p25, p75]\\) +84\\.0 \\[20\\.0, 102\\.5] of 7\n")
        .containsPattern("family or community +4 of 7 +0\\.57 +\\[0\\.25, 0\\.84]\n")
        .containsPattern("with a team +0\\.50 \\(2 in 4\\)\n")
        .containsPattern("involved with police liaison officer +1 of 4 +0\\.25 +\\[0\\.05, 0\\.70]\n");
    String five = r.renderForPublication();
    assertThat(five)
        .containsPattern("within 12 months +\\[c] +\\[c] +\\[c]\n")
        .containsPattern("left out of the share\\) +\\[c]\n")
        .containsPattern("beyond 84 days +\\[c] +\\[c] +\\[c]\n")
        .containsPattern("84\\.0 \\[20\\.0, 102\\.5] of 7\n")
        .containsPattern("with a team +\\[c]\n")
        .containsPattern("police liaison officer +\\[c] +\\[c] +\\[c]\n");
    // Seven completed stays are small under 8: the quantiles go too.
    assertThat(r.renderForPublication(DisclosureControl.of(8)))
        .containsPattern("median \\[p25, p75]\\) +\\[c]\n");
    // A measure with no events at all is undefined, and says why.
    assertThat(open).contains("Undefined: convictions: ");
  }

  @Test
  void noIndicatorsLeaveDashes() {
    ImpactResult r = SmallCohorts.analysis().run(SmallCohorts.treated());
    // No stays and no teams: nothing to share, so dashes, and zeros are not small.
    assertThat(r.renderForPublication())
        .containsPattern("residential stays beyond 84 days +0 of 0 +- +-\n")
        .containsPattern("median \\[p25, p75]\\) +- \\[-, -] of 0\n")
        .containsPattern("with a team +undefined \\(0 in 0\\)\n");
  }

  @Test
  void aThresholdOfOneSaysNothingIsSuppressed() {
    DisclosureControl one = DisclosureControl.of(1);
    assertThat(one.statement()).isEqualTo("No small numbers are suppressed: the threshold is 1.");
    assertThat(one.markerNote()).isEqualTo("Nothing is suppressed (threshold 1).");
  }
}
