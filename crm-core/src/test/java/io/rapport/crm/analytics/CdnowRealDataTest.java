package io.rapport.crm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-data check of issue 5: on CDNOW's 39-week calibration period the library reproduces the
 * published summaries and the published BG/NBD (Fader, Hardie and Lee 2005) and Gamma-Gamma (Fader
 * and Hardie 2013) estimates.
 */
class CdnowRealDataTest {
  private static List<PurchaseSummary> summaries;

  @BeforeAll
  static void summarise() {
    summaries = PurchaseSummaries.summarise(Cdnow.purchases(), Cdnow.CALIBRATION_END);
  }

  @Test
  void summarise_calibrationPeriod_matchesPublishedSummaryFile() {
    // given
    List<double[]> published = Cdnow.publishedSummary();
    Map<Object, PurchaseSummary> byCustomer =
        summaries.stream()
            .collect(Collectors.toMap(PurchaseSummary::customer, Function.identity()));

    // then
    assertThat(summaries).hasSize(2357);
    assertThat(published).hasSize(2357);
    for (double[] row : published) {
      PurchaseSummary summary = byCustomer.get(Cdnow.customer((long) row[0]));
      assertThat(summary).as("customer %s", row[0]).isNotNull();
      assertThat(summary.frequency()).as("x of %s", row[0]).isEqualTo((int) row[1]);
      assertThat(summary.recencyWeeks()).as("t_x of %s", row[0]).isCloseTo(row[2], within(0.0051));
      assertThat(summary.ageWeeks()).as("T of %s", row[0]).isCloseTo(row[3], within(0.0051));
      assertThat(summary.meanRepeatValue().doubleValue())
          .as("zbar of %s", row[0])
          .isCloseTo(row[4], within(0.0051));
    }
  }

  @Test
  void bgNbdFit_calibrationPeriod_reproducesPublishedEstimates() {
    // when
    BgNbdModel model = BgNbdModel.fitSummaries(summaries);

    // then: FHL 2005, table 1 / the README: r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4
    assertThat(twoDecimals(model.r())).isEqualTo("0.24");
    assertThat(twoDecimals(model.alpha())).isEqualTo("4.41");
    assertThat(twoDecimals(model.a())).isEqualTo("0.79");
    assertThat(twoDecimals(model.b())).isEqualTo("2.43");
    assertThat(model.r()).isCloseTo(0.243, within(0.001));
    assertThat(model.alpha()).isCloseTo(4.414, within(0.005));
    assertThat(model.a()).isCloseTo(0.793, within(0.001));
    assertThat(model.b()).isCloseTo(2.426, within(0.005));
    assertThat(BigDecimal.valueOf(model.logLikelihood()).setScale(1, RoundingMode.HALF_UP))
        .isEqualByComparingTo("-9582.4");
  }

  @Test
  void gammaGammaFit_repeatCustomers_reproducesPublishedEstimates() {
    // given
    List<RepeatBuying> repeaters =
        summaries.stream().map(RepeatBuying::of).filter(c -> c.frequency() > 0).toList();

    // when
    GammaGammaModel model = GammaGammaModel.fit(repeaters);

    // then: Fader and Hardie 2013: p 6.25, q 3.74, gamma 15.44 on the 946 repeat customers
    assertThat(repeaters).hasSize(946);
    assertThat(twoDecimals(model.p())).isEqualTo("6.25");
    assertThat(twoDecimals(model.q())).isEqualTo("3.74");
    assertThat(twoDecimals(model.gamma())).isEqualTo("15.44");
  }

  private static String twoDecimals(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
