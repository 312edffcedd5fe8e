package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.ConversionBuilder.aConversion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.LeadScore;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LeadRepository;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LeadRepository}: leads round trip exactly; a capture key names one lead per
 * tenant; updates, single or bulk, are optimistic and all-or-nothing; duplicate candidates are
 * found by each contact key among open leads only; open leads are counted per owner; tenants never
 * see each other's leads.
 */
public abstract class LeadRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private static final BranchCode NO_BRANCH = null;
  private static final String NO_SEGMENT = null;
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected LeadRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private OpenLead aLead(LeadContact contact) {
    return OpenLead.capture(
        new LeadId(given.nextUuid()),
        LeadSource.of(SourceKind.WEB_FORM, "mortgage-form"),
        ProductType.MORTGAGE,
        contact,
        ConsentFlags.contactOnly(),
        "form-" + given.serial(),
        BranchCode.of("LDN-01"),
        "mass-affluent",
        given.now());
  }

  private OpenLead aLead() {
    return aLead(
        LeadContact.named("Anna Lee " + given.serial())
            .withEmail(EmailAddress.of("anna" + given.serial() + "@example.com")));
  }

  private void insert(Lead lead) {
    storage().inTransactionDo(unit -> unit.leads().insert(tenant, lead));
  }

  private Optional<Lead> find(LeadId id) {
    return storage().inTransaction(unit -> unit.leads().find(tenant, id));
  }

  private long count() {
    return storage().inTransaction(unit -> unit.leads().count(tenant));
  }

  private Optional<Lead> byKey(TenantId owner, String key) {
    return storage().inTransaction(unit -> unit.leads().findByCaptureKey(owner, key));
  }

  private Lead update(Lead lead) {
    return storage().inTransaction(unit -> unit.leads().update(tenant, lead));
  }

  @Test
  @DisplayName("insert: a converted lead with every field set round-trips exactly")
  void insert_everyField_roundTripsExactly() {
    // given
    LeadContact contact =
        new LeadContact(
            "Zoë O'Brien-Łukasiewicz 返金",
            EmailAddress.of("Zoe.OBrien@Example.com"),
            PhoneNumber.of("+447700900123"),
            LocalDate.of(1988, 2, 29),
            "sw1a 1aa");
    CustomerId referrer = given.customerId();
    LeadProfile profile =
        new LeadProfile(
            LeadSource.referralBy(referrer),
            ProductType.INVESTMENT,
            contact,
            new ConsentFlags(true, false, true),
            "key-ü-" + given.serial(),
            given.now(),
            BranchCode.of("EDI-02"),
            "private",
            new LeadScore(
                73,
                "rules:v1",
                List.of("interest=INVESTMENT +20", "hasPhone=yes +5"),
                given.later()),
            new LeadAssignment(EmployeeId.of("rm-7"), "wealth", "round robin 2/3", given.later()),
            given.customerId());
    LeadConversion conversion =
        aConversion()
            .intoExistingCustomer(given.customerId())
            .openingOpportunity(new OpportunityId(given.nextUuid()))
            .withKey("convert-1")
            .creditingCustomer(referrer)
            .at(given.later())
            .build();
    Lead lead =
        new ConvertedLead(new LeadId(given.nextUuid()), 3, profile, conversion, given.later());

    // when
    insert(lead);

    // then
    assertThat(find(lead.id())).contains(lead);
  }

  @Test
  @DisplayName("insert: a disqualified, merged campaign lead without optional fields round-trips")
  void insert_minimalMergedLead_roundTrips() {
    // given
    Lead lead =
        OpenLead.capture(
                new LeadId(given.nextUuid()),
                LeadSource.responseTo(new CampaignId(given.nextUuid())),
                ProductType.SAVINGS,
                LeadContact.named("N"),
                new ConsentFlags(false, false, false),
                "k",
                NO_BRANCH,
                NO_SEGMENT,
                given.now())
            .mergedInto(new LeadId(given.nextUuid()), given.now());

    // when
    insert(lead);

    // then
    assertThat(find(lead.id())).contains(lead);
  }

  @Test
  @DisplayName("insert: a taken capture key throws DuplicateRecordException, second not stored")
  void insert_takenCaptureKey_throwsDuplicate() {
    // given
    OpenLead first = aLead();
    insert(first);
    Lead second = withCaptureKey(aLead(), first.captureKey());

    // when / then
    assertThatThrownBy(() -> insert(second)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(second.id())).isEmpty();
    assertThat(count()).isEqualTo(1);
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    OpenLead first = aLead();
    insert(first);
    Lead sameId = withCaptureKey(first, "another-key");

    // when / then
    assertThatThrownBy(() -> insert(sameId)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(first.id())).contains(first);
  }

  @Test
  @DisplayName("insert: the same capture key in another tenant is allowed")
  void insert_sameCaptureKeyOtherTenant_isStoredApart() {
    // given
    Lead mine = aLead();
    insert(mine);
    TenantId other = Fixtures.freshTenant();
    Lead theirs = withCaptureKey(aLead(), mine.captureKey());

    // when
    storage().inTransactionDo(unit -> unit.leads().insert(other, theirs));

    // then
    assertThat(byKey(tenant, mine.captureKey())).contains(mine);
    assertThat(byKey(other, mine.captureKey())).contains(theirs);
    Optional<Lead> crossTenant = storage().inTransaction(u -> u.leads().find(other, mine.id()));
    assertThat(crossTenant).isEmpty();
  }

  @Test
  @DisplayName("findByCaptureKeys: finds the leads of known keys, skips unknown ones")
  void findByCaptureKeys_mixedKeys_findsKnownOnly() {
    // given
    OpenLead first = aLead();
    Lead second = aLead();
    Lead third = aLead();
    storage()
        .inTransactionDo(unit -> unit.leads().insertAll(tenant, List.of(first, second, third)));

    // when
    List<Lead> found =
        storage()
            .inTransaction(
                unit ->
                    unit.leads()
                        .findByCaptureKeys(
                            tenant, List.of(third.captureKey(), "unknown", first.captureKey())));

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            List.of(first, third).stream()
                .sorted(Comparator.comparing(lead -> lead.id().toString()))
                .toList());
  }

  @Test
  @DisplayName("insertAll: a repeated capture key in the batch stores nothing")
  void insertAll_repeatedCaptureKey_storesNothing() {
    // given
    OpenLead first = aLead();
    Lead second = withCaptureKey(aLead(), first.captureKey());

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit -> unit.leads().insertAll(tenant, List.of(first, second))))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(count()).isZero();
  }

  @Test
  @DisplayName("insertAll: 250 leads are all stored and found by id in id order")
  void insertAll_manyLeads_allFound() {
    // given
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      leads.add(aLead());
    }

    // when
    storage().inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));

    // then
    List<LeadId> ids = new ArrayList<>(leads.stream().map(Lead::id).toList());
    ids.add(new LeadId(given.nextUuid()));
    List<Lead> found = storage().inTransaction(unit -> unit.leads().findAll(tenant, ids));
    assertThat(found)
        .containsExactlyElementsOf(
            leads.stream().sorted(Comparator.comparing(lead -> lead.id().toString())).toList());
  }

  @Test
  @DisplayName("update: stores the change with version + 1 and returns it")
  void update_currentVersion_storesNextVersion() {
    // given
    OpenLead lead = aLead();
    insert(lead);

    // when
    Lead saved = update(lead.contacted(given.later()));

    // then
    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.status()).isEqualTo(LeadStatus.CONTACTED);
    assertThat(find(lead.id())).contains(saved);
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdate() {
    // given
    OpenLead lead = aLead();
    insert(lead);
    Lead saved = update(lead.contacted(given.later()));

    // when / then
    assertThatThrownBy(() -> update(lead.qualified(given.later())))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(lead.id())).contains(saved);
  }

  @Test
  @DisplayName("update: a missing lead throws LeadNotFoundException")
  void update_missingLead_throwsNotFound() {
    // given
    OpenLead lead = aLead();

    // when / then
    assertThatThrownBy(() -> update(lead)).isInstanceOf(LeadNotFoundException.class);
  }

  @Test
  @DisplayName("updateAll: one stale lead fails the call and none of its changes stay")
  void updateAll_oneStale_storesNothingOfTheCall() {
    // given
    List<OpenLead> leads = List.of(aLead(), aLead(), aLead());
    storage().inTransactionDo(unit -> unit.leads().insertAll(tenant, List.copyOf(leads)));
    update(leads.get(2).contacted(given.later()));
    List<Lead> changed = leads.stream().<Lead>map(lead -> lead.qualified(given.now())).toList();

    // when
    Optional<RuntimeException> failure =
        storage()
            .inTransaction(
                unit -> {
                  try {
                    unit.leads().updateAll(tenant, changed);
                    return Optional.empty();
                  } catch (ConcurrentUpdateException e) {
                    return Optional.of(e);
                  }
                });

    // then
    assertThat(failure).isPresent();
    assertThat(find(leads.get(0).id())).contains(leads.get(0));
    assertThat(find(leads.get(1).id())).contains(leads.get(1));
  }

  @Test
  @DisplayName("updateAll: stores every lead with version + 1, in the given order")
  void updateAll_currentVersions_storesAll() {
    // given
    List<OpenLead> leads = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      leads.add(aLead());
    }
    storage().inTransactionDo(unit -> unit.leads().insertAll(tenant, List.copyOf(leads)));
    List<Lead> assigned =
        leads.stream()
            .<Lead>map(
                lead ->
                    lead.assigned(
                        new LeadAssignment(EmployeeId.of("rm-1"), "all", "manual", given.now())))
            .toList();

    // when
    List<Lead> saved = storage().inTransaction(unit -> unit.leads().updateAll(tenant, assigned));

    // then
    assertThat(saved)
        .extracting(Lead::id)
        .containsExactlyElementsOf(leads.stream().map(Lead::id).toList());
    assertThat(saved).allSatisfy(lead -> assertThat(lead.version()).isEqualTo(2));
    Map<EmployeeId, Long> open =
        storage().inTransaction(unit -> unit.leads().openLeadsByOwner(tenant));
    assertThat(open).isEqualTo(Map.of(EmployeeId.of("rm-1"), 120L));
    assertThat(find(leads.get(77).id())).contains(saved.get(77));
  }

  @Test
  @DisplayName("findOpenSharingKey: finds open leads by e-mail, phone, birth date or postcode only")
  void findOpenSharingKey_eachKey_findsOpenLeadsOnly() {
    // given
    LocalDate born = LocalDate.of(1970, 1, 1);
    Lead byEmail = aLead(LeadContact.named("A").withEmail(EmailAddress.of("Same@Example.com")));
    Lead byPhone = aLead(LeadContact.named("B").withPhone(PhoneNumber.of("+33612345678")));
    Lead byBirth = aLead(LeadContact.named("C").withDateOfBirth(born));
    Lead byPostcode = aLead(LeadContact.named("D").withPostcode("SW1A1AA"));
    Lead unrelated = aLead(LeadContact.named("E").withPostcode("EC1 1AA"));
    Lead closed =
        aLead(LeadContact.named("F").withEmail(EmailAddress.of("same@example.com")))
            .disqualified("no interest", given.now());
    storage()
        .inTransactionDo(
            unit ->
                unit.leads()
                    .insertAll(
                        tenant, List.of(byEmail, byPhone, byBirth, byPostcode, unrelated, closed)));
    LeadContact probe =
        LeadContact.named("probe")
            .withEmail(EmailAddress.of("same@EXAMPLE.com"))
            .withPhone(PhoneNumber.of("+33612345678"))
            .withDateOfBirth(born)
            .withPostcode("sw1a 1aa");

    // when
    List<Lead> found =
        storage().inTransaction(unit -> unit.leads().findOpenSharingKey(tenant, probe, 10));
    List<Lead> otherTenant =
        storage()
            .inTransaction(
                unit -> unit.leads().findOpenSharingKey(Fixtures.freshTenant(), probe, 10));
    List<Lead> limited =
        storage().inTransaction(unit -> unit.leads().findOpenSharingKey(tenant, probe, 2));

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            List.of(byEmail, byPhone, byBirth, byPostcode).stream()
                .sorted(Comparator.comparing(lead -> lead.id().toString()))
                .toList());
    assertThat(otherTenant).isEmpty();
    assertThat(limited).containsExactlyElementsOf(found.subList(0, 2));
  }

  @Test
  @DisplayName("findByStatus: returns the leads in the status, in id order, up to the limit")
  void findByStatus_limit_returnsFirstInIdOrder() {
    // given
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      leads.add(aLead().disqualified("no budget", given.now()));
    }
    leads.add(aLead());
    storage().inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));

    // when
    List<Lead> found =
        storage()
            .inTransaction(unit -> unit.leads().findByStatus(tenant, LeadStatus.DISQUALIFIED, 3));

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            leads.subList(0, 5).stream()
                .sorted(Comparator.comparing(lead -> lead.id().toString()))
                .limit(3)
                .toList());
  }

  @Test
  @DisplayName("openLeadsByOwner: counts open assigned leads per owner, closed ones not")
  void openLeadsByOwner_mixedLeads_countsOpenAssignedOnly() {
    // given
    EmployeeId ann = EmployeeId.of("ann");
    EmployeeId bob = EmployeeId.of("bob");
    List<Lead> leads =
        List.of(
            assignedTo(aLead(), ann),
            assignedTo(aLead(), ann),
            assignedTo(aLead(), bob),
            assignedTo(aLead(), bob).disqualified("duplicate", given.now()),
            aLead());
    storage().inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));

    // when
    Map<EmployeeId, Long> counts =
        storage().inTransaction(unit -> unit.leads().openLeadsByOwner(tenant));

    // then
    assertThat(counts).isEqualTo(Map.of(ann, 2L, bob, 1L));
  }

  private OpenLead assignedTo(OpenLead lead, EmployeeId owner) {
    return lead.assigned(new LeadAssignment(owner, "rule", "manual", given.now()));
  }

  /** A freshly captured lead like {@code lead} (same id) under another capture key. */
  private static OpenLead withCaptureKey(OpenLead lead, String key) {
    LeadProfile profile = lead.profile();
    return OpenLead.capture(
        lead.id(),
        profile.source(),
        profile.interest(),
        profile.contact(),
        profile.consents(),
        key,
        profile.branch(),
        profile.segment(),
        profile.capturedAt());
  }
}
