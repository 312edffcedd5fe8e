package io.rapport.crm.common.internal;

import io.rapport.crm.common.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Guards for value objects. Not API: exported only to Rapport's own modules. */
public final class Checks {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Checks() {}

  /** Whether {@code code} is an ISO 3166-1 alpha-2 country code in upper case, e.g. {@code GB}. */
  public static boolean isoCountry(String code) {
    return COUNTRIES.contains(code);
  }

  /** Throws an {@link InvalidValueException} for {@code field} unless {@code condition} holds. */
  public static void argument(boolean condition, String field, String template, Object... args) {
    if (!condition) {
      throw new InvalidValueException(field, String.format(Locale.ROOT, template, args));
    }
  }

  /** Returns {@code value}, or throws "{field} must not be null". */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, field + " must not be null");
    }
    return value;
  }

  /** Returns {@code value} if it has a non-blank character and at most {@code max} characters. */
  public static String text(String value, String field, int max) {
    notNull(value, field);
    argument(!value.isBlank(), field, "%s must not be blank", field);
    argument(value.length() <= max, field, "%s must have at most %s characters", field, max);
    argument(value.indexOf('\0') < 0, field, "%s must not contain NUL characters", field);
    return value;
  }

  /** Like {@link #text} but allows {@code null}. */
  public static String optionalText(String value, String field, int max) {
    return value == null ? null : text(value, field, max);
  }

  /** An unmodifiable copy of {@code values} that refuses null elements with a named error. */
  public static <T> List<T> list(Collection<T> values, String field) {
    notNull(values, field);
    for (T value : values) {
      argument(value != null, field, "%s must not contain null elements", field);
    }
    return List.copyOf(values);
  }
}
