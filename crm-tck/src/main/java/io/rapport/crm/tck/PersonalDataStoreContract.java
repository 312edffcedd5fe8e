package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.PersonalDataStore;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link PersonalDataStore}: subject keys are stored once, found only in their tenant
 * and destroyed for good; legal holds round trip, are replaced and released; erasures are recorded
 * once; and {@code eraseCustomerRows} deletes exactly the erased customer's relationships,
 * households, consents, scores and list memberships, nobody else's, inside the unit (a rolled-back
 * unit deletes nothing).
 */
public abstract class PersonalDataStoreContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures consent = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private final SecureRandom random = new SecureRandom();

  /** For subclasses binding the contract to an adapter. */
  protected PersonalDataStoreContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private Optional<SubjectKey> key(TenantId in, ConsentSubject subject) {
    return storage().inTransaction(tx -> tx.personalData().findKey(in, subject));
  }

  private Optional<LegalHold> hold(TenantId in, CustomerId customer) {
    return storage().inTransaction(tx -> tx.personalData().findLegalHold(in, customer));
  }

  private Optional<Instant> erasedAt(ConsentSubject subject) {
    return storage().inTransaction(tx -> tx.personalData().erasedAt(tenant, subject));
  }

  private List<Relationship> relationshipsOf(CustomerId customer) {
    return storage().inTransaction(tx -> tx.relationships().forCustomer(tenant, customer));
  }

  private Customer stored(Customer customer) {
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, customer));
    return customer;
  }

  @Test
  @DisplayName("storeKey: the key reads back equal for its subject only")
  void storeKey_newSubject_readsBackForThatSubjectOnly() {
    // given
    ConsentSubject customer = ConsentSubject.customer(given.customerId());
    ConsentSubject leadWithSameUuid = ConsentSubject.lead(new LeadId(customer.uuid()));
    SubjectKey key = SubjectKey.generate(random);

    // when
    storage().inTransactionDo(tx -> tx.personalData().storeKey(tenant, customer, key));

    // then
    assertThat(key(tenant, customer)).contains(key);
    assertThat(key(tenant, leadWithSameUuid)).isEmpty();
    assertThat(key(Fixtures.forFreshTenant().tenant(), customer)).isEmpty();
  }

  @Test
  @DisplayName("storeKey: a second key for the subject throws DuplicateRecordException")
  void storeKey_subjectWithKey_throwsDuplicateAndKeepsTheFirst() {
    // given
    ConsentSubject subject = ConsentSubject.lead(new LeadId(given.nextUuid()));
    SubjectKey first = SubjectKey.generate(random);
    storage().inTransactionDo(tx -> tx.personalData().storeKey(tenant, subject, first));

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        tx ->
                            tx.personalData()
                                .storeKey(tenant, subject, SubjectKey.generate(random))))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(key(tenant, subject)).contains(first);
  }

  @Test
  @DisplayName("storeKeys/findKeys: many keys in one call; subjects without a key are absent")
  void storeKeys_manySubjects_findKeysReturnsOnlyThoseWithAKey() {
    // given
    Map<ConsentSubject, SubjectKey> keys = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 150; i++) {
      ConsentSubject subject =
          i % 2 == 0
              ? ConsentSubject.customer(given.customerId())
              : ConsentSubject.lead(new LeadId(given.nextUuid()));
      keys.put(subject, SubjectKey.generate(random));
    }
    ConsentSubject keyless = ConsentSubject.customer(given.customerId());
    List<ConsentSubject> asked = new java.util.ArrayList<>(keys.keySet());
    asked.add(keyless);

    // when
    storage().inTransactionDo(tx -> tx.personalData().storeKeys(tenant, keys));
    Map<ConsentSubject, SubjectKey> found =
        storage().inTransaction(tx -> tx.personalData().findKeys(tenant, asked));

    // then
    assertThat(found).isEqualTo(keys);
    assertThat(found).doesNotContainKey(keyless);
  }

  @Test
  @DisplayName("destroyKey: the key is gone for good; destroying again returns false")
  void destroyKey_storedKey_isGoneAndSecondDestroyIsNoOp() {
    // given
    ConsentSubject subject = ConsentSubject.customer(given.customerId());
    ConsentSubject other = ConsentSubject.customer(given.customerId());
    storage()
        .inTransactionDo(
            tx -> {
              tx.personalData().storeKey(tenant, subject, SubjectKey.generate(random));
              tx.personalData().storeKey(tenant, other, SubjectKey.generate(random));
            });

    // when
    boolean first = storage().inTransaction(tx -> tx.personalData().destroyKey(tenant, subject));
    boolean second = storage().inTransaction(tx -> tx.personalData().destroyKey(tenant, subject));

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(key(tenant, subject)).isEmpty();
    assertThat(key(tenant, other)).isPresent();
  }

  @Test
  @DisplayName("destroyKey: another tenant cannot destroy the key")
  void destroyKey_otherTenant_leavesTheKey() {
    // given
    ConsentSubject subject = ConsentSubject.customer(given.customerId());
    storage()
        .inTransactionDo(
            tx -> tx.personalData().storeKey(tenant, subject, SubjectKey.generate(random)));
    TenantId stranger = Fixtures.forFreshTenant().tenant();

    // when
    boolean destroyed =
        storage().inTransaction(tx -> tx.personalData().destroyKey(stranger, subject));

    // then
    assertThat(destroyed).isFalse();
    assertThat(key(tenant, subject)).isPresent();
  }

  @Test
  @DisplayName("legal hold: placed, read back at microseconds, replaced, released once")
  void legalHold_placeReplaceRelease_roundTrips() {
    // given
    CustomerId customer = given.customerId();
    LegalHold first = new LegalHold(customer, "case 2025-17", given.now(), Actor.user("legal-1"));
    LegalHold second =
        new LegalHold(customer, "regulator request 88", given.later(), Actor.system("batch"));

    // when
    storage().inTransactionDo(tx -> tx.personalData().placeLegalHold(tenant, first));
    Optional<LegalHold> afterFirst = hold(tenant, customer);
    storage().inTransactionDo(tx -> tx.personalData().placeLegalHold(tenant, second));
    Optional<LegalHold> afterSecond = hold(tenant, customer);
    boolean released =
        storage().inTransaction(tx -> tx.personalData().releaseLegalHold(tenant, customer));
    boolean releasedAgain =
        storage().inTransaction(tx -> tx.personalData().releaseLegalHold(tenant, customer));

    // then
    assertThat(afterFirst).contains(first);
    assertThat(afterSecond).contains(second);
    assertThat(released).isTrue();
    assertThat(releasedAgain).isFalse();
    assertThat(hold(tenant, customer)).isEmpty();
    assertThat(hold(Fixtures.forFreshTenant().tenant(), customer)).isEmpty();
  }

  @Test
  @DisplayName("markErased: recorded once with its time; a second record throws")
  void markErased_subject_isRecordedOnce() {
    // given
    ConsentSubject subject = ConsentSubject.customer(given.customerId());
    Instant at = given.now();

    // when
    storage().inTransactionDo(tx -> tx.personalData().markErased(tenant, subject, at));

    // then
    assertThat(erasedAt(subject)).contains(at);
    assertThat(erasedAt(ConsentSubject.lead(new LeadId(subject.uuid())))).isEmpty();
    assertThatThrownBy(
            () ->
                storage().inTransactionDo(tx -> tx.personalData().markErased(tenant, subject, at)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("eraseCustomerRows: deletes the customer's rows of every kind and nobody else's")
  void eraseCustomerRows_customerWithRows_deletesOnlyItsRows() {
    // given
    Customer erased = stored(given.aPerson());
    Customer partner = stored(given.aPerson());
    Customer bystander = stored(given.aPerson());
    Relationship outgoing = given.aRelationship(erased.id(), partner.id());
    Relationship incoming = given.aRelationship(bystander.id(), erased.id());
    Relationship others = given.aRelationship(partner.id(), bystander.id());
    Household alone = given.aHousehold(Fixtures.primaryMember(erased.id()));
    Household theirs = given.aHousehold(Fixtures.primaryMember(partner.id()));
    storage()
        .inTransactionDo(
            tx -> {
              tx.relationships().insert(tenant, outgoing);
              tx.relationships().insert(tenant, incoming);
              tx.relationships().insert(tenant, others);
              tx.households().insert(tenant, alone);
              tx.households().insert(tenant, theirs);
              tx.consents()
                  .append(tenant, consent.consent(erased.id(), ConsentAction.GRANTED, given.now()));
              tx.consents()
                  .append(
                      tenant, consent.consent(erased.id(), ConsentAction.WITHDRAWN, given.later()));
              tx.consents()
                  .append(
                      tenant, consent.consent(partner.id(), ConsentAction.GRANTED, given.now()));
              tx.customerScores()
                  .storeAll(tenant, List.of(score(erased.id()), score(partner.id())));
            });

    // when
    Map<String, Long> counts =
        storage().inTransaction(tx -> tx.personalData().eraseCustomerRows(tenant, erased.id()));

    // then
    assertThat(counts)
        .containsEntry(PersonalDataStore.RELATIONSHIPS, 2L)
        .containsEntry(PersonalDataStore.HOUSEHOLDS, 1L)
        .containsEntry(PersonalDataStore.CONSENTS, 2L)
        .containsEntry(PersonalDataStore.SCORES, 1L)
        .containsEntry(PersonalDataStore.LIST_MEMBERSHIPS, 0L);
    storage()
        .inTransactionDo(
            tx -> {
              assertThat(tx.relationships().forCustomer(tenant, erased.id())).isEmpty();
              assertThat(tx.relationships().forCustomer(tenant, partner.id()))
                  .containsExactly(others);
              assertThat(tx.households().find(tenant, alone.id())).isEmpty();
              assertThat(tx.households().find(tenant, theirs.id())).contains(theirs);
              assertThat(
                      tx.consents().history(tenant, ConsentSubject.customer(erased.id())).records())
                  .isEmpty();
              assertThat(
                      tx.consents()
                          .history(tenant, ConsentSubject.customer(partner.id()))
                          .records())
                  .hasSize(1);
              assertThat(tx.customerScores().find(tenant, erased.id(), ScoreKind.CLV)).isEmpty();
              assertThat(tx.customerScores().find(tenant, partner.id(), ScoreKind.CLV)).isPresent();
            });
  }

  @Test
  @DisplayName("eraseCustomerRows: a unit that fails afterwards deletes nothing")
  void eraseCustomerRows_unitRolledBack_deletesNothing() {
    // given
    Customer erased = stored(given.aPerson());
    Customer partner = stored(given.aPerson());
    Relationship relationship = given.aRelationship(erased.id(), partner.id());
    storage().inTransactionDo(tx -> tx.relationships().insert(tenant, relationship));

    // when
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.personalData().eraseCustomerRows(tenant, erased.id());
                          throw new IllegalStateException("fails after erasing");
                        }))
        .isInstanceOf(IllegalStateException.class);

    // then
    assertThat(relationshipsOf(erased.id())).containsExactly(relationship);
  }

  private CustomerScore score(CustomerId customer) {
    return new CustomerScore(
        customer, ScoreKind.CLV, new BigDecimal("120.500000"), null, given.now());
  }
}
