package io.rapport.crm.tck.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One row of every kind that names a customer, stored through the ports, and a reader of the rows
 * naming a customer per kind: what merge tests seed and compare before and after. Not thread-safe.
 */
public final class MergeChildren {
  private final CrmStorage storage;
  private final Fixtures given;
  private final TenantId tenant;
  private final Map<CustomerId, CampaignId> campaigns = new HashMap<>();
  private final Map<CustomerId, ExternalKey> purchases = new HashMap<>();
  private final Map<CustomerId, LeadId> leads = new HashMap<>();
  private final CampaignFixtures campaignFixtures;
  private final PipelineFixtures pipelines;
  private final PipelineDefinition retail;
  private Customer outsider;

  /** Seeds into {@code storage} for {@code given}'s tenant. */
  public MergeChildren(CrmStorage storage, Fixtures given) {
    this.storage = storage;
    this.given = given;
    this.tenant = given.tenant();
    this.campaignFixtures = new CampaignFixtures(given);
    this.pipelines = new PipelineFixtures(given);
    this.retail = PipelineFixtures.retail(pipelines.pipelineId());
  }

  /** Stores the customer every relationship and household of the seeded customers shares. */
  public Customer outsider() {
    if (outsider == null) {
      outsider = given.aPersonNamed("Outsider");
      storage.inTransactionDo(unit -> unit.customers().insert(tenant, outsider));
      storage.inTransactionDo(unit -> unit.pipelines().insert(tenant, retail));
    }
    return outsider;
  }

  /**
   * Stores, for {@code customer}: a relationship to and one from the outsider, a household it heads
   * (without the primary-household flag) with the outsider, a holding, an open opportunity, a
   * granted e-mail marketing consent, the membership of a campaign of its own, a CLV score, a
   * purchase and a lead linked to it and converted into it.
   */
  public void seed(CustomerId customer) {
    CustomerId other = outsider().id();
    Segment list = campaignFixtures.list(Set.of(customer));
    Campaign campaign = campaignFixtures.campaign(list.id());
    ConsentRecord granted =
        campaignFixtures.consent(customer, ConsentAction.GRANTED, given.now().minusSeconds(60));
    Purchase purchase =
        Purchase.of(
            ExternalKey.of("P-" + given.serial()),
            customer,
            LocalDate.of(2025, 1, 2),
            Money.of("10.50", "EUR"));
    Lead lead = convertedLead(customer);
    storage.inTransactionDo(
        unit -> {
          unit.leads().insert(tenant, lead);
          unit.relationships().insert(tenant, given.aRelationship(customer, other));
          unit.relationships().insert(tenant, given.aRelationship(other, customer));
          unit.households()
              .insert(
                  tenant,
                  given.aHousehold(
                      new HouseholdMember(customer, HouseholdRole.HEAD, false),
                      Fixtures.secondaryMember(other)));
          unit.holdings().insert(tenant, given.aHolding(customer));
          unit.opportunities()
              .insert(
                  tenant,
                  OpenOpportunity.open(
                          pipelines.opportunityId(),
                          retail,
                          "QUALIFIED",
                          PipelineFixtures.withCustomer(
                              PipelineFixtures.terms(
                                  "rm-1", Money.of("1000", "EUR"), LocalDate.of(2025, 9, 30)),
                              customer),
                          Probability.of(30),
                          ForecastCategory.PIPELINE,
                          given.now(),
                          PipelineFixtures.ACTOR)
                      .opportunity());
          unit.consents().append(tenant, granted);
          unit.segments().insert(tenant, list);
          unit.campaigns().insert(tenant, campaign);
          unit.customerScores()
              .storeAll(
                  tenant,
                  List.of(
                      new CustomerScore(
                          customer, ScoreKind.CLV, new BigDecimal("12.5"), null, given.now())));
          unit.financialEvents().storeNew(tenant, List.of(purchase));
        });
    storage.inTransactionDo(
        unit ->
            unit.campaignMembers()
                .launch(
                    tenant,
                    new LaunchPlan(
                        campaign.id(),
                        list,
                        ConsentPurpose.MARKETING,
                        Set.of(ConsentChannel.EMAIL),
                        given.now())));
    campaigns.put(customer, campaign.id());
    purchases.put(customer, purchase.key());
    leads.put(customer, lead.id());
  }

  private Lead convertedLead(CustomerId customer) {
    int n = given.serial();
    OpenLead captured =
        OpenLead.capture(
            new LeadId(given.nextUuid()),
            LeadSource.of(SourceKind.WEB_FORM, "mortgage-form"),
            ProductType.MORTGAGE,
            LeadContact.named("Lead " + n),
            ConsentFlags.contactOnly(),
            "merge-lead-" + n,
            null,
            null,
            given.now());
    return new ConvertedLead(
        captured.id(),
        1,
        captured.profile().withLinkedCustomer(customer),
        ConversionBuilder.aConversion()
            .intoExistingCustomer(customer)
            .withKey("merge-conversion-" + n)
            .at(given.now())
            .build(),
        given.now());
  }

  /**
   * The rows naming {@code customer}, per kind, each as a stable text (row id, or the seeded
   * customer whose row it is): what must move to a survivor and come back on unmerge.
   */
  public Map<String, Set<String>> rowsOf(CustomerId customer) {
    return storage.inTransaction(
        unit -> {
          Map<String, Set<String>> rows = new TreeMap<>();
          for (Relationship r : unit.relationships().forCustomer(tenant, customer)) {
            add(rows, r.from().equals(customer) ? "relationship-from" : "relationship-to", r.id());
          }
          unit.households()
              .forMember(tenant, customer)
              .forEach(h -> add(rows, "household", h.id()));
          unit.holdings().forCustomer(tenant, customer).forEach(h -> add(rows, "holding", h.id()));
          unit.opportunities()
              .forCustomer(tenant, customer)
              .forEach(o -> add(rows, "opportunity", o.id()));
          unit.consents()
              .history(tenant, ConsentSubject.customer(customer))
              .records()
              .forEach(c -> add(rows, "consent", c.id()));
          campaigns.forEach(
              (owner, campaign) ->
                  unit.campaignMembers()
                      .find(tenant, campaign, customer)
                      .ifPresent(m -> add(rows, "campaign-member", campaign)));
          unit.customerScores()
              .find(tenant, customer, ScoreKind.CLV)
              .ifPresent(s -> add(rows, "customer-score", s.value().stripTrailingZeros()));
          purchases.forEach(
              (owner, key) ->
                  unit.financialEvents()
                      .find(tenant, FinancialEventType.PURCHASE, key)
                      .filter(e -> e.customer().equals(customer))
                      .ifPresent(e -> add(rows, "financial-event", key.value())));
          for (Lead lead : unit.leads().findAll(tenant, leads.values())) {
            if (lead instanceof ConvertedLead converted
                && converted.conversion().customer().equals(customer)) {
              add(rows, "lead-converted", lead.id());
            }
            if (customer.equals(lead.linkedCustomer())) {
              add(rows, "lead-linked", lead.id());
            }
          }
          return rows;
        });
  }

  private static void add(Map<String, Set<String>> rows, String kind, Object key) {
    rows.computeIfAbsent(kind, k -> new TreeSet<>()).add(key.toString());
  }
}
