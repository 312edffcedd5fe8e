package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.ConsentRepository;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ConsentRepository}: records round trip exactly and are never changed; a
 * history holds a subject's records only, oldest first; batch reads return one history per id.
 */
public abstract class ConsentRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures consent = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected ConsentRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private void append(ConsentRecord record) {
    storage().inTransactionDo(tx -> tx.consents().append(tenant, record));
  }

  private ConsentHistory history(ConsentSubject subject) {
    return storage().inTransaction(tx -> tx.consents().history(tenant, subject));
  }

  @Test
  @DisplayName("append: every field round trips, the history is oldest first")
  void append_records_roundTripInTimeOrder() {
    // given: a double opt-in with expiry, recorded newest first
    ConsentSubject subject = ConsentSubject.customer(given.customerId());
    Instant requested = given.now();
    Instant confirmed = given.later();
    ConsentRecord confirmation =
        consent.consent(
            subject,
            ConsentPurpose.PROFILING,
            ConsentChannel.PUSH,
            ConsentAction.CONFIRMED,
            confirmed,
            confirmed.plusSeconds(86_400));
    ConsentRecord request =
        consent.consent(
            subject,
            ConsentPurpose.PROFILING,
            ConsentChannel.PUSH,
            ConsentAction.REQUESTED,
            requested,
            null);

    // when
    append(confirmation);
    append(request);

    // then
    ConsentHistory history = history(subject);
    assertThat(history.records()).containsExactly(request, confirmation);
    assertThat(
            history.mayContact(ConsentPurpose.PROFILING, ConsentChannel.PUSH, requested).reason())
        .isEqualTo(ConsentReason.PENDING_CONFIRMATION);
  }

  @Test
  @DisplayName("history: a lead's records are apart from a customer's with the same UUID")
  void history_leadAndCustomer_areSeparateSubjects() {
    // given
    CustomerId customer = given.customerId();
    ConsentSubject lead = ConsentSubject.lead(new LeadId(customer.value()));
    append(
        consent.consent(
            lead,
            ConsentPurpose.MARKETING,
            ConsentChannel.SMS,
            ConsentAction.GRANTED,
            given.now(),
            null));

    // when
    ConsentHistory ofCustomer = history(ConsentSubject.customer(customer));
    ConsentHistory ofLead = history(lead);

    // then
    assertThat(ofCustomer.records()).isEmpty();
    assertThat(ofLead.records()).hasSize(1);
    assertThat(ofLead.records().get(0).subject()).isEqualTo(lead);
  }

  @Test
  @DisplayName("append: a taken id throws DuplicateRecordException and keeps the first record")
  void append_takenId_throwsDuplicate() {
    // given
    ConsentRecord first = consent.consent(given.customerId(), ConsentAction.GRANTED, given.now());
    append(first);
    ConsentRecord sameId =
        new ConsentRecord(
            first.id(),
            first.subject(),
            first.purpose(),
            first.channel(),
            ConsentAction.WITHDRAWN,
            given.later(),
            "app",
            "v2",
            null);

    // when / then
    assertThatThrownBy(() -> append(sameId)).isInstanceOf(DuplicateRecordException.class);
    assertThat(history(first.subject()).records()).containsExactly(first);
  }

  @Test
  @DisplayName("historiesOf: one history per id, empty ones included, other subjects left out")
  void historiesOf_manyCustomers_returnsOneHistoryEach() {
    // given
    CustomerId granted = given.customerId();
    CustomerId withdrawn = given.customerId();
    CustomerId never = given.customerId();
    CustomerId notAsked = given.customerId();
    append(consent.consent(granted, ConsentAction.GRANTED, given.now()));
    append(consent.consent(withdrawn, ConsentAction.GRANTED, given.now()));
    append(consent.consent(withdrawn, ConsentAction.WITHDRAWN, given.later()));
    append(consent.consent(notAsked, ConsentAction.GRANTED, given.now()));

    // when
    Map<CustomerId, ConsentHistory> histories =
        storage()
            .inTransaction(
                tx -> tx.consents().historiesOf(tenant, List.of(granted, withdrawn, never)));

    // then
    assertThat(histories).containsOnlyKeys(granted, withdrawn, never);
    assertThat(histories.get(granted).records()).hasSize(1);
    assertThat(histories.get(withdrawn).records())
        .extracting(ConsentRecord::action)
        .containsExactly(ConsentAction.GRANTED, ConsentAction.WITHDRAWN);
    assertThat(histories.get(never).records()).isEmpty();
  }

  @Test
  @DisplayName("historiesOf: more than MAX_BATCH ids throws InvalidValueException")
  void historiesOf_tooManyIds_isRefused() {
    // given
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i <= ConsentRepository.MAX_BATCH; i++) {
      ids.add(given.customerId());
    }

    // when / then
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.consents().historiesOf(tenant, ids)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("history: another tenant's records are never visible")
  void history_otherTenant_seesNothing() {
    // given
    ConsentRecord record = consent.consent(given.customerId(), ConsentAction.GRANTED, given.now());
    append(record);
    TenantId other = Fixtures.freshTenant();

    // when
    ConsentHistory seen =
        storage().inTransaction(tx -> tx.consents().history(other, record.subject()));
    Map<CustomerId, ConsentHistory> batch =
        storage()
            .inTransaction(
                tx -> tx.consents().historiesOf(other, List.of(record.subject().customer())));

    // then
    assertThat(seen.records()).isEmpty();
    assertThat(batch.get(record.subject().customer()).records()).isEmpty();
  }
}
