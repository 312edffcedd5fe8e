package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.Money;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.RetentionPolicy;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Person;
import io.rapport.crm.sdk.internal.Changes;
import io.rapport.crm.sdk.internal.CommandRunner;
import io.rapport.crm.sdk.internal.CustomerEraser;
import io.rapport.crm.sdk.internal.DefaultRetention;
import io.rapport.crm.sdk.internal.ErasureOutcome;
import io.rapport.crm.sdk.internal.EventDispatcher;
import io.rapport.crm.spi.LaunchPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link Retention} for closed customers (selection handed to the customer eraser, or reported as
 * unavailable without pretending) and for members of ended campaigns (deleted).
 */
class RetentionErasureAndMembersTest extends SdkFixture {
  private static final Instant OLD = Instant.parse("2018-06-01T10:00:00Z");
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
  private static final RetentionPolicy CLOSED =
      RetentionPolicy.of(RetainedRecordType.CLOSED_CUSTOMER, Period.ofYears(5));

  private Customer closedCustomer(Instant closedAt) {
    Customer customer =
        Customer.builder(
                new CustomerId(UUID.randomUUID()), new Person("Alan Turing", null, null), OLD)
            .build()
            .changeStatus(CustomerStatus.CLOSED, closedAt);
    storage.inTransactionDo(unit -> unit.customers().insert(tenant, customer));
    return customer;
  }

  @Test
  void applyRetention_closedCustomersWithoutErasure_reportsUnavailableAndErasesNothing() {
    // given
    Customer due = closedCustomer(OLD);
    closedCustomer(NOW.minusSeconds(60));

    Retention retention =
        new DefaultRetention(
            new CommandRunner(
                storage, clock, IdSource.seededUuidV7(clock, 5), new EventDispatcher(storage)),
            List.of(CLOSED),
            CustomerEraser.UNAVAILABLE);

    // when
    RetentionReport report = retention.applyRetention(caller, NOW, 10, List.of(CLOSED));

    // then
    RetentionOutcome outcome = report.outcome(RetainedRecordType.CLOSED_CUSTOMER).orElseThrow();
    assertThat(outcome.isUnavailable()).isTrue();
    assertThat(outcome.unavailable()).contains("erasure not available");
    assertThat(outcome.examined()).isEqualTo(1);
    assertThat(outcome.erased()).isZero();
    assertThat(outcome.batches()).isZero();
    Customer stored = storage.inTransaction(unit -> unit.customers().get(tenant, due.id()));
    assertThat(stored).isEqualTo(due);
  }

  @Test
  void applyRetention_closedCustomersWithAnEraser_erasesEachDueCustomerOnceInIdOrder() {
    // given
    List<CustomerId> erased = new CopyOnWriteArrayList<>();
    CustomerEraser eraser =
        new CustomerEraser() {
          @Override
          public boolean available() {
            return true;
          }

          @Override
          public ErasureOutcome erase(Changes changes, CustomerId customer) {
            erased.add(customer);
            return ErasureOutcome.ERASED;
          }
        };
    CommandRunner runner =
        new CommandRunner(
            storage, clock, IdSource.seededUuidV7(clock, 3), new EventDispatcher(storage));
    Retention retention = new DefaultRetention(runner, List.of(CLOSED), eraser);
    List<CustomerId> due = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      due.add(closedCustomer(OLD).id());
    }
    closedCustomer(NOW.minusSeconds(60));
    due.sort(Comparator.comparing(id -> id.value().toString()));

    // when
    RetentionReport report = retention.applyRetention(caller, NOW, 2);

