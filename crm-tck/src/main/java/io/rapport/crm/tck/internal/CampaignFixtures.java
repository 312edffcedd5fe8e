package io.rapport.crm.tck.internal;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Consent, segment and campaign test data over a test's {@link Fixtures}. */
public final class CampaignFixtures {
  private final Fixtures given;

  /** Builds on {@code given}'s tenant, clock and ids. */
  public CampaignFixtures(Fixtures given) {
    this.given = given;
  }

  /** A consent record of {@code customer} for e-mail marketing. */
  public ConsentRecord consent(CustomerId customer, ConsentAction action, Instant at) {
    return consent(
        ConsentSubject.customer(customer),
        ConsentPurpose.MARKETING,
        ConsentChannel.EMAIL,
        action,
        at,
        null);
  }

  /** A consent record with every field chosen. */
  public ConsentRecord consent(
      ConsentSubject subject,
      ConsentPurpose purpose,
      ConsentChannel channel,
      ConsentAction action,
      Instant at,
      Instant expiresAt) {
    return new ConsentRecord(
        new ConsentRecordId(given.nextUuid()),
        subject,
        purpose,
        channel,
        action,
        at,
        "web-form:signup",
        "mkt-2025-01",
        expiresAt);
  }

  /** A rule-based segment. */
  public Segment segment(Criterion criteria) {
    return Segment.byCriteria(
        new SegmentId(given.nextUuid()), "Savers without a card", criteria, given.now());
  }

  /** A static list. */
  public Segment list(Set<CustomerId> customers) {
    return Segment.staticList(
        new SegmentId(given.nextUuid()), "Hand-picked", customers, given.now());
  }

  /** A planned EUR e-mail marketing campaign targeting {@code segment}. */
  public Campaign campaign(SegmentId segment) {
    return campaign(segment, null, Set.of(CampaignChannel.EMAIL), List.of());
  }

  /** A planned EUR campaign with the given parent, channels and cost lines. */
  public Campaign campaign(
      SegmentId segment, CampaignId parent, Set<CampaignChannel> channels, List<CostLine> costs) {
    return new Campaign(
        new CampaignId(given.nextUuid()),
        1,
        "Spring savings drive",
        "Open 500 savings accounts",
        channels,
        ConsentPurpose.MARKETING,
        LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30),
        CampaignStatus.PLANNED,
        Money.of("25000.00", "EUR"),
        Money.of("18000.50", "EUR"),
        Money.of("90000", "EUR"),
        new BigDecimal("0.035"),
        segment,
        parent,
        costs,
        null,
        given.now(),
        given.now());
  }

  /**
   * Customer number {@code n} of a varied population: kinds, statuses, countries (or none), owners
   * and branches (or none) and tags all cycle with different periods.
   */
  public Customer varied(int n) {
    CustomerId id = given.customerId();
    String[] countries = {"GB", "DE", null, "FR"};
    String country = countries[n % 4];
    GovernmentId governmentId =
        country == null ? null : new GovernmentId(GovernmentId.Kind.NATIONAL_ID, country, "X" + n);
    Customer.Builder builder =
        n % 5 == 0
            ? Customer.builder(id, new Organisation("Org " + n, null, governmentId), given.now())
            : Customer.builder(id, new Person("Person " + n, null, governmentId), given.now());
    builder.status(CustomerStatus.values()[n % 4]);
    if (n % 3 != 0) {
      builder.owner(EmployeeId.of("rm-" + (n % 3)));
    }
    if (n % 7 != 0) {
      builder.branch(BranchCode.of("BR-" + (n % 2)));
    }
    builder.tags(n % 2 == 0 ? Set.of("retail") : n % 3 == 0 ? Set.of("vip", "retail") : Set.of());
    return builder.build();
  }

  /** Holdings of customer number {@code n} of {@link #varied}: none, open or closed, EUR or GBP. */
  public List<Holding> holdingsOf(CustomerId customer, int n) {
    if (n % 6 == 0) {
      return List.of();
    }
    ProductType type = ProductType.values()[n % 3];
    String currency = n % 4 == 0 ? "GBP" : "EUR";
    Money balance = Money.of(BigDecimal.valueOf((n * 137L) % 5000), Currency.getInstance(currency));
    Holding first = holding(customer, type, balance, n % 5 == 1);
    Holding second = holding(customer, ProductType.CREDIT_CARD, Money.of("-20.00", "EUR"), false);
    return n % 2 == 0 ? List.of(first, second) : List.of(first);
  }

  /** A holding of {@code customer}. */
  public Holding holding(CustomerId customer, ProductType type, Money balance, boolean closed) {
    return new Holding(
        new HoldingId(given.nextUuid()),
        1,
        customer,
        type,
        "Product " + type,
        AccountReference.of("ACC-" + given.serial()),
        HoldingRole.OWNER,
        balance,
        LocalDate.of(2020, 1, 1),
        closed ? LocalDate.of(2024, 6, 30) : null,
        given.now());
  }
}
