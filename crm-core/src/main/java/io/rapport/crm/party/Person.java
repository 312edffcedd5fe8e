package io.rapport.crm.party;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.Masking;
import java.time.LocalDate;

/**
 * A natural person. The legal name (1 to 10,000 characters), the date of birth and the national id
 * are personal data and are masked in {@link #toString()}.
 */
public record Person(String legalName, LocalDate dateOfBirth, GovernmentId nationalId)
    implements Party {
  /** Checks the name. */
  public Person {
    Checks.text(legalName, "legalName", Customer.MAX_NAME_LENGTH);
  }

  @Override
  public LocalDate foundingDate() {
    return dateOfBirth;
  }

  @Override
  public GovernmentId governmentId() {
    return nationalId;
  }

  @Override
  public PartyKind kind() {
    return PartyKind.PERSON;
  }

  @Override
  public String toString() {
    return "Person[legalName="
        + Masking.text(legalName)
        + ", dateOfBirth="
        + (dateOfBirth == null ? null : "****-**-**")
        + ", nationalId="
        + nationalId
        + "]";
  }
}
