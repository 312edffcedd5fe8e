package io.rapport.crm.sample;

import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.sample.internal.SalesGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sales and marketing side of a {@link SampleBank}, as plain data a loader turns into SDK
 * commands: lead owners, leads with their fate, marketing consents, pipelines with opportunities
 * and their stage histories, one e-mail campaign, and financial events (revenue and cost lines and
 * purchases over the two years before the reference time). Every customer id refers to one of the
 * bank's customers. Deterministic: the same bank gives equal data. Immutable.
 *
 * @param spec the bank's spec
 * @param employees lead owners, with branch, capacity and skills
 * @param leads leads in capture order
 * @param consents marketing e-mail consent records in time order
 * @param pipelines the pipelines, by name
 * @param opportunities opportunities with their planned stage histories
 * @param campaign the e-mail campaign
 * @param finance revenue and cost lines and purchases, each with an external key
 */
public record SampleSales(
    SampleBankSpec spec,
    List<Employee> employees,
    List<LeadForm> leads,
    List<ConsentStep> consents,
    List<PipelinePlan> pipelines,
    List<OpportunityPlan> opportunities,
    CampaignPlan campaign,
    List<FinanceRow> finance) {

  /** Copies the lists. */
  public SampleSales {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(campaign, "campaign");
    employees = List.copyOf(employees);
    leads = List.copyOf(leads);
    consents = List.copyOf(consents);
    pipelines = List.copyOf(pipelines);
    opportunities = List.copyOf(opportunities);
    finance = List.copyOf(finance);
  }

  /**
   * Generates the sales data of {@code bank}.
   *
   * @throws NullPointerException if bank is null
   */
  public static SampleSales generate(SampleBank bank) {
    Objects.requireNonNull(bank, "bank");
    return new SalesGenerator(bank).generate();
  }

  /** A lead owner. */
  public record Employee(EmployeeId id, BranchCode branch, int capacity, Set<String> skills) {
    /** Copies the skills. */
    public Employee {
      skills = Set.copyOf(skills);
    }
  }

  /** What happens to a lead after capture. */
  public enum LeadFate {
    /** Left as captured. */
    NEW,
    /** Contacted only. */
    CONTACTED,
    /** Contacted and qualified. */
    QUALIFIED,
    /** Qualified and converted: into {@link LeadForm#duplicateOf} when set, else a new customer. */
    CONVERTED,
    /** Disqualified with {@link LeadForm#reason}. */
    DISQUALIFIED
  }

  /**
   * A captured lead form.
   *
   * @param key idempotency key of the capture
   * @param fromCampaign whether the lead answers {@link #campaign()}
   * @param duplicateOf the existing customer whose e-mail or phone the form repeats, or null
   * @param reason why it was disqualified, or null
   */
  public record LeadForm(
      String key,
      SourceKind source,
      ProductType interest,
      String name,
      String email,
      String phone,
      LocalDate dateOfBirth,
      String postcode,
      boolean consentToContact,
      boolean consentToMarketing,
      boolean consentToProfiling,
      BranchCode branch,
      String segment,
      CustomerId referrer,
      boolean fromCampaign,
      CustomerId duplicateOf,
      Instant capturedAt,
      LeadFate fate,
      String reason) {

    /** The form without personal data. */
    @Override
    public String toString() {
      return "LeadForm[key=" + key + ", source=" + source + ", fate=" + fate + "]";
    }
  }

  /** One marketing consent record over e-mail for a customer. */
  public record ConsentStep(CustomerId customer, ConsentAction action, Instant at) {}

  /** A pipeline: stages in order and lost reasons (code to label). */
  public record PipelinePlan(String name, List<StagePlan> stages, Map<String, String> lostReasons) {
    /** Copies the collections. */
    public PipelinePlan {
      stages = List.copyOf(stages);
      lostReasons = Map.copyOf(lostReasons);
    }
  }

  /** A stage of a pipeline. */
  public record StagePlan(
      String code, String name, StageKind kind, int probability, ForecastCategory category) {}

  /** What one step of an opportunity's history does. */
  public enum StepKind {
    /** Moves to {@link Step#stage}. */
    MOVE,
    /** Wins for {@link Step#amount}. */
    WIN,
    /** Loses for {@link Step#reason}. */
    LOSE,
    /** Reopens at {@link Step#stage}. */
    REOPEN
  }

  /** One step of an opportunity's history. */
  public record Step(StepKind kind, String stage, String reason, BigDecimal amount, Instant at) {}

  /** An opportunity: opened in its pipeline's first stage, then its steps in order. */
  public record OpportunityPlan(
      String pipeline,
      CustomerId customer,
      ProductType product,
      BigDecimal amount,
      String currency,
      EmployeeId owner,
      Instant openedAt,
      LocalDate closingOn,
      List<Step> steps) {
    /** Copies the steps. */
    public OpportunityPlan {
      steps = List.copyOf(steps);
    }
  }

  /**
   * The e-mail marketing campaign to customers tagged {@link #segmentTag}, with its cost lines, the
   * member journeys (each a path of statuses after TARGETED; a converted member has a value) and
   * what the launch is expected to give.
   */
  public record CampaignPlan(
      String name,
      String objective,
      String segmentTag,
      LocalDate startsOn,
      LocalDate endsOn,
      String currency,
      BigDecimal budget,
      BigDecimal expectedCost,
      BigDecimal expectedRevenue,
      BigDecimal expectedResponseRate,
      List<CostLine> costs,
      List<Touch> touches,
      long expectedCandidates,
      Map<ConsentReason, Long> expectedExclusions) {
    /** Copies the collections. */
    public CampaignPlan {
      costs = List.copyOf(costs);
      touches = List.copyOf(touches);
      expectedExclusions = Map.copyOf(expectedExclusions);
    }
  }

  /** The journey of one campaign member. */
  public record Touch(CustomerId customer, List<MemberStatus> path, BigDecimal value) {
    /** Copies the path. */
    public Touch {
      path = List.copyOf(path);
    }
  }

  /** A revenue or cost line ({@code kind} set) or a purchase ({@code kind} null). */
  public record FinanceRow(
      String key,
      CustomerId customer,
      ProductType product,
      LineKind kind,
      LocalDate day,
      BigDecimal amount,
      String currency) {
    /** Whether this row is a purchase. */
    public boolean purchase() {
      return kind == null;
    }
  }
}
