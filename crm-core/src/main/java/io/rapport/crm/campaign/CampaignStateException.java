package io.rapport.crm.campaign;

import io.rapport.crm.common.CrmException;

/**
 * A campaign or member change its lifecycle does not allow, e.g. launching a completed campaign.
 */
public class CampaignStateException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient Object id;

  /**
   * {@code id} (a campaign id, or a member's customer id) cannot move from {@code from} to {@code
   * to}.
   */
  public CampaignStateException(Object id, Enum<?> from, Enum<?> to) {
    super("Campaign record " + id + " cannot move from " + from + " to " + to);
    this.id = id;
  }

  /** The id of the refused record. */
  public Object id() {
    return id;
  }
}
