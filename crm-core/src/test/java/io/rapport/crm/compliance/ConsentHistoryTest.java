package io.rapport.crm.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {
  private static final Instant JAN = Instant.parse("2025-01-01T10:00:00Z");
  private static final Instant FEB = Instant.parse("2025-02-01T10:00:00Z");
  private static final Instant MAR = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant APR = Instant.parse("2025-04-01T10:00:00Z");
  private final ConsentSubject ada = ConsentSubject.customer(new CustomerId(new UUID(1, 1)));
  private final List<ConsentRecord> records = new ArrayList<>();
  private long nextId = 1;

  private void record(ConsentPurpose purpose, ConsentAction action, Instant at, Instant expires) {
    records.add(
        new ConsentRecord(
            new ConsentRecordId(new UUID(0, nextId++)),
            ada,
            purpose,
            ConsentChannel.EMAIL,
            action,
            at,
            "web-form",
            "v1",
            expires));
  }

  private ContactDecision ask(ConsentPurpose purpose, Instant at) {
    return new ConsentHistory(ada, records).mayContact(purpose, ConsentChannel.EMAIL, at);
  }

  @Test
  void mayContact_neverAsked_isRefusedAsNeverAsked() {
    // when
    ContactDecision decision = ask(ConsentPurpose.MARKETING, JAN);

    // then
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(ConsentReason.NEVER_ASKED);
    assertThat(decision.since()).isNull();
  }

  @Test
  void mayContact_grantedThenWithdrawn_answersForEachPastDate() {
    // given
    record(ConsentPurpose.MARKETING, ConsentAction.GRANTED, JAN, null);
    record(ConsentPurpose.MARKETING, ConsentAction.WITHDRAWN, MAR, null);

    // when / then
    assertThat(ask(ConsentPurpose.MARKETING, JAN.minusSeconds(1)).reason())
        .isEqualTo(ConsentReason.NEVER_ASKED);
    assertThat(ask(ConsentPurpose.MARKETING, FEB))
        .isEqualTo(new ContactDecision(true, ConsentReason.GRANTED, JAN));
    assertThat(ask(ConsentPurpose.MARKETING, APR))
        .isEqualTo(new ContactDecision(false, ConsentReason.WITHDRAWN, MAR));
  }

  @Test
  void mayContact_doubleOptIn_isPendingUntilConfirmed() {
    // given
    record(ConsentPurpose.MARKETING, ConsentAction.REQUESTED, JAN, null);
    record(ConsentPurpose.MARKETING, ConsentAction.CONFIRMED, MAR, null);

    // when / then
    assertThat(ask(ConsentPurpose.MARKETING, FEB))
        .isEqualTo(new ContactDecision(false, ConsentReason.PENDING_CONFIRMATION, JAN));
    assertThat(ask(ConsentPurpose.MARKETING, APR))
        .isEqualTo(new ContactDecision(true, ConsentReason.GRANTED, MAR));
  }

  @Test
  void mayContact_pastExpiry_isRefusedAsExpiredOnTheExpiryTime() {
    // given
    record(ConsentPurpose.MARKETING, ConsentAction.GRANTED, JAN, MAR);

    // when / then
    assertThat(ask(ConsentPurpose.MARKETING, FEB).allowed()).isTrue();
    assertThat(ask(ConsentPurpose.MARKETING, MAR))
        .isEqualTo(new ContactDecision(false, ConsentReason.EXPIRED, MAR));
  }

  @Test
  void mayContact_serviceMessageAfterMarketingOptOut_isAllowed() {
    // given
    record(ConsentPurpose.MARKETING, ConsentAction.WITHDRAWN, JAN, null);

    // when
    ContactDecision decision = ask(ConsentPurpose.SERVICE_MESSAGES, FEB);

    // then
    assertThat(decision).isEqualTo(new ContactDecision(true, ConsentReason.SERVICE_MESSAGE, null));
  }

  @Test
  void mayContact_serviceMessagesWithdrawnThemselves_isRefused() {
    // given
    record(ConsentPurpose.SERVICE_MESSAGES, ConsentAction.WITHDRAWN, JAN, null);

    // when / then
    assertThat(ask(ConsentPurpose.SERVICE_MESSAGES, FEB).reason())
        .isEqualTo(ConsentReason.WITHDRAWN);
  }

  @Test
  void subject_bothOrNeitherId_isRefused() {
    assertThatThrownBy(
            () -> new ConsentSubject(new CustomerId(new UUID(1, 1)), new LeadId(new UUID(1, 2))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new ConsentSubject(null, null))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void record_withdrawalWithExpiry_isRefused() {
    assertThatThrownBy(
            () ->
                new ConsentRecord(
                    new ConsentRecordId(new UUID(0, 9)),
                    ada,
                    ConsentPurpose.MARKETING,
                    ConsentChannel.SMS,
                    ConsentAction.WITHDRAWN,
                    JAN,
                    "app",
                    "v1",
                    MAR))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expire");
  }
}
