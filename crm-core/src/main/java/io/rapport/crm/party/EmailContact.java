package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.EmailAddress;

/** A email contact point; the email is masked in {@link #toString()}. */
public record EmailContact(
    ContactPointId id, EmailAddress email, ContactPurpose purpose, boolean primary)
    implements ContactPoint {
  /** Checks presence. */
  public EmailContact {
    Checks.notNull(id, "contactPoint.id");
    Checks.notNull(email, "contactPoint.email");
    Checks.notNull(purpose, "contactPoint.purpose");
  }

  @Override
  public ContactChannel channel() {
    return ContactChannel.EMAIL;
  }

  @Override
  public EmailContact withPrimary(boolean primary) {
    return new EmailContact(id, email, purpose, primary);
  }
}
