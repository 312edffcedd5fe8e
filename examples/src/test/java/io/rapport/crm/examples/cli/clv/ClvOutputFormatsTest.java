package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.examples.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport clv --output-format json|jsonl|csv} on the CDNOW sample: the same figures. */
class ClvOutputFormatsTest {
  private final ObjectMapper mapper = new ObjectMapper();
  @TempDir Path directory;
  private Path sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = Cdnow.copy("cdnow/CDNOW_sample.txt", directory);
  }

  @Test
  void clv_jsonLines_printsParametersThenTheDocumentsCustomersOneALine() throws IOException {
    // given
    JsonNode document = mapper.readTree(clv("json").out());

    // when
    CliRun run = clv("jsonl");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 2357);
    JsonNode parameters = mapper.readTree(lines.get(0));
    assertThat(parameters.get("bgnbd")).isEqualTo(document.get("bgnbd"));
    assertThat(parameters.get("gammaGamma")).isEqualTo(document.get("gammaGamma"));
    assertThat(parameters.has("customers")).isFalse();
    for (int i = 1; i < lines.size(); i++) {
      assertThat(mapper.readTree(lines.get(i))).isEqualTo(document.get("customers").get(i - 1));
    }
  }

  @Test
  void clv_csvOutput_roundsTheDocumentsFigures() throws IOException {
    // given
    JsonNode customers = mapper.readTree(clv("json").out()).get("customers");

    // when
    CliRun run = clv("csv");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> rows = run.out().lines().filter(line -> !line.startsWith("#")).toList();
    assertThat(rows.get(0))
        .isEqualTo(
            "id,frequency,recency,age,expectedTransactions,probabilityAlive,"
                + "expectedAverageValue,clv");
    assertThat(rows).hasSize(1 + 2357);
    for (int i = 1; i < rows.size(); i++) {
      String[] fields = rows.get(i).split(",");
      JsonNode customer = customers.get(i - 1);
      assertThat(fields[0]).isEqualTo(customer.get("id").asText());
      assertThat(Integer.parseInt(fields[1])).isEqualTo(customer.get("frequency").asInt());
      assertThat(Double.parseDouble(fields[4]))
          .isCloseTo(customer.get("expectedTransactions").asDouble(), within(0.5e-6));
      assertThat(Double.parseDouble(fields[7]))
          .isCloseTo(customer.get("clv").asDouble(), within(0.5e-4));
    }
  }

  @Test
  void clv_outputAlias_acceptsTheOldOptionName() {
    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            sample.toString(),
            "--format",
            "cdnow",
            "--calibration-end",
            "1997-09-30",
            "--horizon-weeks",
            "39",
            "--output",
            "jsonl");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1 + 2357);
  }

  @Test
  void clv_transactionsWithoutCalibrationEnd_isAUsageError() {
    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            sample.toString(),
            "--format",
            "cdnow",
            "--horizon-weeks",
            "39");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--calibration-end is required for --format cdnow");
    assertThat(run.out()).isEmpty();
  }

  private CliRun clv(String outputFormat) {
    return CliRun.of(
        "clv",
        "--transactions",
        sample.toString(),
        "--format",
        "cdnow",
        "--calibration-end",
        "1997-09-30",
        "--horizon-weeks",
        "39",
        "--discount-rate",
        "0.1",
        "--output-format",
        outputFormat);
  }
}
