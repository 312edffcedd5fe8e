package io.rapport.crm.lead;

import io.rapport.crm.common.NameLimits;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.common.pii.PersonalData;
import io.rapport.crm.common.pii.PhoneNumber;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The contact details a lead gave, all personal data: shown masked by {@link #toString()}. Also the
 * profile duplicate matching compares, for leads and customers alike.
 *
 * @param name the full name, 1 to {@link NameLimits#MAX_NAME_LENGTH} (200) characters
 * @param email may be null
 * @param phone may be null
 * @param dateOfBirth may be null
 * @param postcode 1 to 16 characters; may be null
 */
public record LeadContact(
    String name, EmailAddress email, PhoneNumber phone, LocalDate dateOfBirth, String postcode)
    implements PersonalData {

  /** Checks the name and postcode. */
  public LeadContact {
    Checks.text(name, "contact.name", NameLimits.MAX_NAME_LENGTH);
    Checks.optionalText(postcode, "contact.postcode", 16);
  }

  /** A contact with a name only. */
  public static LeadContact named(String name) {
    return new LeadContact(name, null, null, null, null);
  }

  /** This contact with the e-mail address. */
  public LeadContact withEmail(EmailAddress value) {
    return new LeadContact(name, value, phone, dateOfBirth, postcode);
  }

  /** This contact with the phone number. */
  public LeadContact withPhone(PhoneNumber value) {
    return new LeadContact(name, email, value, dateOfBirth, postcode);
  }

  /** This contact with the date of birth. */
  public LeadContact withDateOfBirth(LocalDate value) {
    return new LeadContact(name, email, phone, value, postcode);
  }

  /** This contact with the postcode. */
  public LeadContact withPostcode(String value) {
    return new LeadContact(name, email, phone, dateOfBirth, value);
  }

  /** The postcode upper-cased without spaces, or null. */
  public String normalizedPostcode() {
    return normalizePostcode(postcode);
  }

  /** {@code postcode} upper-cased without white space, or null for null. */
  public static String normalizePostcode(String postcode) {
    return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** The name folded for comparison: see {@link NameSimilarity#fold(String)}. */
  public String foldedName() {
    return NameSimilarity.fold(name);
  }

  @Override
  public String masked() {
    return "LeadContact[name="
        + Masking.text(name)
        + ", email="
        + (email == null ? null : email.masked())
        + ", phone="
        + (phone == null ? null : phone.masked())
        + ", dateOfBirth="
        + (dateOfBirth == null ? null : "****-**-**")
        + ", postcode="
        + (postcode == null ? null : Masking.text(postcode))
        + "]";
  }

  @Override
  public String toString() {
    return masked();
  }
}
