package io.rapport.crm.sdk;

import io.rapport.crm.common.CrmException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.RelationshipType;

/**
 * A relationship that the party rules refuse: a {@code BUSINESS_OWNER} or {@code DIRECTOR} link to
 * a person, or a second active link of the same type between the same two customers. The message
 * holds ids and codes only.
 */
public class RelationshipRuleException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient CustomerId from;
  private final transient CustomerId to;
  private final RelationshipType type;

  /** Creates "Customers {from} and {to} cannot be linked as {type}: {rule}". */
  public RelationshipRuleException(
      CustomerId from, CustomerId to, RelationshipType type, String rule) {
    super("Customers " + from + " and " + to + " cannot be linked as " + type + ": " + rule);
    this.from = from;
    this.to = to;
    this.type = type;
  }

  /** The customer the link starts from. */
  public CustomerId from() {
    return from;
  }

  /** The customer the link points to. */
  public CustomerId to() {
    return to;
  }

  /** The refused relationship type. */
  public RelationshipType type() {
    return type;
  }
}
