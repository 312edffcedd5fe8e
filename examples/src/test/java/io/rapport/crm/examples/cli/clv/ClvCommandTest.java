package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.examples.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport clv} on the CDNOW sample (from crm-core's test jar) and on small CSV files. */
class ClvCommandTest {
  @TempDir Path directory;

  @Test
  void clv_cdnowCalibration_printsPublishedParametersAndEveryCustomer() throws IOException {
    // given
    Path file = cdnowSample();

    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            file.toString(),
            "--format",
            "cdnow",
            "--calibration-end",
            "1997-09-30",
            "--horizon-weeks",
            "39",
            "--discount-rate",
            "0.1");

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("bgnbd").get("r").asDouble()).isCloseTo(0.243, within(0.005));
    assertThat(json.get("bgnbd").get("alpha").asDouble()).isCloseTo(4.414, within(0.005));
    assertThat(json.get("bgnbd").get("a").asDouble()).isCloseTo(0.793, within(0.005));
    assertThat(json.get("bgnbd").get("b").asDouble()).isCloseTo(2.426, within(0.005));
    assertThat(json.get("bgnbd").get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
    assertThat(json.get("gammaGamma").get("p").asDouble()).isCloseTo(6.25, within(0.005));
    assertThat(json.get("gammaGamma").get("q").asDouble()).isCloseTo(3.74, within(0.005));
    assertThat(json.get("gammaGamma").get("gamma").asDouble()).isCloseTo(15.44, within(0.005));
    JsonNode customers = json.get("customers");
    assertThat(customers).hasSize(2357);
    JsonNode first = customers.get(0);
    assertThat(first.get("id").asText()).isEqualTo("1");
    assertThat(first.get("frequency").asInt()).isEqualTo(2);
    assertThat(first.get("recency").asDouble()).isCloseTo(30.43, within(0.005));
    assertThat(first.get("age").asDouble()).isCloseTo(38.86, within(0.005));
    assertThat(first.get("expectedTransactions").asDouble()).isCloseTo(1.226, within(0.001));
    assertThat(first.get("probabilityAlive").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("clv").asDouble())
        .isLessThan(
            first.get("expectedTransactions").asDouble()
                * first.get("expectedAverageValue").asDouble())
        .isPositive();
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "frequency",
            "recency",
            "age",
            "expectedTransactions",
            "probabilityAlive",
            "expectedAverageValue",
            "clv");
  }

  @Test
  void clv_csvOutput_printsParametersThenOneRowPerCustomer() throws IOException {
    // given
    Path file =
        Files.writeString(
            directory.resolve("tx.csv"),
            "customer_id,date,amount\n"
                + "a,2024-01-01,10.00\na,2024-02-01,12.00\na,2024-02-01,3.00\n"
                + "b,2024-01-05,20.00\nc,2024-01-10,5.00\nc,2024-03-01,7.50\nc,2024-05-01,9.00\n"
                + "d,2024-02-10,8.00\nd,2024-06-15,40.00\ne,2024-07-01,1.00\n");

    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            file.toString(),
            "--format",
            "csv",
            "--calibration-end",
            "2024-06-30",
            "--horizon-weeks",
            "12",
            "--output",
            "csv");

    // then: a is 181 days (25.8571 weeks) old, d bought 126 days (18 weeks) apart and is 141 days
    // old; e bought after the calibration end and is not a customer yet
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(l -> l.startsWith("#"))).hasSize(2);
    assertThat(run.out())
        .contains("id,frequency,recency,age,expectedTransactions")
        .contains("\na,1,4.4286,25.8571,")
        .contains("\nd,1,18.0000,20.1429,")
        .doesNotContain("\ne,");
  }

  @Test
  void rapportHelp_listsClvWithItsOptions() {
    // when
    CliRun top = CliRun.of("--help");
    CliRun clv = CliRun.of("clv", "--help");

    // then
    assertThat(top.out()).contains("clv");
    assertThat(clv.exitCode()).isZero();
    assertThat(clv.out())
        .contains("--transactions", "--format", "--calibration-end", "--horizon-weeks")
        .contains("--discount-rate", "--output");
  }

  @Test
  void clv_badAmount_namesTheLine() throws IOException {
    // given
    Path file =
        Files.writeString(
            directory.resolve("bad.csv"),
            "customer_id,date,amount\na,2024-01-01,10.00\nb,2024-01-02,ten\n");

    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            file.toString(),
            "--format",
            "csv",
            "--calibration-end",
            "2024-06-30",
            "--horizon-weeks",
            "12");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 3: amount is not a number: 'ten'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void clv_badCdnowDate_namesTheLine() throws IOException {
    // given
    Path file =
        Files.writeString(
            directory.resolve("bad.txt"),
            " 00004 0001 19970101  2   29.33\n 00004 0001 19971341  2   29.73\n");

    // when
    CliRun run =
        CliRun.of(
            "clv",
            "--transactions",
            file.toString(),
            "--format",
            "cdnow",
            "--calibration-end",
            "1997-09-30",
            "--horizon-weeks",
            "39");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 2: date is not yyyyMMdd: '19971341'");
  }

  private Path cdnowSample() throws IOException {
    Path file = directory.resolve("CDNOW_sample.txt");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("cdnow/CDNOW_sample.txt")) {
      assertThat(in).as("crm-core test jar with cdnow/CDNOW_sample.txt").isNotNull();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
