package io.rapport.crm.party;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.AccountReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A customer's product as a read projection of the core-banking system: what it is, the account
 * reference (personal data, masked in {@link #toString()}; a card is only ever held truncated), the
 * customer's role, the balance as of {@code asOf}, and the opening and closing dates.
 *
 * @param productName the bank's product name, e.g. "Everyday Saver"; not personal data
 * @param closedOn null while the account is open
 */
public record Holding(
    HoldingId id,
    long version,
    CustomerId customer,
    ProductType productType,
    String productName,
    AccountReference accountReference,
    HoldingRole role,
    Money balance,
    LocalDate openedOn,
    LocalDate closedOn,
    Instant asOf) {

  /** Checks presence and date order. */
  public Holding {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(customer, "customer");
    Checks.notNull(productType, "productType");
    Checks.text(productName, "productName", 200);
    Checks.notNull(accountReference, "accountReference");
    Checks.notNull(role, "role");
    Checks.notNull(balance, "balance");
    Checks.notNull(openedOn, "openedOn");
    Checks.argument(
        closedOn == null || !closedOn.isBefore(openedOn),
        "closedOn",
        "closedOn must not be before openedOn");
    Checks.notNull(asOf, "asOf");
    asOf = asOf.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the account is still open. */
  public boolean open() {
    return closedOn == null;
  }

  /** This holding with the same id and version but the values of {@code snapshot}. */
  public Holding refreshedFrom(Holding snapshot) {
    return new Holding(
        id,
        version,
        customer,
        snapshot.productType,
        snapshot.productName,
        snapshot.accountReference,
        snapshot.role,
        snapshot.balance,
        snapshot.openedOn,
        snapshot.closedOn,
        snapshot.asOf);
  }

  /**
   * Whether the business values (all but id, version, customer and asOf) equal those of {@code
   * other}.
   */
  public boolean sameValuesAs(Holding other) {
    return productType == other.productType
        && productName.equals(other.productName)
        && accountReference.equals(other.accountReference)
        && role == other.role
        && balance.equals(other.balance)
        && openedOn.equals(other.openedOn)
        && Objects.equals(closedOn, other.closedOn);
  }
}
