package io.rapport.crm.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binds the parameters of one statement in order. Instants are bound as UTC {@link LocalDateTime}
 * (to microseconds) into zone-less {@code TIMESTAMP(6)} / {@code DATETIME(6)} columns, so neither
 * the JVM's nor the database's time zone ever shifts them. Not thread-safe.
 */
public final class Params {
  private final PreparedStatement statement;
  private int index;

  Params(PreparedStatement statement) {
    this.statement = statement;
  }

  /** Text, or SQL NULL for null. */
  public Params text(String value) throws SQLException {
    statement.setString(++index, value);
    return this;
  }

  /** The canonical text of a typed id or other value ({@code toString()}), or SQL NULL. */
  public Params id(Object value) throws SQLException {
    return text(value == null ? null : value.toString());
  }

  /** A whole number. */
  public Params number(long value) throws SQLException {
    statement.setLong(++index, value);
    return this;
  }

  /** SQL NULL for a whole-number column. */
  public Params nullNumber() throws SQLException {
    statement.setNull(++index, Types.BIGINT);
    return this;
  }

  /** SQL NULL for a flag column. */
  public Params nullFlag() throws SQLException {
    statement.setNull(++index, Types.BOOLEAN);
    return this;
  }

  /** A whole number, or SQL NULL for null. */
  public Params optionalNumber(Long value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.BIGINT);
      return this;
    }
    return number(value);
  }

  /** A flag. */
  public Params flag(boolean value) throws SQLException {
    statement.setBoolean(++index, value);
    return this;
  }

  /** Bytes. */
  public Params bytes(byte[] value) throws SQLException {
    statement.setBytes(++index, value);
    return this;
  }

  /** A decimal. */
  public Params decimal(BigDecimal value) throws SQLException {
    statement.setBigDecimal(++index, value);
    return this;
  }

  /** A day, or SQL NULL. */
  public Params date(LocalDate value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.DATE);
    } else {
      statement.setObject(++index, value);
    }
    return this;
  }

  /** An instant as a UTC timestamp truncated to microseconds, or SQL NULL. */
  public Params instant(Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.TIMESTAMP);
    } else {
      statement.setObject(
          ++index, LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
    return this;
  }
}
