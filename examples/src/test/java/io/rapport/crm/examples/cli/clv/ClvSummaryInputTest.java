package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.examples.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport clv --format summary} (lifetimes' per-customer layout, weeks) gives the fit of the
 * transactions it summarises; the order of transaction rows does not matter.
 */
class ClvSummaryInputTest {
  private static final double EXACT = 1e-9;
  private final ObjectMapper mapper = new ObjectMapper();
  @TempDir Path directory;
  private Path sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = Cdnow.copy("cdnow/CDNOW_sample.txt", directory);
  }

  @Test
  void clv_summaryOfCdnowTransactions_givesTheTransactionsFitAndForecasts() throws IOException {
    // given
    JsonNode fromTransactions = json(clv(sample, "cdnow", "--calibration-end", "1997-09-30"));
    Path summary = Cdnow.summary(sample, directory, true);

    // when
    JsonNode fromSummary = json(clv(summary, "summary"));

    // then
    for (String parameter : List.of("r", "alpha", "a", "b", "logLikelihood")) {
      assertThat(fromSummary.get("bgnbd").get(parameter).asDouble())
          .isCloseTo(fromTransactions.get("bgnbd").get(parameter).asDouble(), within(EXACT));
    }
    for (String parameter : List.of("p", "q", "gamma")) {
      assertThat(fromSummary.get("gammaGamma").get(parameter).asDouble())
          .isCloseTo(fromTransactions.get("gammaGamma").get(parameter).asDouble(), within(EXACT));
    }
    assertThat(fromSummary.get("customers")).hasSize(2357);
    for (int i = 0; i < 2357; i++) {
      JsonNode expected = fromTransactions.get("customers").get(i);
      JsonNode actual = fromSummary.get("customers").get(i);
      assertThat(actual.get("id")).isEqualTo(expected.get("id"));
      assertThat(actual.get("frequency")).isEqualTo(expected.get("frequency"));
      assertThat(actual.get("clv").asDouble())
          .isCloseTo(expected.get("clv").asDouble(), within(1e-6));
    }
  }

  @Test
  void clv_publishedCdnowSummary_fitsThePublishedParameters() throws IOException {
    // given: ID,x,t_x,T,zbar rounded to 2 decimals, as published with the papers
    Path published = Cdnow.copy("cdnow/cdnow_summary.csv", directory);

    // when
    JsonNode json = json(clv(published, "summary"));

    // then
    assertThat(json.get("bgnbd").get("r").asDouble()).isCloseTo(0.243, within(0.005));
    assertThat(json.get("bgnbd").get("alpha").asDouble()).isCloseTo(4.414, within(0.01));
    assertThat(json.get("bgnbd").get("a").asDouble()).isCloseTo(0.793, within(0.005));
    assertThat(json.get("bgnbd").get("b").asDouble()).isCloseTo(2.426, within(0.01));
    assertThat(json.get("gammaGamma").get("p").asDouble()).isCloseTo(6.25, within(0.01));
    assertThat(json.get("gammaGamma").get("q").asDouble()).isCloseTo(3.74, within(0.01));
    assertThat(json.get("gammaGamma").get("gamma").asDouble()).isCloseTo(15.44, within(0.05));
  }

  @Test
  void clv_summaryWithoutMonetary_fitsBgNbdOnlyAndLeavesValuesOut() throws IOException {
    // given
    Path summary = Cdnow.summary(sample, directory, false);

    // when
    CliRun run = clv(summary, "summary", "--output-format", "csv");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("# bgnbd r=0.24")
        .doesNotContain("gammaGamma")
        .contains("\nid,frequency,recency,age,expectedTransactions,probabilityAlive\n")
        .contains("\n1,2,30.4286,38.8571,");
  }

  @Test
  void clv_summaryRecencyAfterAge_namesTheLineAndPrintsNothing() throws IOException {
    // given
    Path summary =
        Files.writeString(
            directory.resolve("bad.csv"),
            "customer_id,frequency,recency,T,monetary_value\na,1.0,2.0,5.0,10\nb,2.0,6.0,5.0,10\n");

    // when
    CliRun run = clv(summary, "summary");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 3: T must not be less than recency");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void clv_summaryFractionalFrequency_namesTheLine() throws IOException {
    // given
    Path summary =
        Files.writeString(directory.resolve("bad.csv"), "id,frequency,recency,T\na,1.5,2.0,5.0\n");

    // when
    CliRun run = clv(summary, "summary");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 2: frequency is not a whole number");
  }

  @Test
  void clv_shuffledTransactionRows_giveTheSameCustomers() throws IOException {
    // given: rows out of date order for most customers
    List<String> rows = new ArrayList<>(Files.readAllLines(sample, StandardCharsets.UTF_8));
    Collections.shuffle(rows, new Random(7));
    Path shuffled = Files.write(directory.resolve("shuffled.txt"), rows);
    JsonNode ordered = json(clv(sample, "cdnow", "--calibration-end", "1997-09-30"));

    // when
    JsonNode unordered = json(clv(shuffled, "cdnow", "--calibration-end", "1997-09-30"));

    // then
    assertThat(unordered.get("bgnbd").get("logLikelihood").asDouble())
        .isCloseTo(ordered.get("bgnbd").get("logLikelihood").asDouble(), within(EXACT));
    Map<String, JsonNode> byId = new HashMap<>();
    unordered.get("customers").forEach(customer -> byId.put(customer.get("id").asText(), customer));
    assertThat(byId).hasSize(2357);
    for (JsonNode expected : ordered.get("customers")) {
      JsonNode actual = byId.get(expected.get("id").asText());
      assertThat(actual.get("frequency")).isEqualTo(expected.get("frequency"));
      assertThat(actual.get("recency")).isEqualTo(expected.get("recency"));
      assertThat(actual.get("age")).isEqualTo(expected.get("age"));
      assertThat(actual.get("clv").asDouble())
          .isCloseTo(expected.get("clv").asDouble(), within(1e-6));
    }
  }

  private CliRun clv(Path file, String format, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "clv",
                "--transactions",
                file.toString(),
                "--format",
                format,
                "--horizon-weeks",
                "39",
                "--discount-rate",
                "0.1"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  private JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return mapper.readTree(run.out());
  }
}
