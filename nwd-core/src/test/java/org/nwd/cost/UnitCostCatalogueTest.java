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
  void toStringGivesTheSizeNotTheCosts() {
    UnitCostCatalogue shipped = UnitCostCatalogue.defaults();
    assertThat(shipped.toString())
        .isEqualTo("UnitCostCatalogue{" + shipped.costs().size() + " unit costs}");
    assertThat(shipped.costs()).hasSizeGreaterThan(10);
  }

  @Test
  void defaultHoldsEveryRowOfTheShippedCsvWithProvenance() {
    // unit-costs.csv has 102 data rows, unit-costs-current.csv 56 (python3 csv.DictReader count).
    assertThat(cat.costs()).hasSize(158);
    assertThat(cat.costs().stream().filter(c -> c.recency().orElseThrow() == Recency.CURRENT))
        .hasSize(57);
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
    // Old rows carry the grade of unit-costs-grades.csv.
    assertThat(arrest.confidence()).contains(Confidence.PRIMARY);
    assertThat(arrest.recency()).contains(Recency.OLD);
    assertThat(arrest.uncertaintyGrade()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(arrest.grading()).isEqualTo("primary, old");
    assertThat(cat.get("L-NCC-AE", ValueType.FISCAL).confidence()).contains(Confidence.UNCERTAIN);
    assertThat(cat.get("L-NCC-AE", ValueType.FISCAL).recency()).contains(Recency.CURRENT);
    assertThat(cat.get("L-CCO2019-SCH", ValueType.FISCAL).confidence()).contains(Confidence.SECONDARY);
    assertThat(cat.get("L-UOP-MISSING-MIN", ValueType.FISCAL).confidence()).contains(Confidence.PRIMARY);
    assertThat(cat.costs()).allSatisfy(c -> {
      assertThat(c.confidence()).isPresent();
      assertThat(c.recency()).isPresent();
    });
  }

  /** The current rows as unit-costs-current.md gives them (values, years and grades read by hand). */
  @Test
  void currentRowsCarryValueUnitYearAgencyTypeGradeAndSource() {
    UnitCost ae = cat.get("L-PSSRU2025-AE", ValueType.FISCAL);
    assertThat(ae.amount()).isEqualTo(Money.ofPounds(280));
    assertThat(ae.unit()).isEqualTo(CostUnit.PER_EVENT);
    assertThat(ae.unitLabel()).isEqualTo("per attendance");
    assertThat(ae.priceYear()).contains(PriceYear.parse("2024/25"));
    assertThat(ae.agency()).isEqualTo(Agency.NHS);
    assertThat(ae.confidence()).contains(Confidence.SECONDARY);
    assertThat(ae.recency()).contains(Recency.CURRENT);
    assertThat(ae.uncertaintyGrade()).isEqualTo(Confidence.SECONDARY);
    assertThat(ae.citation().orElseThrow()).contains("Unit Costs of Health and Social Care 2025")
        .contains("Table 6.1.1");
    assertThat(ae.source()).isEqualTo("https://doi.org/10.22024/UniKent/01.02.115569");
    UnitCost home = cat.get("L-NAO2025-CHILDRENS-HOME", ValueType.FISCAL);
    assertThat(home.amount()).isEqualTo(Money.ofPounds(318_400));
    assertThat(home.sourcePriceYear()).isEqualTo("2023-24");
    assertThat(home.confidence()).contains(Confidence.PRIMARY);
    assertThat(home.unit()).isEqualTo(CostUnit.PER_YEAR);
    UnitCost ccn = cat.get("L-CCN2024-RESIDENTIAL", ValueType.FISCAL);
    assertThat(ccn.amount()).isEqualTo(Money.ofPounds(6108));
    assertThat(ccn.sourcePriceYear()).isEqualTo("2024 (cash)");
    assertThat(ccn.unit()).isEqualTo(CostUnit.PER_WEEK);
    assertThat(cat.get("L-NMA2025-ROE-16-17", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(258));
    assertThat(cat.get("L-NMA2025-LONDON-0-2", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(198));
    assertThat(cat.get("L-NMA2025-SE-11-15", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(247));
    assertThat(cat.get("L-PSSRU2025-SW-ADULT", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(54));
    assertThat(cat.get("L-PSSRU2025-SW-ADULT", ValueType.FISCAL).unit()).isEqualTo(CostUnit.PER_HOUR);
    assertThat(cat.get("L-HO2021-LAC-EXTRA", ValueType.FISCAL).confidence()).contains(Confidence.UNCERTAIN);
    UnitCost neet = cat.get("L-COLES2010-NEET-LIFETIME", ValueType.ECONOMIC);
    assertThat(neet.amount()).isEqualTo(Money.ofPounds(104_000));
    assertThat(neet.unit()).isEqualTo(CostUnit.PER_PERSON_LIFETIME);
    assertThat(neet.agency()).isEqualTo(Agency.NOT_APPLICABLE);
    assertThat(cat.get("L-COLES2010-NEET-LIFETIME", ValueType.FISCAL).agency())
        .isEqualTo(Agency.of("Exchequer"));
    assertThat(cat.get("L-HO2019-DA-POLICE", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(645));
    // Home Office costs of crime 2019/20: violence with injury 280 + 13,390 + 2,050.
    UnitCost response = cat.get("L-HOCOC2020-VWI-RESPONSE", ValueType.FISCAL);
    assertThat(response.amount()).isEqualTo(Money.ofPounds(2050));
    assertThat(response.agency()).isEqualTo(Agency.of("Police and Criminal Justice System"));
    assertThat(response.unit()).isEqualTo(CostUnit.PER_EVENT);
    assertThat(cat.get("L-HOCOC2020-VWI-CONSEQUENCE", ValueType.SOCIAL).amount())
        .isEqualTo(Money.ofPounds(13_390));
    assertThat(cat.get("L-HOCOC2020-VWI-ANTICIPATION", ValueType.ECONOMIC).amount())
        .isEqualTo(Money.ofPounds(280));
    assertThat(cat.get("L-HOCOC2020-HOMICIDE-RESPONSE", ValueType.FISCAL).amount())
        .isEqualTo(Money.ofPounds(640_780));
    // The publication rounds: rape's parts add to 48,010 against a published 48,000, and the row says so.
    assertThat(cat.get("L-HOCOC2020-RAPE-RESPONSE", ValueType.FISCAL).notes())
        .contains("sum to 48,010, not 48,000");
    assertThat(cat.costs().stream().filter(c -> c.code().startsWith("L-HOCOC2020-"))).hasSize(27);
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
        .hasSize(26);
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
    assertThat(mapped.unmappedPriceYears()).hasSize(24);
    assertThat(mapped.get("L-UOP-MISSING-MIN", ValueType.FISCAL).priceYearRule())
        .contains("'Aug 2012' read as 2012/13 by the caller's entry");
    // With the standard mapping only the labels that say nothing about the year are left.
    assertThat(cat.unresolvedPriceYears(PriceYearMapping.standard()))
        .containsExactly(
            "L-MBRO-EXT-HOME-LOW (FISCAL): 'not stated'", "L-MBRO-EXT-HOME-HIGH (FISCAL): 'not stated'");
    UnitCostCatalogue standard = cat.withPriceYears(PriceYearMapping.standard());
    assertThat(standard.get("L-UOP-MISSING-MIN", ValueType.FISCAL).priceYear())
        .contains(PriceYear.parse("2012/13"));
    assertThat(standard.get("L-UOP-MISSING-MIN", ValueType.FISCAL).priceYearRule())
        .contains(
            "'Aug 2012' is a month: the financial year containing it, 2012/13 (standard price-year"
                + " mapping)");
    assertThat(standard.get("L-CCN2024-RESIDENTIAL", ValueType.FISCAL).priceYear())
        .contains(PriceYear.parse("2024/25"));
    assertThat(standard.get("SS3.0", ValueType.FISCAL).priceYearRule()).isEmpty();
    assertThat(standard.unmappedPriceYears()).hasSize(2);
    UnitCost direct = cat.get("L-PQ-FOSTER", ValueType.FISCAL).withMappedPriceYear(PriceYear.of(2015));
    assertThat(direct.priceYearRule()).contains("'c. 2016' read as 2015/16 by the caller");
  }

  @Test
  void callersExtendAndReplaceRows() {
    UnitCost mine = cost("CR7.0", ValueType.FISCAL, "700", "2020/21");
    UnitCostCatalogue replaced = cat.with(mine);
    assertThat(replaced.costs()).hasSize(158);
    assertThat(replaced.get("CR7.0", ValueType.FISCAL).amount()).isEqualTo(Money.ofPounds(700));
    UnitCostCatalogue added = cat.withAll(List.of(cost("L-MINE", ValueType.SOCIAL, "5", "2020/21")));
    assertThat(added.costs()).hasSize(159);
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
    assertThat(x.unitLabel()).isEqualTo("per event");
    assertThatThrownBy(() -> UnitCost.builder().code("S").description("d").unit(CostUnit.PER_EVENT)
            .amount(Money.ofPounds(1)).sourcePriceYear("2024/25").valueType(ValueType.FISCAL)
            .agency(Agency.NHS).source("s").parentCode("S").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost S (FISCAL) names itself as its parent");
    assertThatThrownBy(() -> x.withAgency(Agency.NOT_APPLICABLE))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost X (FISCAL) has agency 'not applicable': a fiscal cost names the agency"
            + " that bears it");
    assertThat(x.withAgency(Agency.NHS).agency()).isEqualTo(Agency.NHS);
    assertThat(x.withConfidence(Confidence.SECONDARY).confidence()).contains(Confidence.SECONDARY);
    assertThat(x.uncertaintyGrade()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(x.grading()).isEqualTo("not graded, recency not stated");
    assertThat(x.withConfidence(Confidence.PRIMARY).uncertaintyGrade()).isEqualTo(Confidence.PRIMARY);
    // A unit cost without an agency is a domain error naming the field, never a builder's exception.
    UnitCost.Builder noAgency =
        UnitCost.builder().code("N").description("no agency").unit(CostUnit.PER_EVENT)
            .amount(Money.ofPounds(1)).sourcePriceYear("2024/25").valueType(ValueType.FISCAL)
            .source("test");
    assertThatThrownBy(noAgency::build)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost has no agency: every unit cost names the agency that bears it"
            + " (Agency.NOT_APPLICABLE for economic and social values)")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("agency");
    assertThatThrownBy(() -> UnitCost.builder().code("N").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("unit cost has no agency: every unit cost names the agency that"
            + " bears it (Agency.NOT_APPLICABLE for economic and social values); UnitCost: required"
            + " attributes ")
        .hasMessageContaining(" agency, ");
    assertThatThrownBy(() -> UnitCost.builder().code("N").code("M"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("UnitCost: attribute code is already set; set each attribute once");
    UnitCost.Builder noSource =
        UnitCost.builder().code("N").description("d").unit(CostUnit.PER_EVENT)
            .amount(Money.ofPounds(1)).sourcePriceYear("2024/25").valueType(ValueType.FISCAL)
            .agency(Agency.NHS);
    assertThatThrownBy(noSource::build)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("UnitCost: required attribute source is not set; set each before build()")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("source");
    assertThatThrownBy(() -> cost("X", ValueType.FISCAL, "-0.001", "2013/14"))
        .hasMessage("unit cost X (FISCAL) amount is GBP -0.001: must not be negative");
  }

  @Test
  void aMappingThatCountsAHeadlineAndItsPartsTogetherIsRefused() {
    OutcomeCostMapping both =
        OutcomeCostMapping.proposedDefault()
            .with(
                "ARRESTS",
                List.of(
                    MeasureCost.of("CR7.0", ValueType.FISCAL),
                    MeasureCost.of("L-CR7.0-YOS", ValueType.FISCAL)),
                "double counting");
    assertThatThrownBy(() -> cat.checkMapping(both))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("mapping for ARRESTS counts headline CR7.0 (FISCAL) together with its constituent"
            + " L-CR7.0-YOS (FISCAL): use one or the other, never both")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("mapping");
    cat.checkMapping(OutcomeCostMapping.proposedDefault());
    cat.checkMapping(OutcomeCostMapping.gmcaV14Proposal());
    OutcomeCostMapping unknown =
        OutcomeCostMapping.empty().with("X", List.of(MeasureCost.of("NOPE", ValueType.FISCAL)), "x");
    assertThatThrownBy(() -> cat.checkMapping(unknown))
        .hasMessage("no unit cost NOPE (FISCAL) in the catalogue");
  }

  @Test
  void everyShippedGradeIsOneTheSourceFilesUse() {
    assertThat(Confidence.parse(" Secondary ")).isEqualTo(Confidence.SECONDARY);
    assertThat(Recency.parse("OLD")).isEqualTo(Recency.OLD);
    assertThat(Confidence.UNCERTAIN.word()).isEqualTo("uncertain");
    assertThat(Recency.CURRENT.word()).isEqualTo("current");
    assertThatThrownBy(() -> Confidence.parse("verified"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("confidence 'verified' is not primary, secondary or uncertain");
    assertThatThrownBy(() -> Recency.parse("new"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("recency 'new' is not current or old");
    // The proposed ranges are the documented ones (Confidence javadoc).
    assertThat(Confidence.PRIMARY.proposedRange()).isEqualTo(Estimate.of("0.9", "1", "1.1"));
    assertThat(Confidence.SECONDARY.proposedRange()).isEqualTo(Estimate.of("0.75", "1", "1.25"));
    assertThat(Confidence.UNCERTAIN.proposedRange()).isEqualTo(Estimate.of("0.5", "1", "1.5"));
    assertThatThrownBy(
            () -> UnitCostCatalogue.fromCsvRows(
                Csv.parse("code,description,unit,agency,value_type,amount_gbp,price_year,rag,"
                    + "source_url,notes\nX,d,each,NHS,fiscal,1,2013/14,,u,n\n"),
                java.util.Map.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost X (FISCAL) has no confidence grade in the grades file");
  }

  @Test
  void parsersOfTheCsvVocabulary() {
    assertThat(CostUnit.fromLabel("per person (lifetime)")).isEqualTo(CostUnit.PER_PERSON_LIFETIME);
    assertThat(CostUnit.fromLabel("per bed day")).isEqualTo(CostUnit.PER_DAY);
    assertThat(CostUnit.fromLabel("per person per month")).isEqualTo(CostUnit.PER_MONTH);
    assertThat(CostUnit.fromLabel("per hour")).isEqualTo(CostUnit.PER_HOUR);
    assertThat(CostUnit.fromLabel("per child per year")).isEqualTo(CostUnit.PER_YEAR);
    assertThat(CostUnit.fromLabel("per child week")).isEqualTo(CostUnit.PER_WEEK);
    assertThat(CostUnit.fromLabel("per day")).isEqualTo(CostUnit.PER_DAY);
    assertThat(CostUnit.fromLabel("per process")).isEqualTo(CostUnit.PER_PROCESS);
    assertThat(CostUnit.fromLabel("per process (addition)")).isEqualTo(CostUnit.PER_PROCESS);
    assertThat(CostUnit.fromLabel("each")).isEqualTo(CostUnit.PER_EVENT);
    assertThat(CostUnit.fromLabel("per attendance")).isEqualTo(CostUnit.PER_EVENT);
    for (String event : new String[] {"per offence", "per stay", "per care contact", "per victim",
        "per crime", "per investigation", "per incident", "per arrest", "per episode", "per case",
        "per session", "per contact", "per event"}) {
      assertThat(CostUnit.fromLabel(event)).as(event).isEqualTo(CostUnit.PER_EVENT);
    }
    assertThat(CostUnit.fromLabel("per person, lifetime")).isEqualTo(CostUnit.PER_PERSON_LIFETIME);
    assertThatThrownBy(() -> CostUnit.fromLabel("per fortnight"))
        .hasMessage("cost unit 'per fortnight' is not recognised");
    assertThat(ValueType.parse(" Economic ")).isEqualTo(ValueType.ECONOMIC);
    assertThatThrownBy(() -> ValueType.parse("cash"))
        .hasMessage("value type 'cash' is not fiscal, economic or social");
    assertThat(Rag.parse("g")).isEqualTo(Rag.GREEN);
    assertThat(Rag.parse("R")).isEqualTo(Rag.RED);
    assertThat(Rag.parse(" A ")).isEqualTo(Rag.AMBER);
    assertThatThrownBy(() -> Rag.parse("X")).hasMessage("RAG rating 'X' is not R, A or G");
    new EqualsTester()
        .addEqualityGroup(Agency.of("police"), Agency.POLICE, Agency.of(" Police "))
        .addEqualityGroup(Agency.NHS)
        .testEquals();
    assertThat(Agency.POLICE.compareTo(Agency.NHS)).isPositive();
    assertThat(Agency.of("Cafcass").name()).isEqualTo("Cafcass");
    // Hashes follow the case-blind name, as equality does.
    assertThat(Agency.of("POLICE").hashCode()).isEqualTo("police".hashCode());
    assertThat(PriceYear.of(2015).hashCode()).isEqualTo(2015);
    assertThat(Money.of("1.50").hashCode()).isEqualTo(new BigDecimal("1.5").hashCode());
    assertThatThrownBy(() -> Agency.of(" ")).hasMessage("agency name is blank");
  }

  @Test
  void csvReaderHandlesQuotesAndMissingFinalNewline() {
    assertThat(Csv.parse("a,\"b,\"\"c\"\"\"\r\nd,e"))
        .containsExactly(List.of("a", "b,\"c\""), List.of("d", "e"));
    assertThat(Csv.parse("\"a\"")).containsExactly(List.of("a"));
    assertThat(Csv.parse("\"x\"\"y\"")).containsExactly(List.of("x\"y"));
    assertThat(Csv.parse("\"\"\"\"")).containsExactly(List.of("\""));
    assertThat(Csv.readResource("unit-costs-grades.csv").get(0))
        .containsExactly("code", "value_type", "confidence", "recency", "reason");
  }

  /** The shipped files read row by row into the default catalogue (not only through its cache). */
  @Test
  void theShippedFilesReadRowByRow() {
    UnitCostCatalogue old =
        UnitCostCatalogue.fromCsvRows(
            Csv.readResource("unit-costs.csv"),
            UnitCostCatalogue.grades(Csv.readResource("unit-costs-grades.csv")));
    assertThat(old.costs()).hasSize(102);
    assertThat(old.get("SS3.0", ValueType.FISCAL).unit()).isEqualTo(CostUnit.PER_WEEK);
    assertThat(old.get("SS3.0", ValueType.FISCAL).confidence()).contains(Confidence.PRIMARY);
    UnitCostCatalogue current = UnitCostCatalogue.fromCurrentCsvRows(Csv.readResource("unit-costs-current.csv"));
    assertThat(current.costs()).hasSize(56);
    assertThat(current.costs()).allSatisfy(c -> assertThat(c.parentCode()).isEmpty());
    assertThat(cat.costs()).containsAll(old.costs()).containsAll(current.costs());
    UnitCostCatalogue withParent = UnitCostCatalogue.fromCurrentCsvRows(Csv.parse(
        "code,description,unit,agency,value_type,amount_gbp,price_year,confidence,recency,citation,"
            + "source_url,parent_code,notes\n"
            + "P,parent,each,NHS,fiscal,3,2024/25,primary,current,c,u,,n\n"
            + "C,child,each,NHS,fiscal,1,2024/25,primary,current,c,u,P,n\n"));
    assertThat(withParent.get("C", ValueType.FISCAL).parentCode()).contains("P");
    assertThat(withParent.get("P", ValueType.FISCAL).parentCode()).isEmpty();
    assertThat(withParent.get("C", ValueType.FISCAL).citation()).contains("c");
  }
}
