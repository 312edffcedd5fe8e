package io.rapport.crm.party;

import io.rapport.crm.common.pii.GovernmentId;
import java.time.LocalDate;

/** Who a customer is: a {@link Person} or an {@link Organisation}. */
public sealed interface Party permits Person, Organisation {
  /** The full legal name (personal data for a person). */
  String legalName();

  /** Date of birth of a person, or date of incorporation of an organisation; may be null. */
  LocalDate foundingDate();

  /** National id of a person or tax id of an organisation; may be null. */
  GovernmentId governmentId();

  /** The kind, for storage and display. */
  PartyKind kind();
}
