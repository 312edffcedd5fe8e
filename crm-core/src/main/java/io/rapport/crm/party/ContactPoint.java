package io.rapport.crm.party;

/** A way to reach a customer, with its purpose and whether it is the primary one of its channel. */
public sealed interface ContactPoint permits EmailContact, PhoneContact, PostalContact {
  /** The contact point's id, unique within the customer. */
  ContactPointId id();

  /** What the contact point is for. */
  ContactPurpose purpose();

  /** Whether it is the customer's primary contact point of its channel. */
  boolean primary();

  /** Its channel. */
  ContactChannel channel();

  /** The same contact point with the primary flag set to {@code primary}. */
  ContactPoint withPrimary(boolean primary);
}
