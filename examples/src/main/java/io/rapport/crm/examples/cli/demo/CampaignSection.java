package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.CampaignMetrics;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.Money;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.ContactDecision;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign section: the segment and the launch with exclusions per consent reason, the member
 * who unsubscribed (and whose consent was withdrawn), and the metrics table.
 */
final class CampaignSection {
  private CampaignSection() {}

  static void print(
      PrintWriter out, Crm crm, Caller caller, SampleSales sales, SalesLoader.CampaignLoad load) {
    SampleSales.CampaignPlan plan = sales.campaign();
    Format.heading(
        out,
        "Campaign \""
            + plan.name()
            + "\": crm.segments().define(caller, \"Affluent customers\", new HasTag(\""
            + plan.segmentTag()
            + "\")), crm.campaigns().plan(...), launch(caller, id)");
    out.println(
        "  segment selects "
            + Format.count(crm.segments().preview(caller, load.segment(), 10_000).size())
            + " customers; launch: "
            + Format.count(load.launch().candidates())
            + " candidates, "
            + Format.count(load.launch().members())
            + " members");
    TextTable excluded = new TextTable("excluded because", ">customers");
    for (ConsentReason reason : ConsentReason.values()) {
      long count = load.launch().excludedFor(reason);
      if (count > 0) {
        excluded.row(reason, Format.count(count));
      }
    }
    excluded.print(out);
    if (load.unsubscribed() != null) {
      Format.heading(
          out, "Member tracking: crm.campaigns().track(caller, id, customer, UNSUBSCRIBED, null)");
      ConsentSubject subject = ConsentSubject.customer(load.unsubscribed());
      List<ConsentRecord> records = crm.consents().history(caller, subject).records();
      ConsentRecord last = records.get(records.size() - 1);
      ContactDecision decision =
          crm.consents()
              .mayContact(
                  caller,
                  subject,
                  ConsentPurpose.MARKETING,
                  ConsentChannel.EMAIL,
                  load.unsubscribedAt());
      out.println(
          "  customer "
              + load.unsubscribed()
              + " unsubscribed: last consent record "
              + last.action()
              + " ("
              + last.source()
              + "); crm.consents().mayContact(..., MARKETING, EMAIL) -> allowed="
              + decision.allowed()
              + ", reason "
              + decision.reason());
    }
    Format.heading(
        out,
        "Campaign metrics: crm.campaigns().metrics(caller, [id], {id: AttributedOutcomes(leads, won,"
            + " revenue)}, rates)");
    long leads = sales.leads().stream().filter(SampleSales.LeadForm::fromCampaign).count();
    long won =
        sales.leads().stream()
            .filter(l -> l.fromCampaign() && l.fate() == SampleSales.LeadFate.CONVERTED)
            .count();
    List<DatedAmount> revenue =
        plan.touches().stream()
            .filter(t -> t.value() != null)
            .map(t -> new DatedAmount(plan.endsOn(), Money.of(t.value(), PipelineSection.EUR)))
            .toList();
    CampaignMetrics metrics =
        crm.campaigns()
            .metrics(
                caller,
                List.of(load.id()),
                Map.of(load.id(), new AttributedOutcomes(leads, won, revenue)),
                PipelineSection.RATES)
            .get(0);
    TextTable table = new TextTable("metric", ">value");
    table.row("members", Format.count(metrics.members()));
    table.row("sent / delivered", metrics.sent() + " / " + metrics.delivered());
    table.row("opened / clicked", metrics.opened() + " / " + metrics.clicked());
    table.row("responded / converted", metrics.responded() + " / " + metrics.converted());
    table.row("unsubscribed", Format.count(metrics.unsubscribed()));
    table.row("leads / acquisitions", metrics.leads() + " / " + metrics.acquisitions());
    table.row("delivery rate", rate(metrics.deliveryRate()));
    table.row("open rate", rate(metrics.openRate()));
    table.row("click rate", rate(metrics.clickRate()));
    table.row("response rate", rate(metrics.responseRate()));
    table.row("conversion rate", rate(metrics.conversionRate()));
    table.row("actual cost", Format.money(metrics.actualCost()));
    table.row("attributed revenue", Format.money(metrics.attributedRevenue()));
    table.row("cost per response", money(metrics.costPerResponse()));
    table.row("cost per lead", money(metrics.costPerLead()));
    table.row("cost per acquisition", money(metrics.costPerAcquisition()));
    table.row("ROI", rate(metrics.roi()));
    table.print(out);
  }

  private static String rate(BigDecimal value) {
    return value == null ? "-" : PipelineSection.ratio(value);
  }

  private static String money(Money value) {
    return value == null ? "-" : Format.money(value);
  }

  static String decimal(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
