package io.rapport.crm.sdk;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One consent event to record for a customer or lead:
 *
 * <pre>{@code
 * RecordConsent.of(ConsentSubject.customer(id), ConsentPurpose.MARKETING, ConsentChannel.EMAIL,
 *     ConsentAction.REQUESTED, "web-form:signup", "mkt-2025-01")
 * }</pre>
 *
 * A {@link ConsentAction#CONFIRMED} is accepted only while a double opt-in is pending. No field is
 * personal data.
 *
 * @param source where the consent was captured, at most 100 characters
 * @param wordingVersion the version of the consent text shown, at most 100 characters
 * @param expiresAt when a grant, request or confirmation lapses; null for never
 */
public record RecordConsent(
    @NotNull ConsentSubject subject,
    @NotNull ConsentPurpose purpose,
    @NotNull ConsentChannel channel,
    @NotNull ConsentAction action,
    @NotBlank @Size(max = 100) String source,
    @NotBlank @Size(max = 100) String wordingVersion,
    Instant expiresAt) {

  /** A consent event without expiry. */
  public static RecordConsent of(
      ConsentSubject subject,
      ConsentPurpose purpose,
      ConsentChannel channel,
      ConsentAction action,
      String source,
      String wordingVersion) {
    return new RecordConsent(subject, purpose, channel, action, source, wordingVersion, null);
  }

  /** This event with an expiry time. */
  public RecordConsent expiringAt(Instant at) {
    return new RecordConsent(subject, purpose, channel, action, source, wordingVersion, at);
  }
}
