package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.Purchase;
import io.rapport.crm.analytics.PurchaseSummaries;
import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.party.CustomerId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The CDNOW sample and its published summary from crm-core's test jar ({@code cdnow/README.md}
 * there describes both), copied into a directory, and the sample summarised by crm-core's reference
 * {@link PurchaseSummaries} as a lifetimes-style summary file.
 */
final class Cdnow {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  private Cdnow() {}

  static Path copy(String resource, Path directory) throws IOException {
    Path file = directory.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = Cdnow.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("crm-core test jar with " + resource).isNotNull();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /**
   * {@code customer_id,frequency,recency,T,monetary_value} of the sample at the calibration end,
   * frequency written as lifetimes writes it ({@code 2.0}), weeks at full precision.
   */
  static Path summary(Path sample, Path directory, boolean monetary) throws IOException {
    List<Purchase> purchases = new ArrayList<>();
    Map<CustomerId, String> ids = new HashMap<>();
    for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.trim().split("\\s+");
      String id = Long.toString(Long.parseLong(fields[1]));
      CustomerId customer =
          new CustomerId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)));
      ids.put(customer, id);
      purchases.add(
          new Purchase(
              customer,
              LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE),
              new BigDecimal(fields[4])));
    }
    List<PurchaseSummary> summaries = PurchaseSummaries.summarise(purchases, CALIBRATION_END);
    StringBuilder text =
        new StringBuilder("customer_id,frequency,recency,T")
            .append(monetary ? ",monetary_value\n" : "\n");
    for (int i = 0; i < summaries.size(); i++) {
      PurchaseSummary summary = summaries.get(i);
      text.append(ids.get(summary.customer()))
          .append(',')
          .append((double) summary.frequency())
          .append(',')
          .append(summary.recencyWeeks())
          .append(',')
          .append(summary.ageWeeks());
      if (monetary) {
        text.append(',').append(summary.meanRepeatValue().doubleValue());
      }
      text.append('\n');
    }
    return Files.writeString(directory.resolve("summary.csv"), text);
  }
}
