package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.PostalAddress;

/** A address contact point; the address is masked in {@link #toString()}. */
public record PostalContact(
    ContactPointId id, PostalAddress address, ContactPurpose purpose, boolean primary)
    implements ContactPoint {
  /** Checks presence. */
  public PostalContact {
    Checks.notNull(id, "contactPoint.id");
    Checks.notNull(address, "contactPoint.address");
    Checks.notNull(purpose, "contactPoint.purpose");
  }

  @Override
  public ContactChannel channel() {
    return ContactChannel.POSTAL;
  }

  @Override
  public PostalContact withPrimary(boolean primary) {
    return new PostalContact(id, address, purpose, primary);
  }
}
