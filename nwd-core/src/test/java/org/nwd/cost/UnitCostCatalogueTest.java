package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class UnitCostCatalogueTest {

  private final UnitCostCatalogue cat = UnitCostCatalogue.defaults();

  static UnitCost cost(String code, ValueType type, String amount, String year) {
    return UnitCost.builder()
        .code(code)
        .description("test " + code)
        .unit(CostUnit.PER_EVENT)
        .amount(Money.of(amount))
        .sourcePriceYear(year)
        .valueType(type)
        .agency(type == ValueType.FISCAL ? Agency.POLICE : Agency.NOT_APPLICABLE)
        .source("test")
        .build();
  }

  @Test
  void defaultHoldsEveryRowOfTheShippedCsvWithProvenance() {
    // unit-costs.csv has 102 data rows (python3 csv.DictReader count).
    assertThat(cat.costs()).hasSize(102);
    UnitCost arrest = cat.get("CR7.0", ValueType.FISCAL);
    assertThat(arrest.amount()).isEqualTo(Money.ofPounds(593));
    assertThat(arrest.priceYear()).contains(PriceYear.parse("2006/07"));
    assertThat(arrest.rag()).contains(Rag.AMBER);
    assertThat(arrest.agency()).isEqualTo(Agency.MULTIPLE);
    assertThat(arrest.unit()).isEqualTo(CostUnit.PER_EVENT);
    assertThat(arrest.unitLabel()).isEqualTo("per incident");
    assertThat(arrest.source()).startsWith("https://www.greatermanchester-ca.gov.uk");
    assertThat(arrest.cashableShare()).isEmpty();
    assertThat(arrest.transferPayment()).isFalse();
    assertThat(cat.get("SS3.0", ValueType.FISCAL).unit()).isEqualTo(CostUnit.PER_WEEK);
    assertThat(cat.get("L-UOP-MISSING-MIN", ValueType.FISCAL).rag()).isEmpty();
    assertThat(cat.get("E&E10.0", ValueType.ECONOMIC).amount()).isEqualTo(Money.ofPounds(8998));
    assertThat(cat.get("E&E10.0", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(4257));
  }

  @Test
  void constituentsNameTheirParentAndAddUpToIt() {
    Money sum = Money.ZERO;
    for (String c : List.of("L-CR7.0-POLICE", "L-CR7.0-DUTY-SOLICITOR", "L-CR7.0-YOS")) {
      UnitCost row = cat.get(c, ValueType.FISCAL);
      assertThat(row.parentCode()).contains("CR7.0");
      sum = sum.plus(row.amount());
    }
    // 342 + 245 + 6 = 593 (methods.md §3.7)
    assertThat(sum).isEqualTo(cat.get("CR7.0", ValueType.FISCAL).amount());
    assertThat(cat.get("L-E&E10.0-HMRC", ValueType.FISCAL).parentCode()).contains("E&E10.0");
    assertThat(cat.get("CR7.0", ValueType.FISCAL).parentCode()).isEmpty();
    assertThat(cat.costs().stream().filter(c -> c.parentCode().isPresent())).hasSize(9);
  }

  @Test
  void unmappablePriceYearsAreReportedNotGuessed() {
    assertThat(cat.unmappedPriceYears())
        .contains("L-UOP-MISSING-MIN (FISCAL): 'Aug 2012'", "L-PQ-LA-HOME (FISCAL): 'c. 2016'")
        .hasSize(22);
    UnitCost missing = cat.get("L-UOP-MISSING-MIN", ValueType.FISCAL);
    assertThatThrownBy(missing::requirePriceYear)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "unit cost L-UOP-MISSING-MIN (FISCAL) has price year 'Aug 2012', which is not a"
                + " financial year: supply a PriceYearMapping");
    UnitCostCatalogue mapped =
        cat.withPriceYears(
            PriceYearMapping.builder().putLabels("Aug 2012", PriceYear.parse("2012/13")).build());
    assertThat(mapped.get("L-UOP-MISSING-MIN", ValueType.FISCAL).requirePriceYear())
        .isEqualTo(PriceYear.of(2012));
    assertThat(mapped.unmappedPriceYears()).hasSize(20);
  }

  @Test
  void callersExtendAndReplaceRows() {
    UnitCost mine = cost("CR7.0", ValueType.FISCAL, "700", "2020/21");
    UnitCostCatalogue replaced = cat.with(mine);
    assertThat(replaced.costs()).hasSize(102);
    assertThat(replaced.get("CR7.0", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(700));
    UnitCostCatalogue added = cat.withAll(List.of(cost("L-MINE", ValueType.SOCIAL, "5", "2020/21")));
    assertThat(added.costs()).hasSize(103);
    assertThat(added.find("L-MINE", ValueType.FISCAL)).isEmpty();
    assertThatThrownBy(() -> cat.get("NOPE", ValueType.SOCIAL))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("no unit cost NOPE (SOCIAL) in the catalogue");
    assertThatThrownBy(
            () -> UnitCostCatalogue.of(List.of(mine, cost("CR7.0", ValueType.FISCAL, "1", "2020/21"))))
        .hasMessage("unit cost CR7.0 (FISCAL) appears twice in the catalogue");
  }

  @Test
  void transferPaymentsAreTheCallersFlag() {
    UnitCostCatalogue flagged = cat.withTransferPayments("L-E&E10.0-DWP");
    assertThat(flagged.get("L-E&E10.0-DWP", ValueType.FISCAL).transferPayment()).isTrue();
    assertThat(flagged.get("L-E&E10.0-HMRC", ValueType.FISCAL).transferPayment()).isFalse();
    assertThat(flagged.get("E&E10.0", ValueType.ECONOMIC).transferPayment()).isFalse();
    assertThatThrownBy(() -> cat.withTransferPayments("NOPE"))
        .hasMessage("no unit cost NOPE (FISCAL) in the catalogue");
  }

  @Test
  void costSetRejectsAHeadlineWithItsConstituents() {
    UnitCost parent = cat.get("CR7.0", ValueType.FISCAL);
    UnitCost police = cat.get("L-CR7.0-POLICE", ValueType.FISCAL);
    assertThatThrownBy(() -> CostSet.of(List.of(police, parent)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "cost set uses headline CR7.0 (FISCAL) together with its constituent L-CR7.0-POLICE"
                + " (FISCAL): use one or the other, never both");
    assertThat(CostSet.of(List.of(police, cat.get("L-CR7.0-YOS", ValueType.FISCAL))).costs())
        .hasSize(2);
    // Economic headline with fiscal constituents is not double counting.
    assertThat(
            CostSet.of(
                    List.of(
                        cat.get("E&E10.0", ValueType.ECONOMIC),
                        cat.get("L-E&E10.0-DWP", ValueType.FISCAL)))
                .costs())
        .hasSize(2);
  }

  @Test
  void unitCostRulesNameTheRow() {
    assertThatThrownBy(() -> cost("X", ValueType.FISCAL, "-1", "2013/14"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost X (FISCAL) amount is GBP -1: must not be negative");
    UnitCost x = cost("X", ValueType.FISCAL, "1", "2013/14");
    assertThatThrownBy(() -> x.withCashableShare(new BigDecimal("1.2")))
        .hasMessage("cashableShare for X (FISCAL) is 1.2: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> x.withCashableShare(new BigDecimal("-0.1")))
        .hasMessage("cashableShare for X (FISCAL) is -0.1: must be a share between 0 (0%) and 1 (100%)");
    assertThat(x.withCashableShare(BigDecimal.ONE).cashableShare()).contains(BigDecimal.ONE);
    assertThatThrownBy(() -> x.withMappedPriceYear(PriceYear.of(2010)))
        .hasMessage("unit cost X (FISCAL) has financial price year 2013/14: it cannot be mapped to 2010/11");
    assertThat(x.withMappedPriceYear(PriceYear.of(2013)).priceYear()).contains(PriceYear.of(2013));
    assertThatThrownBy(() -> cost("E", ValueType.ECONOMIC, "1", "2013/14").withTransferPayment(true))
        .hasMessage("unit cost E (ECONOMIC) is ECONOMIC: only fiscal values can be transfer payments");
    assertThatThrownBy(() -> cost(" ", ValueType.FISCAL, "1", "2013/14"))
        .hasMessage("unit cost code is blank");
  }

  @Test
  void parsersOfTheCsvVocabulary() {
    assertThat(CostUnit.fromLabel("per person (lifetime)")).isEqualTo(CostUnit.PER_PERSON_LIFETIME);
    assertThat(CostUnit.fromLabel("per bed day")).isEqualTo(CostUnit.PER_DAY);
    assertThat(CostUnit.fromLabel("per person per month")).isEqualTo(CostUnit.PER_MONTH);
    assertThat(CostUnit.fromLabel("per hour")).isEqualTo(CostUnit.PER_HOUR);
    assertThat(CostUnit.fromLabel("per process (addition)")).isEqualTo(CostUnit.PER_PROCESS);
    assertThat(CostUnit.fromLabel("each")).isEqualTo(CostUnit.PER_EVENT);
    assertThat(CostUnit.fromLabel("per attendance")).isEqualTo(CostUnit.PER_EVENT);
    assertThatThrownBy(() -> CostUnit.fromLabel("per fortnight"))
        .hasMessage("cost unit 'per fortnight' is not recognised");
    assertThat(ValueType.parse(" Economic ")).isEqualTo(ValueType.ECONOMIC);
    assertThatThrownBy(() -> ValueType.parse("cash"))
        .hasMessage("value type 'cash' is not fiscal, economic or social");
    assertThat(Rag.parse("g")).isEqualTo(Rag.GREEN);
    assertThat(Rag.parse("R")).isEqualTo(Rag.RED);
    assertThatThrownBy(() -> Rag.parse("X")).hasMessage("RAG rating 'X' is not R, A or G");
    new EqualsTester()
        .addEqualityGroup(Agency.of("police"), Agency.POLICE, Agency.of(" Police "))
        .addEqualityGroup(Agency.NHS)
        .testEquals();
    assertThat(Agency.POLICE.compareTo(Agency.NHS)).isPositive();
    assertThat(Agency.of("Cafcass").name()).isEqualTo("Cafcass");
    assertThatThrownBy(() -> Agency.of(" ")).hasMessage("agency name is blank");
  }

  @Test
  void csvReaderHandlesQuotesAndMissingFinalNewline() {
    assertThat(Csv.parse("a,\"b,\"\"c\"\"\"\r\nd,e"))
        .containsExactly(List.of("a", "b,\"c\""), List.of("d", "e"));
  }
}
