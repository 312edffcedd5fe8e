package io.rapport.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RapportCliHelpTest {

  @Test
  void rapport_help_listsTheDemoCommand() {
    // when
    CliRun run = CliRun.of("--help");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: rapport", "demo", "--version");
  }

  @Test
  void rapport_noSubcommand_printsUsage() {
    // when
    CliRun run = CliRun.of();

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: rapport");
  }

  @Test
  void demo_help_describesEveryOptionWithItsDefault() {
    // when
    CliRun run = CliRun.of("demo", "--help");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: rapport demo", "--jdbc-url", "--customers", "--seed", "--tenant")
        .contains("jdbc:h2:file:./rapport-demo", "5000", "42", "demo-bank");
  }

  @Test
  void help_demo_printsTheDemoUsage() {
    // when
    CliRun run = CliRun.of("help", "demo");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: rapport demo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "demo --version"})
  void version_anyCommand_printsTheBuildVersion(String args) {
    // when
    CliRun run = CliRun.of(args.split(" "));

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("rapport 0.").doesNotContain("${project.version}");
  }

  @Test
  void demo_zeroCustomers_isAUsageErrorNamingTheOption() {
    // when
    CliRun run = CliRun.of("demo", "--customers", "0", "--jdbc-url", "jdbc:h2:mem:unused");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("customers must be 1..");
  }

  @Test
  void demo_badTenant_isAUsageErrorNamingTheOption() {
    // when
    CliRun run = CliRun.of("demo", "--tenant", "no spaces", "--jdbc-url", "jdbc:h2:mem:unused");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("tenant must be");
  }

  @Test
  void demo_urlWithoutDriver_failsWithExitCodeOne() {
    // when
    CliRun run = CliRun.of("demo", "--jdbc-url", "jdbc:nosuchdb://host/db", "--customers", "5");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("rapport demo: SQLException");
  }
}
