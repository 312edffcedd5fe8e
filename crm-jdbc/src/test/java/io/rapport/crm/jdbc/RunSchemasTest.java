package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunSchemasTest {
  private static final Instant LIMIT = Instant.parse("2026-11-23T04:00:00Z");

  @Test
  void withDatabase_urlWithParameters_replacesOnlyTheDatabase() {
    // given
    String url = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    // when
    String moved = RunSchemas.withDatabase(url, "rapport_t_x");

    // then
    assertThat(moved).isEqualTo("jdbc:mariadb://127.0.0.1:3306/rapport_t_x?user=root");
  }

  @Test
  void withDatabase_urlWithoutDatabase_addsIt() {
    // given
    String url = "jdbc:mariadb://localhost?user=root";

    // when
    String moved = RunSchemas.withDatabase(url, "rapport_t_x");

    // then
    assertThat(moved).isEqualTo("jdbc:mariadb://localhost/rapport_t_x?user=root");
  }

  @Test
  void startedBefore_stampBeforeTheLimit_isTrue() {
    // given / when / then
    assertThat(RunSchemas.startedBefore("rapport_t_20261123035959_0123456789ab", LIMIT)).isTrue();
  }

  @Test
  void startedBefore_stampAfterTheLimit_isFalse() {
    // given / when / then
    assertThat(RunSchemas.startedBefore("rapport_t_20261123040001_0123456789ab", LIMIT)).isFalse();
  }

  @Test
  void startedBefore_nameWithoutAStamp_isFalse() {
    // given / when / then
    assertThat(RunSchemas.startedBefore("rapport_t_kept", LIMIT)).isFalse();
    assertThat(RunSchemas.startedBefore("rapport_customer", LIMIT)).isFalse();
  }

  @Test
  void name_ofThisRun_encodesItsStartAndIsNotALeftoverYet() {
    // given
    String name = RunSchemas.name();

    // when / then
    assertThat(name).matches("rapport_t_\\d{14}_[0-9a-f]{12}");
    assertThat(RunSchemas.startedBefore(name, Instant.now().minus(RunSchemas.LEFTOVER_AGE)))
        .isFalse();
    assertThat(RunSchemas.startedBefore(name, Instant.now().plusSeconds(1))).isTrue();
  }
}
