package io.rapport.crm.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.UUID;

/** Parses the scalars DomainSerializer writes; messages name the type, never the text. */
final class Scalars {
  private Scalars() {}

  static Object parse(JsonNode node, Class<?> type, DeserializationContext context)
      throws JsonMappingException {
    if (!node.isValueNode()) {
      throw JsonMappingException.from(
          context, type.getSimpleName() + " cannot be read from JSON " + node.getNodeType());
    }
    String text = node.asText();
    try {
      return parse(node, text, type);
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw JsonMappingException.from(context, "not a valid " + type.getSimpleName());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(JsonNode node, String text, Class<?> type) {
    if (type == String.class) {
      return text;
    }
    if (type == boolean.class || type == Boolean.class) {
      if (!node.isBoolean()) {
        throw new IllegalArgumentException();
      }
      return node.booleanValue();
    }
    if (type == int.class || type == Integer.class) {
      return new BigDecimal(text).intValueExact();
    }
    if (type == long.class || type == Long.class) {
      return new BigDecimal(text).longValueExact();
    }
    if (type == short.class || type == Short.class) {
      return new BigDecimal(text).shortValueExact();
    }
    if (type == double.class || type == Double.class) {
      return Double.valueOf(text);
    }
    if (type == float.class || type == Float.class) {
      return Float.valueOf(text);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (type == BigInteger.class) {
      return new BigInteger(text);
    }
    if (type == UUID.class) {
      return UUID.fromString(text);
    }
    if (type == Currency.class) {
      return Currency.getInstance(text);
    }
    if (type.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) type, text);
    }
    return parseTime(text, type);
  }

  private static Object parseTime(String text, Class<?> type) {
    if (type == Instant.class) {
      return Instant.parse(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (type == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (type == Duration.class) {
      return Duration.parse(text);
    }
    if (type == Period.class) {
      return Period.parse(text);
    }
    if (type == YearMonth.class) {
      return YearMonth.parse(text);
    }
    throw new IllegalArgumentException();
  }
}
