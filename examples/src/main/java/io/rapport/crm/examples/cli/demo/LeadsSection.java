package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.lead.Assignee;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.AssignmentRule;
import io.rapport.crm.lead.AssignmentStrategy;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadScore;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.NaiveBayesScorer;
import io.rapport.crm.lead.ScoringRule;
import io.rapport.crm.lead.ScoringRuleSet;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sample.SampleSales.LeadForm;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Captured;
import io.rapport.crm.sdk.ConvertLead;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.DuplicateCandidate;
import io.rapport.crm.sdk.LeadOpportunity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leads section: bulk capture, an idempotent re-submission, a duplicate of a customer, the
 * lifecycle with conversions, scoring by rules and by a trained naive Bayes model, and bulk
 * assignment.
 */
final class LeadsSection {
  private static final String RETAIL = "Retail lending";

  private final PrintWriter out;
  private final Crm crm;
  private final Caller caller;
  private final ReplayClock clock;

  LeadsSection(PrintWriter out, Crm crm, Caller caller, ReplayClock clock) {
    this.out = out;
    this.crm = crm;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Captures and works the leads of {@code sales} except campaign responses (the campaign load
   * captured those through {@code crm.campaigns().respond}); conversions open opportunities in
   * {@code pipelines}.
   */
  void run(SampleSales sales, Map<String, PipelineId> pipelines) {
    List<LeadForm> leads = sales.leads().stream().filter(f -> !f.fromCampaign()).toList();
    List<CaptureLead> forms = new ArrayList<>();
    for (LeadForm form : leads) {
      forms.add(command(form, null));
    }
    Format.heading(out, "Leads: crm.leads().captureAll(caller, " + forms.size() + " forms)");
    clock.at(sales.spec().referenceTime().minus(Duration.ofDays(30)));
    List<Captured> captured;
    try {
      captured = crm.leads().captureAll(caller, forms);
    } finally {
      clock.live();
    }
    Map<String, Long> bySource = new TreeMap<>();
    leads.forEach(f -> bySource.merge(f.source().name(), 1L, Long::sum));
    TextTable sources = new TextTable("source", ">leads");
    bySource.forEach((source, count) -> sources.row(source, Format.count(count)));
    sources.print(out);
    long fresh = captured.stream().filter(c -> !c.replayed()).count();
    out.println(
        "  captured " + Format.count(fresh) + " new, " + (captured.size() - fresh) + " replayed");
    Captured again = crm.leads().capture(caller, forms.get(0));
    out.println(
        "  re-submitted form "
            + leads.get(0).key()
            + ": crm.leads().capture(...) -> replayed="
            + again.replayed()
            + ", same lead "
            + again.lead().id().equals(captured.get(0).lead().id()));
    duplicate(leads, captured);
    clock.at(sales.spec().referenceTime().minus(Duration.ofDays(20)));
    try {
      lifecycle(sales, leads, captured, pipelines);
    } finally {
      clock.live();
    }
  }

  private void duplicate(List<LeadForm> leads, List<Captured> captured) {
    for (int i = 0; i < leads.size(); i++) {
      if (leads.get(i).duplicateOf() == null) {
        continue;
      }
      LeadId id = captured.get(i).lead().id();
      List<DuplicateCandidate> found = crm.leads().findDuplicates(caller, id);
      Format.heading(out, "Duplicate check: crm.leads().findDuplicates(caller, " + id + ")");
      TextTable table = new TextTable("candidate", ">score", "rule");
      for (DuplicateCandidate candidate : found) {
        table.row(
            candidate.isCustomer()
                ? "customer " + candidate.customer()
                : "lead " + candidate.lead(),
            Integer.toString(candidate.score()),
            candidate.rule());
      }
      table.print(out);
      return;
    }
  }

  private void lifecycle(
      SampleSales sales,
      List<LeadForm> leads,
      List<Captured> captured,
      Map<String, PipelineId> pipelines) {
    Format.heading(
        out,
        "Lead lifecycle: crm.leads().markContacted / qualify / disqualify / convert(ConvertLead...)");
    Map<LeadStatus, Long> statuses = new EnumMap<>(LeadStatus.class);
    long converted = 0;
    long rejected = 0;
    long newCustomers = 0;
    Map<String, Long> opened = new TreeMap<>(Map.of(RETAIL, 0L, SalesLoader.WEALTH, 0L));
    LocalDate closing = sales.spec().referenceDate().plusDays(45);
    List<Lead> open = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      LeadForm form = leads.get(i);
      Lead lead = captured.get(i).lead();
      if (!captured.get(i).replayed()) {
        switch (form.fate()) {
          case NEW -> {}
          case CONTACTED -> lead = crm.leads().markContacted(caller, lead.id(), lead.version());
          case QUALIFIED, CONVERTED -> {
            lead = crm.leads().markContacted(caller, lead.id(), lead.version());
            lead = crm.leads().qualify(caller, lead.id(), lead.version());
          }
          case DISQUALIFIED ->
              lead = crm.leads().disqualify(caller, lead.id(), lead.version(), form.reason());
        }
        if (form.fate() == SampleSales.LeadFate.CONVERTED) {
          String pipeline = pipelineFor(form.interest());
          String key = "conv-" + form.key();
          ConvertLead conversion =
              form.duplicateOf() == null
                  ? ConvertLead.intoNewCustomer(lead.id(), lead.version(), key)
                  : ConvertLead.intoCustomer(lead.id(), lead.version(), key, form.duplicateOf());
          ConvertLead command =
              conversion.withOpportunity(
                  new LeadOpportunity(
                      pipelines.get(pipeline),
                      amountFor(form.interest()),
                      "EUR",
                      closing,
                      sales.employees().get(i % sales.employees().size()).id().toString()));
          Conversion result = crm.leads().convert(caller, command);
          if (result instanceof Conversion.Converted done) {
            lead = done.result();
            converted++;
            newCustomers += done.conversion().newCustomer() ? 1 : 0;
            if (done.conversion().opportunity() != null) {
              opened.merge(pipeline, 1L, Long::sum);
            }
          } else {
            rejected++;
          }
        }
      }
      statuses.merge(lead.status(), 1L, Long::sum);
      if (lead.status().open()) {
        open.add(lead);
      }
    }
    TextTable table = new TextTable("status", ">leads");
    statuses.forEach((status, count) -> table.row(status, Format.count(count)));
    table.print(out);
    long opportunities = opened.values().stream().mapToLong(Long::longValue).sum();
    out.println(
        "  conversions: "
            + converted
            + " converted, "
            + rejected
            + " rejected -> "
            + converted
            + " customers ("
            + newCustomers
            + " new), "
            + opportunities
            + " opportunities opened "
            + opened);
    scoring(open);
    assignment(sales, open);
  }