    // then
    RetentionOutcome outcome = report.outcome(RetainedRecordType.CLOSED_CUSTOMER).orElseThrow();
    assertThat(erased).containsExactlyElementsOf(due);
    assertThat(outcome.erased()).isEqualTo(5);
    assertThat(outcome.batches()).isEqualTo(3);
    assertThat(outcome.isUnavailable()).isFalse();
  }

  private Customer closedThroughTheSdk(String name) {
    Customer customer =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person(name)
                    .email(name.replace(' ', '.') + "@example.com", ContactPurpose.PERSONAL)
                    .build());
    return crm.customers()
        .changeStatus(caller, customer.id(), customer.version(), CustomerStatus.CLOSED);
  }

  private String legalName(Customer customer) {
    return ((Person) crm.customers().get(caller, customer.id()).party()).legalName();
  }

  @Test
  void applyRetention_closedCustomersPastThePeriod_erasedHeldOneSkippedAndReported() {
    // given
    Customer first = closedThroughTheSdk("Grace Hopper");
    Customer second = closedThroughTheSdk("Katherine Johnson");
    Customer held = closedThroughTheSdk("Hedy Lamarr");
    crm.privacy().placeLegalHold(caller, held.id(), "litigation 2025-17");
    Instant sixYearsLater = Instant.parse("2031-06-01T09:00:00Z");

    // when
    RetentionReport report =
        crm.retention().applyRetention(caller, sixYearsLater, 10, List.of(CLOSED));

    // then
    RetentionOutcome outcome = report.outcome(RetainedRecordType.CLOSED_CUSTOMER).orElseThrow();
    assertThat(outcome.isUnavailable()).isFalse();
    assertThat(outcome.examined()).isEqualTo(3);
    assertThat(outcome.erased()).isEqualTo(2);
    assertThat(outcome.held()).isEqualTo(1);
    assertThat(outcome.skipped()).isZero();
    assertThat(legalName(first)).doesNotContain("Grace");
    assertThat(legalName(second)).doesNotContain("Katherine");
    assertThat(legalName(held)).isEqualTo("Hedy Lamarr");
    Optional<Instant> erasedAt =
        storage.inTransaction(
            unit -> unit.personalData().erasedAt(tenant, ConsentSubject.customer(first.id())));
    assertThat(erasedAt).isPresent();
    assertThat(auditEntries().stream().filter(e -> e.action().equals("customer.erased")))
        .hasSize(2);
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
  }

  @Test
  void applyRetention_laterRunAfterErasure_erasesNothingAndCountsErasedAsSkipped() {
    // given
    closedThroughTheSdk("Grace Hopper");
    Customer held = closedThroughTheSdk("Hedy Lamarr");
    crm.privacy().placeLegalHold(caller, held.id(), "litigation 2025-17");
    Instant sixYearsLater = Instant.parse("2031-06-01T09:00:00Z");
    crm.retention().applyRetention(caller, sixYearsLater, 10, List.of(CLOSED));
    long entries = auditEntries().size();

    // when
    RetentionReport again =
        crm.retention()
            .applyRetention(caller, Instant.parse("2037-06-01T09:00:00Z"), 10, List.of(CLOSED));

    // then
    RetentionOutcome outcome = again.outcome(RetainedRecordType.CLOSED_CUSTOMER).orElseThrow();
    assertThat(outcome.erased()).isZero();
    assertThat(outcome.examined()).isEqualTo(2);
    assertThat(outcome.skipped()).isEqualTo(1);
    assertThat(outcome.held()).isEqualTo(1);
    assertThat(auditEntries()).hasSize((int) entries);
    assertThat(crm.audit().verify(tenant).intact()).isTrue();
  }

  private CampaignId launchedCampaign(LocalDate endsOn, int members) {
    String tag = "t" + UUID.randomUUID();
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      customers.add(
          Customer.builder(
                  new CustomerId(UUID.randomUUID()), new Person("Joan Clarke", null, null), OLD)
              .tags(Set.of(tag))
              .build());
    }
    Campaign campaign =
        new Campaign(
            new CampaignId(UUID.randomUUID()),
            1,
            "Spring savings drive",
            "Open savings accounts",
            Set.of(CampaignChannel.EMAIL),
            ConsentPurpose.MARKETING,
            endsOn.minusDays(30),
            endsOn,
            CampaignStatus.PLANNED,
            Money.of("1000", "EUR"),
            Money.of("800", "EUR"),
            Money.of("5000", "EUR"),
            new BigDecimal("0.03"),
            new SegmentId(UUID.randomUUID()),
            null,
            List.of(),
            null,
            OLD,
            OLD);
    Segment target =
        Segment.byCriteria(
            new SegmentId(UUID.randomUUID()), "Target", new Criterion.HasTag(tag), OLD);
    storage.inTransactionDo(
        unit -> {
          unit.customers().insertAll(tenant, customers);
          for (Customer customer : customers) {
            unit.consents()
                .append(
                    tenant,
                    new ConsentRecord(
                        new ConsentRecordId(UUID.randomUUID()),
                        ConsentSubject.customer(customer.id()),
                        ConsentPurpose.MARKETING,
                        ConsentChannel.EMAIL,
                        ConsentAction.GRANTED,
                        OLD,
                        "branch",
                        "v1",
                        null));
          }
          unit.campaigns().insert(tenant, campaign);
          unit.campaignMembers()
              .launch(
                  tenant,
                  new LaunchPlan(
                      campaign.id(),
                      target,
                      ConsentPurpose.MARKETING,
                      Set.of(ConsentChannel.EMAIL),
                      OLD.plusSeconds(60)));
        });
    return campaign.id();
  }

  private int memberCount(CampaignId campaign) {
    return storage.inTransaction(
        unit -> unit.campaignMembers().members(tenant, campaign, null, 1000).size());
  }

  @Test
  void applyRetention_membersOfLongEndedCampaigns_deletedOthersKept() {
    // given
    CampaignId ended = launchedCampaign(LocalDate.of(2019, 6, 30), 5);
    CampaignId recent = launchedCampaign(LocalDate.of(2024, 6, 30), 2);
    RetentionPolicy members =
        RetentionPolicy.of(RetainedRecordType.CAMPAIGN_MEMBER, Period.ofYears(3));

    // when
    RetentionReport first = crm.retention().applyRetention(caller, NOW, 2, List.of(members));
    RetentionReport second = crm.retention().applyRetention(caller, NOW, 2, List.of(members));

    // then
    RetentionOutcome outcome = first.outcome(RetainedRecordType.CAMPAIGN_MEMBER).orElseThrow();
    assertThat(outcome.deleted()).isEqualTo(5);
    assertThat(outcome.examined()).isEqualTo(5);
    assertThat(outcome.batches()).isEqualTo(3);
    assertThat(memberCount(ended)).isZero();
    assertThat(memberCount(recent)).isEqualTo(2);
    assertThat(second.processed()).isZero();
    assertThat(auditEntries().stream().filter(e -> e.action().equals("campaignMember.deleted")))
        .hasSize(5);
  }
}
