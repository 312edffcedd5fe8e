package io.rapport.crm.examples.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.examples.cli.CliRun;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.RecordFinancialLine;
import io.rapport.crm.sdk.RecordHolding;
import io.rapport.crm.sdk.RecordPurchase;
import io.rapport.crm.sdk.RegisterCustomer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportCommandTest {
  private static final Caller BANK = Caller.of(TenantId.of("report-bank"), Actor.user("tester"));
  private static final LocalDate END = LocalDate.of(2025, 6, 30);

  private final String url = "jdbc:h2:mem:report-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Crm crm;
  private final List<CustomerId> customers = new ArrayList<>();
  private int accounts;

  /**
   * Five customers registered on 2025-03-01; customer i bought on i days, the last 7·(6−i) days
   * before 2025-06-30, 10·i EUR a day. Customer 1 closed their only account on 2025-04-15, customer
   * 5 closed their status on 2025-03-01; customers 2–4 hold an open current account and customer 2
   * also savings. Customer 1 has a 100 EUR fee and 20 EUR servicing cost, customer 2 a net interest
   * margin of 50 USD and −5 EUR.
   */
  @BeforeEach
  void smallBank() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    crm = Crm.builder().storage(JdbcStorage.builder(h2).build()).clock(clock).build();
    List<FinanceCommand> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      CustomerId id =
          crm.customers().register(BANK, RegisterCustomer.person("Customer " + i).build()).id();
      customers.add(id);
      for (int day = 0; day < i; day++) {
        LocalDate when = END.minusDays(7L * (6 - i) + 30L * day);
        rows.add(RecordPurchase.of("P-" + i + "-" + day, id, when, "" + (10 * i), "EUR"));
      }
    }
    LocalDate opened = LocalDate.of(2025, 3, 1);
    holding(customers.get(0), ProductType.CURRENT_ACCOUNT, opened, LocalDate.of(2025, 4, 15));
    for (int i = 1; i <= 3; i++) {
      holding(customers.get(i), ProductType.CURRENT_ACCOUNT, opened, null);
    }
    holding(customers.get(1), ProductType.SAVINGS, opened, null);
    Customer fifth = crm.customers().get(BANK, customers.get(4));
    crm.customers().changeStatus(BANK, fifth.id(), fifth.version(), CustomerStatus.CLOSED);
    LocalDate day = LocalDate.of(2025, 5, 31);
    rows.add(
        RecordFinancialLine.of("F-1", customers.get(0), LineKind.FEE, day, "100.00", "EUR")
            .forProduct(ProductType.CURRENT_ACCOUNT));
    rows.add(
        RecordFinancialLine.of("C-1", customers.get(0), LineKind.SERVICING, day, "20.00", "EUR")
            .forProduct(ProductType.CURRENT_ACCOUNT));
    rows.add(
        RecordFinancialLine.of(
                "N-1", customers.get(1), LineKind.NET_INTEREST_MARGIN, day, "50.00", "USD")
            .forProduct(ProductType.MORTGAGE));
    rows.add(
        RecordFinancialLine.of(
            "N-2", customers.get(1), LineKind.NET_INTEREST_MARGIN, day, "-5.00", "EUR"));
    crm.finance().importEvents(BANK, rows);
  }

  @Test
  void rfm_fiveCustomers_printsSegmentCounts() {
    // when
    CliRun run = report("rfm");

    // then: codes 111, 222, 333, 444, 555
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("champions\\s+2\\s+40.0 %")
        .containsPattern("needs attention\\s+1\\s+20.0 %")
        .containsPattern("hibernating\\s+2\\s+40.0 %")
        .containsPattern("all\\s+5\\s+100.0 %");
  }

  @Test
  void profitability_rateGiven_convertsAndRanks() {
    // when
    CliRun run = report("profitability", "--rate", "USD=0.9");

    // then: customer 1 earns 100 − 20 = 80, customer 2 45 − 5 = 40
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("customers with lines 2")
        .containsPattern("145.00 EUR\\s+25.00 EUR\\s+120.00 EUR")
        .containsPattern("decile 1\\s+1\\s+100.00 EUR\\s+20.00 EUR\\s+80.00 EUR")
        .containsPattern("decile 6\\s+1\\s+45.00 EUR\\s+5.00 EUR\\s+40.00 EUR")
        .containsPattern("MORTGAGE\\s+45.00 EUR\\s+0.00 EUR\\s+45.00 EUR")
        .contains("the top 100.0 % of customers earn 100.0 % of the profit");
  }

  @Test
  void profitability_noRateForUsd_stopsWithExitCode1() {
    // when
    CliRun run = report("profitability");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("MissingExchangeRateException").contains("USD");
  }

  @Test
  void churn_closedAccountAndStatus_printsMonthsAndCohort() {
    // when
    CliRun run = report("churn");

    // then: 5 acquired in March, customer 5 churned in March, customer 1 in April
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("2025-03\\s+0\\s+5\\s+0\\s+0.0 %\\s+100.0 %")
        .containsPattern("2025-04\\s+4\\s+0\\s+1\\s+25.0 %\\s+75.0 %")
        .containsPattern("2025-05\\s+3\\s+0\\s+0\\s+0.0 %")
        .containsPattern("2025-03\\s+5\\s+80.0 %\\s+60.0 %\\s+60.0 %\\s+60.0 %");
  }

  @Test
  void kpis_year_printsCustomersProductsAndRevenue() {
    // when
    CliRun run = report("kpis", "--rate", "USD=0.9");

    // then: revenue 100 + 45 − 5 = 140 over 3 customers at the end
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("customers at start\\s+0")
        .containsPattern("customers at end\\s+3")
        .containsPattern("new customers\\s+5")
        .containsPattern("acquisition cost \\(0 campaigns\\)\\s+0.00 EUR")
        .containsPattern("retention rate\\s+-")
        .containsPattern("products per customer\\s+1.33")
        .containsPattern("average revenue per customer\\s+46.67 EUR");
  }

  private CliRun report(String kind, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                kind,
                "--jdbc-url",
                url,
                "--tenant",
                "report-bank",
                "--as-of",
                END.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private void holding(CustomerId customer, ProductType type, LocalDate opened, LocalDate closed) {
    crm.holdings()
        .record(
            BANK,
            RecordHolding.of(customer, type, type.name())
                .account("ACC-" + (++accounts))
                .balance("0.00", "EUR")
                .openedOn(opened)
                .closedOn(closed)
                .build());
  }
}
