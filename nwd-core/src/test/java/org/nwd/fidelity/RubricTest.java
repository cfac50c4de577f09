package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.Role;

/** Rubrics, criteria, bands and indicators: validation, the proposed default and exact banding. */
class RubricTest {

  private static FidelityRubric.Builder rubric() {
    return rubric("r");
  }

  private static FidelityRubric.Builder rubric(String name) {
    return FidelityRubric.builder()
        .name(name)
        .proposal(false)
        .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
        .addBands(FidelityBand.of("high", new BigDecimal("0.8")), FidelityBand.of("low", BigDecimal.ZERO));
  }

  private static DomainRuleException fails(Runnable r) {
    try {
      r.run();
    } catch (DomainRuleException e) {
      return e;
    }
    throw new AssertionError("no DomainRuleException");
  }

  @Test
  void theProposedDefaultCountsEveryIndicatorAtItsProposedThresholdAndSaysItIsAProposal() {
    FidelityRubric r = FidelityRubric.proposedDefault();
    assertThat(r.proposal()).isTrue();
    assertThat(r.name()).contains("PROPOSAL");
    assertThat(r.monthsAfterStay()).isEqualTo(12);
    assertThat(r.criteria()).hasSize(FidelityIndicator.values().length);
    List<Double> thresholds = new ArrayList<>();
    r.criteria().forEach(c -> thresholds.add(c.threshold()));
    // In declaration order: 7 days, 7 days, 1 change/PY, 0 contacts x3, 84 days, 28 days, 1 move,
    // share 1, share 0.5.
    assertThat(thresholds).containsExactly(7.0, 7.0, 1.0, 0.0, 0.0, 0.0, 84.0, 28.0, 1.0, 1.0, 0.5);
    assertThat(r.criteria()).allMatch(c -> c.weight().equals(BigDecimal.ONE));
    assertThat(r.bands()).extracting(FidelityBand::name).containsExactly("high", "partial", "low");
    assertThat(r.bands()).extracting(b -> b.minimumScore().toPlainString())
        .containsExactly("0.8", "0.5", "0");
    assertThat(r.toString()).contains("(proposal)", "short_bed_stays at most 84 days, weight 1");
  }

