package io.rapport.crm.jackson.internal;

import io.rapport.crm.common.pii.PersonalData;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

/** Which classes the Rapport module handles, and how each is shaped in JSON. Not API. */
public final class DomainTypes {
  /** The property that names the concrete type of a value of a sealed interface. */
  public static final String TYPE_PROPERTY = "@type";

  private static final String DOMAIN_PACKAGE = "io.rapport.crm.";

  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          Boolean.class,
          boolean.class,
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Short.class,
          short.class,
          Double.class,
          double.class,
          Float.class,
          float.class,
          BigDecimal.class,
          BigInteger.class,
          UUID.class,
          Currency.class,
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          Duration.class,
          Period.class,
          YearMonth.class);

  private DomainTypes() {}

  /** Whether {@code type} is a record or sealed interface of the Rapport domain. */
  public static boolean isDomain(Class<?> type) {
    return type.getName().startsWith(DOMAIN_PACKAGE)
        && !type.getName().startsWith(DOMAIN_PACKAGE + "jackson.")
        && (type.isRecord() || (type.isInterface() && type.isSealed()));
  }

  /** Whether values of {@code type} are written as one JSON string, number or boolean. */
  public static boolean isScalar(Class<?> type) {
    return SCALARS.contains(type) || type.isEnum();
  }

  /**
   * Whether {@code type} is a domain record of one scalar component (a typed id, a tenant, an
   * e-mail address, a probability), written as that scalar.
   */
  public static boolean isSingleValue(Class<?> type) {
    if (!type.isRecord()) {
      return false;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && isScalar(components[0].getType());
  }

  /** Whether {@code type} is personal data, masked by a masking module. */
  public static boolean isPersonal(Class<?> type) {
    return PersonalData.class.isAssignableFrom(type);
  }

  /**
   * The name written in {@value #TYPE_PROPERTY} for a record implementing a sealed interface, or
   * null if {@code type} implements none.
   */
  public static String discriminator(Class<?> type) {
    for (Class<?> parent : type.getInterfaces()) {
      if (parent.isSealed()) {
        return type.getSimpleName();
      }
    }
    return null;
  }
}
