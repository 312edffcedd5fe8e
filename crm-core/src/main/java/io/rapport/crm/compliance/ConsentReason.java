package io.rapport.crm.compliance;

/** Why a contact question was answered as it was. */
public enum ConsentReason {
  /** Consent was granted (or confirmed) and holds. */
  GRANTED,
  /** Consent was withdrawn. */
  WITHDRAWN,
  /** A double opt-in is waiting for confirmation. */
  PENDING_CONFIRMATION,
  /** No consent record exists for the purpose and channel. */
  NEVER_ASKED,
  /** Consent lapsed. */
  EXPIRED,
  /** A service message to a party that never objected to service messages. */
  SERVICE_MESSAGE
}
