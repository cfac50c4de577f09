package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;

/** The data-quality report as bare JSON: the shape documented in QualityCodec, both ways. */
class DataIssueJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NwdJsonModule());

  private static final DataIssue REPAIRED =
      DataIssue.builder()
          .table("episodes")
          .file("episodes.csv")
          .line(12)
          .youngPersonId(YoungPersonId.of("E10000023:C1"))
          .field("PL_POST")
          .value("AA99 9AA")
          .category(DataIssueCategory.INVALID_POSTCODE)
          .rule("PL_POST is not a UK postcode")
          .action(DataIssueAction.REPAIRED)
          .repair("placement location unknown")
          .build();

  @Test
  void theShapeIsAsDocumented() throws Exception {
    DataIssueReport report = DataIssueReport.of(List.of(REPAIRED), Map.of("episodes", 40L));
    String json = MAPPER.writeValueAsString(report);
    assertThat(json)
        .isEqualTo(
            "{\"rowsRead\":{\"episodes\":40},\"issues\":[{\"table\":\"episodes\","
                + "\"file\":\"episodes.csv\",\"line\":12,\"youngPersonId\":\"E10000023:C1\","
                + "\"field\":\"PL_POST\",\"value\":\"AA99 9AA\",\"category\":\"invalid_postcode\","
                + "\"rule\":\"PL_POST is not a UK postcode\",\"action\":\"repaired\","
                + "\"repair\":\"placement location unknown\"}]}");
    assertThat(MAPPER.readValue(json, DataIssueReport.class)).isEqualTo(report);
  }

  @Test
  void rulesAndCodesAreCheckedOnRead() {
    String noRepair =
        "{\"table\":\"t\",\"file\":\"f\",\"line\":0,\"category\":\"censored\",\"rule\":\"r\","
            + "\"action\":\"repaired\"}";
    assertThatThrownBy(() -> MAPPER.readValue(noRepair, DataIssue.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("a repaired issue must state a repair");
    String badCategory =
        "{\"table\":\"t\",\"file\":\"f\",\"line\":0,\"category\":\"nope\",\"rule\":\"r\","
            + "\"action\":\"kept\"}";
    assertThatThrownBy(() -> MAPPER.readValue(badCategory, DataIssue.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("unknown data issue category code \"nope\"");
    String noRule = "{\"table\":\"t\",\"file\":\"f\",\"line\":0,\"category\":\"censored\","
        + "\"action\":\"kept\"}";
    assertThatThrownBy(() -> MAPPER.readValue(noRule, DataIssue.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("missing required field \"rule\"");
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"rowsRead\":{\"x\":-1},\"issues\":[]}", DataIssueReport.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("rows read of x is negative: -1");
  }
}
