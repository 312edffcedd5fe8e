package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.Masking;
import java.time.LocalDate;

/** A company, trust, charity or other organisation; its tax id is masked in {@link #toString()}. */
public record Organisation(String legalName, LocalDate incorporatedOn, GovernmentId taxId)
    implements Party {
  /** Checks the name. */
  public Organisation {
    Checks.text(legalName, "legalName", Customer.MAX_NAME_LENGTH);
  }

  @Override
  public LocalDate foundingDate() {
    return incorporatedOn;
  }

  @Override
  public GovernmentId governmentId() {
    return taxId;
  }

  @Override
  public PartyKind kind() {
    return PartyKind.ORGANISATION;
  }

  /** Masks the legal name (a sole trader's name is personal data) and the tax id. */
  @Override
  public String toString() {
    return "Organisation[legalName="
        + Masking.text(legalName)
        + ", incorporatedOn="
        + (incorporatedOn == null ? null : "****-**-**")
        + ", taxId="
        + taxId
        + "]";
  }
}
