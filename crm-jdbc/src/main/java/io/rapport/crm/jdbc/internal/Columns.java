package io.rapport.crm.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Reads typed values from result set columns; the counterpart of {@link Params}. */
public final class Columns {
  private Columns() {}

  /** A UTC timestamp column as an instant, or null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** A date column, or null. */
  public static LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  /** A text column mapped by {@code type} (e.g. a typed id's parser), or null. */
  public static <T> T text(ResultSet row, String column, Function<String, T> type)
      throws SQLException {
    String value = row.getString(column);
    return value == null ? null : type.apply(value);
  }

  /** An enum column holding the constant's name. */
  public static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type)
      throws SQLException {
    return Enum.valueOf(type, row.getString(column));
  }
}