  private void scoring(List<Lead> open) {
    if (open.isEmpty()) {
      return;
    }
    ScoringRuleSet rules =
        new ScoringRuleSet(
            "demo-1",
            10,
            60,
            List.of(
                ScoringRule.points("interest", ProductType.MORTGAGE.name(), 30),
                ScoringRule.points("interest", ProductType.INVESTMENT.name(), 25),
                ScoringRule.points("source", "CUSTOMER_REFERRAL", 20),
                ScoringRule.points("hasPhone", "yes", 10),
                ScoringRule.points("marketingConsent", "yes", 5)));
    Lead lead =
        open.stream()
            .filter(l -> l.interest() == ProductType.MORTGAGE)
            .findFirst()
            .orElse(open.get(0));
    Format.heading(out, "Lead scoring: crm.leads().score(caller, id, version, rules | model)");
    Lead byRules = crm.leads().score(caller, lead.id(), lead.version(), rules);
    NaiveBayesScorer model = crm.leads().trainModel(caller, "demo");
    Lead byModel = crm.leads().score(caller, lead.id(), byRules.version(), model);
    out.println(
        "  crm.leads().trainModel(caller, \"demo\") -> "
            + model.version()
            + " (learned from "
            + model.wonCount()
            + " converted and "
            + model.lostCount()
            + " disqualified leads)");
    printScore("rule set", byRules.score());
    printScore("naive Bayes", byModel.score());
  }

  private void printScore(String label, LeadScore score) {
    out.println("  " + label + ": " + score.value() + " (" + score.model() + ")");
    for (String reason : score.reasons()) {
      out.println("      " + reason);
    }
  }

