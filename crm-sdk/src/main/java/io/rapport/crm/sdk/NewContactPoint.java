package io.rapport.crm.sdk;

import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.sdk.validation.ValidEmail;
import io.rapport.crm.sdk.validation.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A contact point to add to a customer, as the host received it. Exactly the value of its channel
 * is set: {@code email} for {@link ContactChannel#EMAIL}, {@code phone} for {@link
 * ContactChannel#PHONE}, {@code address} for {@link ContactChannel#POSTAL}; the others are null.
 * Build it with {@link #email}, {@link #phone} or {@link #postal}. When no point of a channel is
 * flagged primary, the first one of that channel becomes primary. {@link #toString()} hides the
 * value.
 *
 * @param channel the kind of contact point
 * @param email the e-mail address, for the e-mail channel
 * @param phone the phone number in international form, for the phone channel
 * @param address the postal address, for the postal channel
 * @param purpose what the contact point is for
 * @param primary whether it is the customer's primary point of its channel
 */
public record NewContactPoint(
    @NotNull ContactChannel channel,
    @ValidEmail String email,
    @ValidPhone String phone,
    @Valid NewPostalAddress address,
    @NotNull ContactPurpose purpose,
    boolean primary) {

  /** An e-mail contact point, not flagged primary. */
  public static NewContactPoint email(String address, ContactPurpose purpose) {
    return new NewContactPoint(ContactChannel.EMAIL, address, null, null, purpose, false);
  }

  /** A phone contact point (e.g. {@code "+44 20 7946 0018"}), not flagged primary. */
  public static NewContactPoint phone(String number, ContactPurpose purpose) {
    return new NewContactPoint(ContactChannel.PHONE, null, number, null, purpose, false);
  }

  /** A postal contact point, not flagged primary. */
  public static NewContactPoint postal(NewPostalAddress address, ContactPurpose purpose) {
    return new NewContactPoint(ContactChannel.POSTAL, null, null, address, purpose, false);
  }

  /** This contact point flagged as the primary one of its channel. */
  public NewContactPoint asPrimary() {
    return new NewContactPoint(channel, email, phone, address, purpose, true);
  }

  /** Channel, purpose and primary flag; the value is personal data and is hidden. */
  @Override
  public String toString() {
    return "NewContactPoint[channel="
        + channel
        + ", purpose="
        + purpose
        + ", primary="
        + primary
        + "]";
  }
}
