package io.rapport.crm.examples.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.Purchase;
import io.rapport.crm.analytics.PurchaseSummaries;
import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.Rfm;
import io.rapport.crm.analytics.RfmScore;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.CustomerValue;
import io.rapport.crm.sdk.LifetimeValueFit;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lifetime value and RFM through {@code crm.analytics()} give the same figures on every store as
 * the calculators on the purchases themselves: the storage's purchase summaries (SQL on the
 * databases) feed exactly the reference fold.
 */
class AnalyticsAcrossStoresTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate END = LocalDate.of(2025, 6, 30);
  private static final Caller CALLER =
      Caller.of(TenantId.of("analytics-test"), Actor.user("analyst"));

  private String schema;
  private StoreUnderTest used;

  @AfterEach
  void dropSchema() throws SQLException {
    if (used != null) {
      used.drop(schema);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreUnderTest.class)
  void lifetimeValueAndRfm_storedPurchases_equalTheReferenceCalculators(StoreUnderTest store)
      throws SQLException {
    // given
    schema = StoreUnderTest.freshSchema();
    used = store;
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneOffset.UTC);
    Crm crm =
        Crm.builder()
            .storage(store.open(schema))
            .clock(clock)
            .idSource(IdSource.seededUuidV7(clock, 5))
            .build();
    List<Purchase> purchases = GeneratedPurchases.load(crm, CALLER, 150, 23, END);
    List<PurchaseSummary> reference = PurchaseSummaries.summarise(purchases, END);
    BgNbdModel bgNbd = BgNbdModel.fitSummaries(reference);
    GammaGammaModel gammaGamma = GammaGammaModel.fitSummaries(reference);
    List<CustomerValue> values = new ArrayList<>();

    // when
    LifetimeValueFit fit = crm.analytics().lifetimeValue(CALLER, EUR, END, 52, 0.10, values::add);
    List<RfmScore> rfm = crm.analytics().rfm(CALLER, EUR, END);

    // then
    assertThat(fit.purchases()).isEqualTo(bgNbd);
    assertThat(fit.value()).isEqualTo(gammaGamma);
    assertThat(values).extracting(CustomerValue::summary).isEqualTo(reference);
    for (int i = 0; i < reference.size(); i++) {
      assertThat(values.get(i).forecast())
          .isEqualTo(
              LifetimeValue.forecast(
                  bgNbd, gammaGamma, RepeatBuying.of(reference.get(i)), 52, 0.10));
    }
    assertThat(rfm).isEqualTo(Rfm.score(reference));
    assertThat(rfm).extracting(RfmScore::code).contains("111", "555");
  }
}
