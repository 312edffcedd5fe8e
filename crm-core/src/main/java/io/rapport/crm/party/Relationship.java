package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;

/**
 * A typed, dated relationship between two different customers. It is in force from {@code
 * validFrom} through {@code validThru} inclusive; an open-ended one has no {@code validThru}.
 * Ending it keeps it as history.
 *
 * @param validThru last day in force; null while open-ended
 */
public record Relationship(
    RelationshipId id,
    long version,
    CustomerId from,
    CustomerId to,
    RelationshipType type,
    LocalDate validFrom,
    LocalDate validThru) {

  /** Checks the parties differ and the dates are in order. */
  public Relationship {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.argument(!from.equals(to), "to", "a customer cannot be related to itself");
    Checks.notNull(type, "type");
    Checks.notNull(validFrom, "validFrom");
    Checks.argument(
        validThru == null || !validThru.isBefore(validFrom),
        "validThru",
        "validThru must not be before validFrom");
  }

  /** Whether the relationship is in force on {@code day}. */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validThru == null || !day.isAfter(validThru));
  }

  /** Whether {@code customer} is one of the two parties. */
  public boolean involves(CustomerId customer) {
    return from.equals(customer) || to.equals(customer);
  }

  /**
   * This relationship ended on {@code lastDay}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if it already ended or lastDay is before
   *     validFrom
   */
  public Relationship end(LocalDate lastDay) {
    Checks.notNull(lastDay, "validThru");
    Checks.argument(validThru == null, "validThru", "relationship %s has already ended", id);
    return new Relationship(id, version, from, to, type, validFrom, lastDay);
  }
}
