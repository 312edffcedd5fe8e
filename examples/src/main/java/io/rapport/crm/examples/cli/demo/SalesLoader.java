package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.ConvertLead;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.DefinePipeline;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.FinanceImportResult;
import io.rapport.crm.sdk.LeadOpportunity;
import io.rapport.crm.sdk.PlanCampaign;
import io.rapport.crm.sdk.RecordConsent;
import io.rapport.crm.sdk.RecordFinancialLine;
import io.rapport.crm.sdk.RecordPurchase;
import io.rapport.crm.sdk.WinOpportunity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@link SampleSales} through the SDK with the replay clock standing at each step's time:
 * financial events in bulk ({@code crm.finance().importEvents}), consents and pipelines one by one,
 * opportunities with their stage histories in bulk ({@code crm.imports().opportunities}), then the
 * campaign (segment, plan, launch, costs, member tracking, responses that become won deals).
 */
final class SalesLoader {
  /** The pipeline and interest of the campaign's response leads (savings and investments). */
  static final String WEALTH = "Wealth management";

  static final ProductType INTEREST = ProductType.INVESTMENT;

  private final Crm crm;
  private final Caller caller;
  private final ReplayClock clock;
  private final List<BankLoader.Step> steps = new ArrayList<>();
  private final Map<String, PipelineDefinition> definitions = new LinkedHashMap<>();

  SalesLoader(Crm crm, Caller caller, ReplayClock clock) {
    this.crm = crm;
    this.caller = caller;
    this.clock = clock;
  }

  /** What the campaign load did, for the campaign section. */
  record CampaignLoad(
      CampaignId id,
      SegmentId segment,
      LaunchResult launch,
      CustomerId unsubscribed,
      Instant unsubscribedAt,
      int responses,
      int won) {}

  /** Where the loaded sales data can be found again. */
  record Loaded(
      Map<String, PipelineId> pipelines, CampaignLoad campaign, List<BankLoader.Step> steps) {}

  List<BankLoader.Step> steps() {
    return steps;
  }

  Loaded load(SampleSales sales) {
    try {
      finance(sales);
      consents(sales);
      Map<String, PipelineId> pipelines = pipelines(sales);
      opportunities(sales);
      CampaignLoad campaign = campaign(sales, pipelines);
      return new Loaded(pipelines, campaign, steps);
    } finally {
      clock.live();
    }
  }

  FinanceImportResult finance(SampleSales sales) {
    return finance(sales.finance());
  }

  /** Imports {@code finance} in bulk. */
  FinanceImportResult finance(List<SampleSales.FinanceRow> finance) {
    long start = System.nanoTime();
    List<FinanceCommand> rows = new ArrayList<>(finance.size());
    for (SampleSales.FinanceRow row : finance) {
      if (row.purchase()) {
        rows.add(
            new RecordPurchase(row.key(), row.customer(), row.day(), row.amount(), row.currency()));
      } else {
        rows.add(
            new RecordFinancialLine(
                row.key(),
                row.customer(),
                row.product(),
                row.kind(),
                row.day(),
                row.amount(),
                row.currency()));
      }
    }
    FinanceImportResult result = crm.finance().importEvents(caller, rows, soFar -> {});
    step("financial event", rows.size(), start);
    return result;
  }

  private void consents(SampleSales sales) {
    long start = System.nanoTime();
    for (SampleSales.ConsentStep consent : sales.consents()) {
      clock.at(consent.at());
      crm.consents()
          .record(
              caller,
              RecordConsent.of(
                  ConsentSubject.customer(consent.customer()),
                  ConsentPurpose.MARKETING,
                  ConsentChannel.EMAIL,
                  consent.action(),
                  "online banking",
                  "marketing-email-v3"));
    }
    step("consent record", sales.consents().size(), start);
  }

  private Map<String, PipelineId> pipelines(SampleSales sales) {
    long start = System.nanoTime();
    clock.at(sales.spec().referenceTime().minus(Duration.ofDays(600)));
    Map<String, PipelineId> ids = new LinkedHashMap<>();
    definitions.clear();
    for (SampleSales.PipelinePlan plan : sales.pipelines()) {
      DefinePipeline.Builder builder = DefinePipeline.named(plan.name());
      for (SampleSales.StagePlan stage : plan.stages()) {
        if (stage.kind() == StageKind.OPEN) {
          builder.open(stage.code(), stage.name(), stage.probability(), stage.category());
        } else if (stage.kind() == StageKind.WON) {
          builder.won(stage.code(), stage.name());
        } else {
          builder.lost(stage.code(), stage.name());
        }
      }
      plan.lostReasons().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(reason -> builder.lostReason(reason.getKey(), reason.getValue()));
      PipelineDefinition defined = crm.pipelines().define(caller, builder.build());
      ids.put(plan.name(), defined.id());
      definitions.put(plan.name(), defined);
    }
    step("pipeline", ids.size(), start);
    return ids;
  }

