/**
 * The JDBC storage adapter of Rapport: every storage port on H2, PostgreSQL or MariaDB, with the
 * schema shipped as Flyway migrations. Build it with {@link io.rapport.crm.jdbc.JdbcStorage#builder
 * JdbcStorage.builder(dataSource)}.
 */
module io.rapport.crm.jdbc {
  requires transitive io.rapport.crm.spi;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires flyway.core;

  exports io.rapport.crm.jdbc;
}
