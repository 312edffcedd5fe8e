package io.rapport.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final Caller DEMO = Caller.of(TenantId.of("demo-bank"), Actor.user("tester"));

  @TempDir Path folder;

  private final String url = "jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Crm crm;
  private CustomerId ada;
  private CustomerId bob;

  @BeforeEach
  void twoCustomers() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    crm = Crm.builder().storage(JdbcStorage.builder(h2).build()).build();
    ada = crm.customers().register(DEMO, RegisterCustomer.person("Ada").build()).id();
    bob = crm.customers().register(DEMO, RegisterCustomer.person("Bob").build()).id();
  }

  @Test
  void importPurchases_goodAndBadRows_storesGoodListsBadByLine() throws IOException {
    // given
    Path csv =
        file(
            "external_key,customer_id,day,amount,currency",
            "P-1," + ada + ",2025-01-10,10.00,EUR",
            "P-2," + ada + ",2025-01-10,5.50,EUR",
            "P-3," + ada + ",2025-13-01,1.00,EUR",
            "",
            "P-4," + bob + ",2025-02-01,-3.00,EUR",
            "P-5," + bob + ",2025-02-01,3.00",
            "P-6," + UUID.randomUUID() + ",2025-02-01,3.00,EUR",
            "P-7," + bob + ",2025-02-02,4.00,EUR");

    // when
    CliRun run =
        CliRun.of("import", "--kind", "purchases", "--file", csv.toString(), "--jdbc-url", url);

    // then
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("Imported 3, already present 0, conflicting 0, rejected 4 (of 7 rows)")
        .contains("line 4: day: must be an ISO date")
        .contains("line 6: amount: amount of a purchase must not be negative [InvalidValue]")
        .contains("line 7: expected 5 fields but found 4")
        .contains("line 8: customer_id: must be a customer of the tenant [CustomerExists]");
    String out = run.out();
    assertThat(out.indexOf("line 4:")).isLessThan(out.indexOf("line 6:"));
    assertThat(out.indexOf("line 6:")).isLessThan(out.indexOf("line 7:"));
    assertThat(out.indexOf("line 7:")).isLessThan(out.indexOf("line 8:"));
    assertThat(run.err()).contains("[##############################] 100%  7/7 rows");
    assertThat(summaries())
        .containsExactly(
            new PurchaseSummary(
                ada,
                day("2025-01-10"),
                day("2025-01-10"),
                1,
                new BigDecimal("15.50"),
                new BigDecimal("15.50"),
                day("2025-12-31")),
            new PurchaseSummary(
                bob,
                day("2025-02-02"),
                day("2025-02-02"),
                1,
                new BigDecimal("4.00"),
                new BigDecimal("4.00"),
                day("2025-12-31")));
  }

  @Test
  void importRevenue_sameFileTwice_secondRunImportsNothing() throws IOException {
    // given
    Path csv =
        file(
            "external_key,customer_id,product,kind,day,amount,currency",
            "R-1," + ada + ",CURRENT_ACCOUNT,FEE,2025-01-31,2.50,EUR",
            "R-2," + ada + ",mortgage,net_interest_margin,2025-01-31,-4.00,EUR",
            "R-3," + bob + ",,COMMISSION,2025-01-31,7,EUR");
    CliRun first =
        CliRun.of("import", "--kind", "revenue", "--file", csv.toString(), "--jdbc-url", url);

    // when
    CliRun second =
        CliRun.of("import", "--kind", "revenue", "--file", csv.toString(), "--jdbc-url", url);

    // then
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Imported 3, already present 0");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("Imported 0, already present 3, conflicting 0, rejected 0");
    assertThat(totals()).hasSize(3);
  }

  @Test
  void importCost_changedLineAndRevenueKind_conflictAndRejectionListed() throws IOException {
    // given
    CliRun first =
        CliRun.of(
            "import",
            "--kind",
            "cost",
            "--file",
            file(
                    "external_key,customer_id,product,kind,day,amount,currency",
                    "C-1," + ada + ",,SERVICING,2025-01-31,8.00,EUR")
                .toString(),
            "--jdbc-url",
            url);
    Path changed =
        file(
            "external_key,customer_id,product,kind,day,amount,currency",
            "C-1," + ada + ",,SERVICING,2025-01-31,9.00,EUR",
            "C-2," + ada + ",,FEE,2025-01-31,1.00,EUR");

    // when
    CliRun second =
        CliRun.of("import", "--kind", "cost", "--file", changed.toString(), "--jdbc-url", url);

    // then
    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.out())
        .contains("Imported 0, already present 0, conflicting 1, rejected 1")
        .contains("line 2: external_key: is stored already with other values")
        .contains("line 3: kind: must be one of SERVICING, ACQUISITION, RISK_PROVISION");
    assertThat(totals())
        .extracting(t -> t.total().amount())
        .containsExactly(new BigDecimal("8.00"));
  }

  @Test
  void import_wrongHeader_exitsWithTwoAndStoresNothing() throws IOException {
    // given
    Path csv = file("key,customer,day,amount,currency", "P-1," + ada + ",2025-01-10,1.00,EUR");

    // when
    CliRun run =
        CliRun.of("import", "--kind", "purchases", "--file", csv.toString(), "--jdbc-url", url);

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("external_key,customer_id,day,amount,currency");
    assertThat(summaries()).isEmpty();
  }

  private Path file(String... lines) throws IOException {
    Path csv = Files.createTempFile(folder, "rows", ".csv");
    Files.write(csv, List.of(lines));
    return csv;
  }

  private List<PurchaseSummary> summaries() {
    List<PurchaseSummary> result = new ArrayList<>();
    crm.finance()
        .purchaseSummaries(DEMO, Currency.getInstance("EUR"), day("2025-12-31"), result::add);
    return result;
  }

  private List<LineTotal> totals() {
    List<LineTotal> result = new ArrayList<>();
    crm.finance()
        .lineTotals(DEMO, ReportingPeriod.of(day("2025-01-01"), day("2025-12-31")), result::add);
    return result;
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