  /**
   * Replays the generated histories through the domain transitions and stores them with {@code
   * crm.imports().opportunities}: one call, batched writes, one {@code opportunity.imported} event
   * per opportunity.
   */
  private void opportunities(SampleSales sales) {
    long start = System.nanoTime();
    OpportunityReplay replay =
        new OpportunityReplay(
            definitions, IdSource.seededUuidV7(clock, sales.spec().seed()), caller.actor());
    for (SampleSales.OpportunityPlan plan : sales.opportunities()) {
      clock.at(plan.openedAt());
      replay.replay(plan);
    }
    crm.imports().opportunities(caller, replay.opportunities(), replay.history());
    int changes = replay.history().size() - replay.opportunities().size();
    step("opportunity (+" + changes + " stage changes)", sales.opportunities().size(), start);
  }

  private CampaignLoad campaign(SampleSales sales, Map<String, PipelineId> pipelines) {
    long start = System.nanoTime();
    SampleSales.CampaignPlan plan = sales.campaign();
    Instant launchAt = plan.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
    clock.at(launchAt.minus(Duration.ofDays(21)));
    Segment segment =
        crm.segments()
            .define(caller, "Affluent customers", new Criterion.HasTag(plan.segmentTag()));
    CampaignId id =
        crm.campaigns()
            .plan(
                caller,
                new PlanCampaign(
                    plan.name(),
                    plan.objective(),
                    Set.of(CampaignChannel.EMAIL),
                    ConsentPurpose.MARKETING,
                    plan.startsOn(),
                    plan.endsOn(),
                    plan.currency(),
                    plan.budget(),
                    plan.expectedCost(),
                    plan.expectedRevenue(),
                    plan.expectedResponseRate(),
                    segment.id(),
                    null))
            .id();
    clock.at(launchAt);
    LaunchResult launch = crm.campaigns().launch(caller, id);
    for (CostLine cost : plan.costs()) {
      clock.at(cost.spentOn().atStartOfDay().toInstant(ZoneOffset.UTC));
      crm.campaigns().recordCost(caller, id, cost);
    }
    CustomerId unsubscribed = null;
    Instant unsubscribedAt = null;
    int tracked = 0;
    int responses = 0;
    int won = 0;
    for (SampleSales.Touch touch : plan.touches()) {
      Instant at = launchAt;
      for (MemberStatus status : touch.path()) {
        at = at.plus(Duration.ofHours(7));
        clock.at(at);
        if (status == MemberStatus.CONVERTED) {
          continue; // the sale is the won opportunity converted from the response lead
        }
        tracked++;
        if (status == MemberStatus.RESPONDED) {
          Lead lead = crm.campaigns().respond(caller, id, touch.customer(), INTEREST).lead();
          responses++;
          if (touch.value() != null) {
            String owner = sales.employees().get(won % sales.employees().size()).id().toString();
            winFromResponse(lead, touch, pipelines.get(WEALTH), owner, plan.currency(), at);
            won++;
          }
          continue;
        }
        crm.campaigns().track(caller, id, touch.customer(), status, null);
        if (status == MemberStatus.UNSUBSCRIBED) {
          unsubscribed = touch.customer();
          unsubscribedAt = at;
        }
      }
    }
    step("campaign member change", tracked, start);
    return new CampaignLoad(id, segment.id(), launch, unsubscribed, unsubscribedAt, responses, won);
  }

  /**
   * Works the response lead of a converting member: qualified, converted into the member with an
   * opportunity in {@code pipeline} (which carries the campaign), won two weeks later.
   */
  private void winFromResponse(
      Lead lead,
      SampleSales.Touch touch,
      PipelineId pipeline,
      String owner,
      String currency,
      Instant at) {
    lead = crm.leads().markContacted(caller, lead.id(), lead.version());
    lead = crm.leads().qualify(caller, lead.id(), lead.version());
    LocalDate closing = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14);
    ConvertLead command =
        ConvertLead.intoCustomer(
                lead.id(), lead.version(), "conv-response-" + lead.id(), touch.customer())
            .withOpportunity(
                new LeadOpportunity(pipeline, touch.value(), currency, closing, owner));
    Conversion result = crm.leads().convert(caller, command);
    if (!(result instanceof Conversion.Converted done)) {
      throw new IllegalStateException("response lead " + lead.id() + " was not converted");
    }
    OpportunityId opportunity = done.conversion().opportunity();
    clock.at(closing.atStartOfDay().toInstant(ZoneOffset.UTC));
    long version = crm.opportunities().get(caller, opportunity).version();
    crm.opportunities()
        .win(caller, new WinOpportunity(opportunity, version, touch.value(), currency, closing));
  }

  private void step(String type, int records, long start) {
    steps.add(new BankLoader.Step(type, records, Duration.ofNanos(System.nanoTime() - start)));
  }
}
