package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.nwd.impact.ImpactResult;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.PairedProportions;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * The paired statistics of issue 12 in documents: the derived parts of status and score measures
 * are written, optional on read (documents without them still read) and checked when given.
 */
class PairedStatisticsJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final NwdJson JSON = NwdJson.strict();

  private static ObjectNode doc() throws Exception {
    return (ObjectNode) MAPPER.readTree(JSON.write(ImpactJsonTest.prePost(7, 40)));
  }

  private static ObjectNode part(ObjectNode doc, String kind) {
    for (JsonNode m : doc.get("impactResult").get("measures")) {
      if (m.has(kind)) {
        return (ObjectNode) m.get(kind);
      }
    }
    throw new AssertionError("no " + kind);
  }

  @Test
  void statusAndScorePartsAreWrittenAndOptionalOnRead() throws Exception {
    ObjectNode d = doc();
    ImpactResult full = JSON.read(d.toString(), ImpactResult.class);
    assertThat(part(d, "statuses").get("difference").get("type").asText())
        .isEqualTo("paired_proportions");
    assertThat(part(d, "statuses").get("oddsRatio").get("type").asText())
        .isEqualTo("conditional_odds_ratio");
    assertThat(part(d, "scores").get("pairedEffectSize").get("type").asText())
        .isEqualTo("paired_effect_size");
    part(d, "statuses").remove("difference");
    part(d, "statuses").remove("oddsRatio");
    part(d, "scores").remove("pairedEffectSize");
    ImpactResult without = JSON.read(d.toString(), ImpactResult.class);
    assertThat(without).isEqualTo(full);
    assertThat(JSON.write(without)).isEqualTo(JSON.write(full));
  }

  @Test
  void aForgedDerivedPartIsRejected() throws Exception {
    ObjectNode d = doc();
    ObjectNode forged = (ObjectNode) part(d, "statuses").get("difference");
    forged.remove("outputs");
    forged.remove("explanation");
    ObjectNode inputs = (ObjectNode) forged.get("inputs");
    inputs.put("bothNo", inputs.get("bothNo").asLong() + 1);
    assertThatThrownBy(() -> JSON.read(d.toString(), ImpactResult.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("difference does not match the value derived from the other parts");
  }

  @Test
  void wilcoxonZeroMethodIsOptionalAndRead() throws Exception {
    WilcoxonSignedRank pratt = WilcoxonSignedRank.of(new double[] {1, 2, 3, 4},
        new double[] {2, 2, 5, 1}, WilcoxonSignedRank.ZeroMethod.PRATT);
    ObjectNode d = (ObjectNode) MAPPER.readTree(JSON.write(pratt));
    assertThat(d.get("result").get("inputs").get("zeroMethod").asText()).isEqualTo("pratt");
    assertThat(JSON.read(d.toString(), WilcoxonSignedRank.class)).isEqualTo(pratt);
    ObjectNode result = (ObjectNode) d.get("result");
    ((ObjectNode) result.get("inputs")).remove("zeroMethod");
    result.remove("outputs");
    result.remove("explanation");
    assertThat(JSON.read(d.toString(), WilcoxonSignedRank.class).zeroMethod())
        .isEqualTo(WilcoxonSignedRank.ZeroMethod.WILCOX);
    ((ObjectNode) result.get("inputs")).put("zeroMethod", "zsplit");
    assertThatThrownBy(() -> JSON.read(d.toString(), WilcoxonSignedRank.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("unknown code \"zsplit\"; known codes: wilcox, pratt");
  }

  @Test
  void aSmallPairedTableCarriesItsWarningInTheOutputs() throws Exception {
    PairedProportions small = PairedProportions.of(2, 3, 1, 0, ConfidenceLevel.NINETY_FIVE);
    JsonNode d = MAPPER.readTree(JSON.write(small));
    assertThat(d.get("result").get("outputs").get("warning").asText()).isEqualTo(small.warning());
    assertThat(JSON.read(d.toString(), PairedProportions.class)).isEqualTo(small);
  }
}