  private void assignment(SampleSales sales, List<Lead> open) {
    List<Assignee> wealth = new ArrayList<>();
    List<Assignee> everyone = new ArrayList<>();
    for (SampleSales.Employee employee : sales.employees()) {
      Assignee assignee =
          Assignee.of(employee.id())
              .capacity(employee.capacity())
              .skilled(employee.skills().toArray(String[]::new));
      everyone.add(assignee);
      if (employee.skills().contains(ProductType.INVESTMENT.name())) {
        wealth.add(assignee);
      }
    }
    List<AssignmentRule> rules = new ArrayList<>();
    if (!wealth.isEmpty()) {
      rules.add(
          new AssignmentRule(
              "wealth leads",
              null,
              null,
              ProductType.INVESTMENT,
              AssignmentStrategy.ROUND_ROBIN,
              wealth));
    }
    rules.add(AssignmentRule.everyLead("everyone else", AssignmentStrategy.WORKLOAD, everyone));
    Format.heading(
        out,
        "Lead assignment: crm.leads().assignAll(caller, "
            + open.size()
            + " open leads, AssignmentEngine(wealth leads: ROUND_ROBIN, everyone else: WORKLOAD))");
    List<Lead> assigned =
        crm.leads()
            .assignAll(caller, open.stream().map(Lead::id).toList(), new AssignmentEngine(rules));
    Map<EmployeeId, long[]> perOwner =
        new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    Map<EmployeeId, String> lastReason =
        new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    for (Lead lead : assigned) {
      if (lead.assignment() == null) {
        continue;
      }
      EmployeeId owner = lead.assignment().owner();
      long[] counts = perOwner.computeIfAbsent(owner, k -> new long[2]);
      counts[lead.assignment().rule().equals("wealth leads") ? 0 : 1]++;
      lastReason.put(owner, lead.assignment().rule() + ": " + lead.assignment().reason());
    }
    TextTable table =
        new TextTable(
            "owner", "branch", ">capacity", ">wealth", ">other", ">total", "last rule: reason");
    for (SampleSales.Employee employee : sales.employees()) {
      long[] counts = perOwner.getOrDefault(employee.id(), new long[2]);
      table.row(
          employee.id(),
          employee.branch(),
          Integer.toString(employee.capacity()),
          Format.count(counts[0]),
          Format.count(counts[1]),
          Format.count(counts[0] + counts[1]),
          lastReason.getOrDefault(employee.id(), "-"));
    }
    table.print(out);
    long unassigned = open.size() - perOwner.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    out.println(
        "  assigned "
            + Format.count(open.size() - unassigned)
            + ", left unassigned "
            + Format.count(unassigned)
            + " (the WORKLOAD rule skips members at capacity)");
  }

  /** The pipeline a converted lead's opportunity opens in. */
  static String pipelineFor(ProductType interest) {
    return switch (interest) {
      case INVESTMENT, SAVINGS, TERM_DEPOSIT -> SalesLoader.WEALTH;
      default -> RETAIL;
    };
  }

  /** The opening amount of a converted lead's opportunity, in EUR. */
  static BigDecimal amountFor(ProductType interest) {
    return switch (interest) {
      case MORTGAGE -> new BigDecimal("200000.00");
      case INVESTMENT -> new BigDecimal("50000.00");
      case PERSONAL_LOAN -> new BigDecimal("15000.00");
      default -> new BigDecimal("5000.00");
    };
  }

  static CaptureLead command(LeadForm form, CampaignId campaign) {
    CaptureLead.Builder builder =
        CaptureLead.builder(form.key(), form.source(), form.interest(), form.name())
            .consents(form.consentToContact(), form.consentToMarketing(), form.consentToProfiling())
            .dateOfBirth(form.dateOfBirth())
            .segment(form.segment());
    if (form.email() != null) {
      builder.email(form.email());
    }
    if (form.phone() != null) {
      builder.phone(form.phone());
    }
    if (form.branch() != null) {
      builder.branch(form.branch().toString());
    }
    if (form.referrer() != null) {
      builder.referredBy(form.referrer());
    }
    if (form.fromCampaign() && campaign != null) {
      builder.campaign(campaign);
    }
    return builder.build();
  }
}