  @Test
  void everyIndicatorIsLabelledAProposalWithASourcedPrinciple() {
    for (FidelityIndicator i : FidelityIndicator.values()) {
      assertThat(i.isProposal()).isTrue();
      assertThat(i.source()).startsWith("https://");
      assertThat(i.definition(i.defaultThreshold()))
          .contains("PROPOSAL", i.principle(), i.source());
      assertThat(FidelityIndicator.fromCode(i.code())).isEqualTo(i);
    }
    assertThat(FidelityIndicator.SHORT_BED_STAYS.rule(84)).isEqualTo("at most 84 days");
    assertThat(FidelityIndicator.DECISIONS_CITING_PROVOCATION.rule(0.5)).isEqualTo("at least 0.5 share");
    assertThat(FidelityIndicator.LIFE_COACH_INVOLVED.specialistRole()).contains(Role.LIFE_COACH);
    assertThat(FidelityIndicator.COMMUNICATION_SUPPORT_INVOLVED.specialistRole())
        .contains(Role.COMMUNICATION_SUPPORT_WORKER);
    assertThat(FidelityIndicator.POLICE_LIAISON_INVOLVED.specialistRole())
        .contains(Role.POLICE_LIAISON_OFFICER);
    assertThat(FidelityIndicator.SHORT_BED_STAYS.specialistRole()).isEmpty();
    DomainRuleException e = fails(() -> FidelityIndicator.fromCode("no_such\n"));
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.getMessage()).startsWith("unknown fidelity indicator code \"no_such\\n\"")
        .contains("days_to_first_hub_contact");
    assertThat(IndicatorStatus.fromCode("not_applicable")).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(IndicatorStatus.NOT_MET.text()).isEqualTo("not met");
    assertThat(fails(() -> IndicatorStatus.fromCode("maybe")).getMessage())
        .startsWith("unknown indicator status code \"maybe\"");
  }

  @Test
  void criteriaCheckThresholdAndWeight() {
    assertThat(fails(() -> Criterion.of(FidelityIndicator.DECISIONS_CITING_PROVOCATION, 1.5,
            BigDecimal.ONE)).getMessage())
        .isEqualTo("threshold 1.5 of decisions_citing_provocation must be finite and from 0 to 1");
    assertThat(fails(() -> Criterion.of(FidelityIndicator.SHORT_BED_STAYS, -1, BigDecimal.ONE))
        .getMessage()).isEqualTo("threshold -1.0 of short_bed_stays must be finite and at least 0");
    assertThat(fails(() -> Criterion.of(FidelityIndicator.SHORT_BED_STAYS, Double.NaN,
        BigDecimal.ONE)).field()).isEqualTo("threshold");
    assertThat(fails(() -> Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 84, BigDecimal.ZERO))
        .getMessage()).isEqualTo("weight 0 of short_bed_stays must be greater than 0");
    // Shares may be exactly 1, other thresholds any size.
    assertThat(Criterion.of(FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY, 1, BigDecimal.ONE)
        .isMetBy(1)).isTrue();
    assertThat(Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 365, BigDecimal.ONE).isMetBy(365))
        .isTrue();
    assertThat(Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 365, BigDecimal.ONE).isMetBy(365.5))
        .isFalse();
    assertThat(Criterion.of(FidelityIndicator.OUTREACH_AFTER_STAY, 28, BigDecimal.ONE).isMetBy(27.9))
        .isFalse();
  }

  @Test
  void bandsCheckNameAndMinimum() {
    assertThat(fails(() -> FidelityBand.of("", BigDecimal.ZERO)).field()).isEqualTo("name");
    assertThat(fails(() -> FidelityBand.of("  ", BigDecimal.ZERO)).field()).isEqualTo("name");
    assertThat(fails(() -> FidelityBand.of("x".repeat(41), BigDecimal.ZERO)).field()).isEqualTo("name");
    assertThat(fails(() -> FidelityBand.of("high<b>", BigDecimal.ZERO)).getMessage())
        .isEqualTo("band name (value withheld: 7 characters; character 5 is U+003C) is not 1-40"
            + " characters of letters, digits, space, - _ .");
    assertThat(fails(() -> FidelityBand.of("x".repeat(41), BigDecimal.ZERO)).getMessage())
        .isEqualTo("band name (value withheld: 41 characters) is not 1-40 characters of letters, digits,"
            + " space, - _ .");
    assertThat(FidelityBand.of("x".repeat(40), BigDecimal.ZERO).name()).hasSize(40);
    assertThat(FidelityBand.of("Band A-1_b.2", BigDecimal.ONE).toString()).isEqualTo("Band A-1_b.2 (from 1)");
    assertThat(fails(() -> FidelityBand.of("a", new BigDecimal("1.01"))).getMessage())
        .isEqualTo("minimum score 1.01 of band a must be from 0 to 1");
    assertThat(fails(() -> FidelityBand.of("a", new BigDecimal("-0.1"))).field())
        .isEqualTo("minimumScore");
  }

  @Test
  void rubricsCheckTheirParts() {
    assertThat(fails(() -> rubric(" ").build()).field()).isEqualTo("name");
    assertThat(fails(() -> rubric("n".repeat(101)).build()).field()).isEqualTo("name");
    assertThat(fails(() -> rubric("n".repeat(101)).build()).getMessage())
        .isEqualTo("rubric name (value withheld: 101 characters) must be 1-100 characters and not"
            + " blank");
    assertThat(rubric("n".repeat(100)).build().name()).hasSize(100);
    assertThat(fails(() -> rubric().monthsAfterStay(0).build()).getMessage())
        .isEqualTo("months after a stay 0 must be from 1 to 120");
    assertThat(fails(() -> rubric().monthsAfterStay(121).build()).field()).isEqualTo("monthsAfterStay");
    assertThat(rubric().monthsAfterStay(120).build().monthsAfterStay()).isEqualTo(120);
    assertThat(rubric().monthsAfterStay(1).build().monthsAfterStay()).isEqualTo(1);
    assertThat(fails(() -> FidelityRubric.builder().name("r").proposal(true)
            .addBands(FidelityBand.of("low", BigDecimal.ZERO)).build()).getMessage())
        .isEqualTo("rubric r has no criteria");
    assertThat(fails(() -> rubric().addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
        .build()).getMessage()).isEqualTo("rubric r lists indicator short_bed_stays twice");
    assertThat(fails(() -> FidelityRubric.builder().name("r").proposal(true)
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS)).build()).getMessage())
        .isEqualTo("rubric r has no bands");
    assertThat(fails(() -> rubric().addBands(FidelityBand.of("high", BigDecimal.ZERO)).build())
        .getMessage()).isEqualTo("rubric r names band high twice");
    assertThat(fails(() -> FidelityRubric.builder().name("r").proposal(true)
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
            .addBands(FidelityBand.of("a", new BigDecimal("0.5")), FidelityBand.of("b", new BigDecimal("0.5")),
                FidelityBand.of("c", BigDecimal.ZERO)).build()).getMessage())
        .isEqualTo("band minimums must strictly decrease: b (from 0.5) follows a (from 0.5)");
    assertThat(fails(() -> FidelityRubric.builder().name("r").proposal(true)
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
            .addBands(FidelityBand.of("a", new BigDecimal("0.5"))).build()).getMessage())
        .isEqualTo("the last band a (from 0.5) must start from 0, so that every score has a band");
    assertThat(fails(() -> FidelityRubric.builder().name("r").proposal(true)
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS))
            .addBands(FidelityBand.of("not scored", BigDecimal.ZERO)).build()).getMessage())
        .isEqualTo("band name \"not scored\" is reserved for young people with no score");
  }

  @Test
  void bandsAreFoundExactlyFromWeights() {
    FidelityRubric r = rubric()
        .addBands()
        .build();
    // met 0.8 of 1: exactly the minimum of high.
    assertThat(r.bandOf(new BigDecimal("0.8"), BigDecimal.ONE).get().name()).isEqualTo("high");
    assertThat(r.bandOf(new BigDecimal("0.7999"), BigDecimal.ONE).get().name()).isEqualTo("low");
    // Ten weights of 0.1, eight met: 0.8 exactly in decimals (in binary 0.1 x 8 is 0.7999...).
    BigDecimal eight = BigDecimal.ZERO;
    for (int i = 0; i < 8; i++) {
      eight = eight.add(new BigDecimal("0.1"));
    }
    BigDecimal ten = eight.add(new BigDecimal("0.2"));
    assertThat(r.bandOf(eight, ten).get().name()).isEqualTo("high");
    assertThat(r.bandOf(BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
    assertThat(r.bandOf(BigDecimal.ZERO, BigDecimal.ONE).get().name()).isEqualTo("low");
    assertThat(fails(() -> r.bandOf(new BigDecimal("2"), BigDecimal.ONE)).getMessage())
        .isEqualTo("met weight 2 must be from 0 to the applicable weight 1");
    assertThat(fails(() -> r.bandOf(new BigDecimal("-1"), BigDecimal.ONE)).field()).isEqualTo("met");
    assertThat(r.band("high")).contains(FidelityBand.of("high", new BigDecimal("0.8")));
    assertThat(r.band("partial")).isEmpty();
    assertThat(r.criterion(FidelityIndicator.SHORT_BED_STAYS)).isPresent();
    assertThat(r.criterion(FidelityIndicator.OUTREACH_AFTER_STAY)).isEmpty();
  }
}
