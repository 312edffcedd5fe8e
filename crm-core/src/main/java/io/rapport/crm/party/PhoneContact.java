package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.PhoneNumber;

/** A phone contact point; the phone is masked in {@link #toString()}. */
public record PhoneContact(
    ContactPointId id, PhoneNumber phone, ContactPurpose purpose, boolean primary)
    implements ContactPoint {
  /** Checks presence. */
  public PhoneContact {
    Checks.notNull(id, "contactPoint.id");
    Checks.notNull(phone, "contactPoint.phone");
    Checks.notNull(purpose, "contactPoint.purpose");
  }

  @Override
  public ContactChannel channel() {
    return ContactChannel.PHONE;
  }

  @Override
  public PhoneContact withPrimary(boolean primary) {
    return new PhoneContact(id, phone, purpose, primary);
  }
}
