package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SchemaOptionChecks} on a fresh H2 database per test; and the schema name's rules. */
class H2SchemaOptionTest extends SchemaOptionChecks {
  private JdbcDataSource host;

  @BeforeEach
  void freshDatabase() {
    host = new JdbcDataSource();
    host.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  DataSource hostDataSource() {
    return host;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Rapport", "1rapport", "rap-port", "rapport;drop", "a\"b"})
  void schema_notALowerCaseName_isRefusedNamingTheField(String name) {
    // given
    JdbcStorage.Builder builder = JdbcStorage.builder(host);

    // when / then
    assertThatThrownBy(() -> builder.schema(name))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("schema must be")
        .hasMessageNotContaining(name.isEmpty() ? "\u0000" : name);
  }

  @Test
  void schema_sixtyFourCharacters_isRefused() {
    // given
    JdbcStorage.Builder builder = JdbcStorage.builder(host);

    // when / then
    assertThatThrownBy(() -> builder.schema("r".repeat(64)))
        .isInstanceOf(InvalidValueException.class);
  }
}
