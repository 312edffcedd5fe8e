package io.rapport.crm.examples.analytics;

import io.rapport.crm.analytics.Purchase;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.RecordPurchase;
import io.rapport.crm.sdk.RegisterCustomer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded purchase history, registered and imported through the SDK. */
public final class GeneratedPurchases {
  private GeneratedPurchases() {}

  /** Buyers who buy every ~meanGap days while alive and drop out after a purchase at random. */
  public static List<Purchase> load(
      Crm crm, Caller caller, int customers, long seed, LocalDate end) {
    Random random = new Random(seed);
    List<Purchase> purchases = new ArrayList<>();
    List<FinanceCommand> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      CustomerId id =
          crm.customers().register(caller, RegisterCustomer.person("Buyer " + c).build()).id();
      LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
      double meanGap = 3 + 60 * Math.pow(random.nextDouble(), 2);
      double dropout = Math.pow(random.nextDouble(), 3);
      int spend = 1000 + random.nextInt(4000);
      for (int p = 0; !day.isAfter(end); p++) {
        BigDecimal amount = BigDecimal.valueOf(spend + random.nextInt(1000), 2);
        purchases.add(new Purchase(id, day, amount));
        rows.add(RecordPurchase.of("P-" + c + "-" + p, id, day, amount.toPlainString(), "EUR"));
        if (random.nextDouble() < dropout) {
          break;
        }
        day = day.plusDays(1 + (long) (-meanGap * Math.log(1 - random.nextDouble())));
      }
    }
    crm.finance().importEvents(caller, rows);
    return purchases;
  }
}
