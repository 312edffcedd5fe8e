package io.rapport.crm.examples.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.examples.analytics.GeneratedPurchases;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnalyticsSectionTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final Crm crm =
      Crm.builder()
          .storage(InMemoryStorage.create())
          .clock(Clock.fixed(Instant.parse("2025-06-30T09:00:00Z"), ZoneOffset.UTC))
          .build();
  private final Caller caller = Caller.of(TenantId.of("demo-bank"), Actor.user("tester"));

  @Test
  void print_noPurchases_saysSoAndStillPrintsKpis() {
    // given
    crm.customers().register(caller, RegisterCustomer.person("Ada").build());

    // when
    String printed = print();

    // then
    assertThat(printed)
        .contains("no purchases stored")
        .contains("profitability: no revenue or cost lines stored")
        .containsPattern("new customers\\s+1");
  }

  @Test
  void print_purchases_listsTopFiveBySegmentCounts() {
    // given
    GeneratedPurchases.load(crm, caller, 120, 23, LocalDate.of(2025, 6, 30));

    // when
    String printed = print();

    // then
    assertThat(printed).contains("BG/NBD r=").contains("(120 customers,").contains("RFM segment");
    String table = printed.substring(printed.indexOf("CLV 52 wk"), printed.indexOf("RFM segment"));
    assertThat(table.lines().filter(line -> line.endsWith(" EUR")).count()).isEqualTo(5);
  }

  private String print() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    AnalyticsSection.print(out, crm, caller, AS_OF, ExchangeRates.none());
    out.flush();
    return text.toString();
  }
}
