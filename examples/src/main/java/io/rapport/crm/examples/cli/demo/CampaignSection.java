package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.CampaignMetrics;
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
        "Campaign metrics: crm.campaigns().metrics(caller, [id], FIRST_TOUCH | LAST_TOUCH, rates)");
    out.println(
        "  "
            + load.responses()
            + " responses via crm.campaigns().respond(caller, id, customer, "
            + SalesLoader.INTEREST
            + ") (each a CAMPAIGN_RESPONSE lead); "
            + load.won()
            + " converted into \""
            + SalesLoader.WEALTH
            + "\" opportunities and won");
    CampaignMetrics first = metrics(crm, caller, load, AttributionModel.FIRST_TOUCH);
    CampaignMetrics last = metrics(crm, caller, load, AttributionModel.LAST_TOUCH);
    TextTable table = new TextTable("metric", ">value");
    table.row("members", Format.count(first.members()));
    table.row("sent / delivered", first.sent() + " / " + first.delivered());
    table.row("opened / clicked", first.opened() + " / " + first.clicked());
    table.row("responded / converted", first.responded() + " / " + first.converted());
    table.row("unsubscribed", Format.count(first.unsubscribed()));
    table.row("delivery rate", rate(first.deliveryRate()));
    table.row("open rate", rate(first.openRate()));
    table.row("click rate", rate(first.clickRate()));
    table.row("response rate", rate(first.responseRate()));
    table.row("actual cost", Format.money(first.actualCost()));
    table.row("cost per response", money(first.costPerResponse()));
    table.print(out);
    out.println();
    TextTable attributed = new TextTable("attributed", ">first touch", ">last touch");
    attributed.row("leads", Format.count(first.leads()), Format.count(last.leads()));
    attributed.row(
        "acquisitions", Format.count(first.acquisitions()), Format.count(last.acquisitions()));
    attributed.row(
        "revenue", Format.money(first.attributedRevenue()), Format.money(last.attributedRevenue()));
    attributed.row("cost per lead", money(first.costPerLead()), money(last.costPerLead()));
    attributed.row(
        "cost per acquisition",
        money(first.costPerAcquisition()),
        money(last.costPerAcquisition()));
    attributed.row("ROI", rate(first.roi()), rate(last.roi()));
    attributed.print(out);
  }

  private static CampaignMetrics metrics(
      Crm crm, Caller caller, SalesLoader.CampaignLoad load, AttributionModel model) {
    return crm.campaigns().metrics(caller, List.of(load.id()), model, PipelineSection.RATES).get(0);
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
