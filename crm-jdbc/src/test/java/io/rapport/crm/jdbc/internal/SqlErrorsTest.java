package io.rapport.crm.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.spi.StorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
  private static final String ECHOED_ROW =
      "duplicate key value violates unique constraint: Key (account_reference)=(GB29NWBK6016)";

  @Test
  void isUniqueViolation_postgresAndH2State_isRecognised() {
    // given
    SQLException violation = new SQLException(ECHOED_ROW, "23505", 0);

    // when / then
    assertThat(SqlErrors.isUniqueViolation(violation)).isTrue();
  }

  @Test
  void isUniqueViolation_mariaDbDuplicateKeyInsideABatch_isRecognised() {
    // given
    BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
    batch.setNextException(new SQLException(ECHOED_ROW, "23000", 1062));

    // when / then
    assertThat(SqlErrors.isUniqueViolation(batch)).isTrue();
  }

  @Test
  void isUniqueViolation_otherIntegrityError_isNot() {
    // given: MariaDB 1048, a NOT NULL column given NULL
    SQLException notNull = new SQLException("Column cannot be null", "23000", 1048);

    // when / then
    assertThat(SqlErrors.isUniqueViolation(notNull)).isFalse();
  }

  @Test
  void translate_constraintViolation_dropsTheDriverMessageAndCause() {
    // given
    SQLException violation = new SQLException(ECHOED_ROW, "23505", 23505);

    // when
    StorageException translated = SqlErrors.translate("insert a holding", violation);

    // then
    assertThat(translated).hasNoCause();
    assertThat(translated.getMessage())
        .isEqualTo("Storage failed to insert a holding: SQLState 23505, vendor code 23505")
        .doesNotContain("GB29NWBK6016");
  }

  @Test
  void translate_connectionFailure_keepsTheCause() {
    // given
    SQLException lost = new SQLNonTransientConnectionException("Connection refused", "08001");

    // when
    StorageException translated = SqlErrors.translate("open a connection", lost);

    // then
    assertThat(translated).hasCause(lost);
    assertThat(translated.getMessage()).contains("08001", "open a connection");
  }

  @Test
  void translate_connectionFailureInsideABatch_dropsTheCause() {
    // given: a batch exception's text quotes the statement with its parameters
    BatchUpdateException batch =
        new BatchUpdateException(
            "Batch entry 0 INSERT ... ('secret') was aborted", "08006", 0, new int[0]);

    // when
    StorageException translated = SqlErrors.translate("insert customers", batch);

    // then
    assertThat(translated).hasNoCause();
    assertThat(translated.getMessage()).doesNotContain("secret");
  }

  @Test
  void translate_serializationFailure_saysToRetry() {
    // given
    SQLException conflict = new SQLException("could not serialize access", "40001", 0);

    // when / then
    assertThat(SqlErrors.translate("update a customer", conflict).getMessage())
        .contains("retry the unit of work");
  }

  @Test
  void isTransactionLost_mariaDbAndH2Deadlocks_areButPostgresSerializationFailuresAreNot() {
    // given
    SQLException mariaDb = new SQLException("Deadlock found", "40001", 1213);
    SQLException h2 = new SQLException("Deadlock detected", "40001", 40001);
    SQLException postgres = new SQLException("could not serialize access", "40001", 0);

    // when / then
    assertThat(SqlErrors.isTransactionLost(mariaDb)).isTrue();
    assertThat(SqlErrors.isTransactionLost(h2)).isTrue();
    assertThat(SqlErrors.isTransactionLost(postgres)).isFalse();
  }
}
