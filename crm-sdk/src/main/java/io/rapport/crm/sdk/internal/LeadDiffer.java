package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadId;
import java.util.List;
import java.util.function.Function;

/** The audited fields of a {@link Lead}, old against new; contact details masked. */
final class LeadDiffer {
  private LeadDiffer() {}

  /** The changed fields; {@code before} is null on capture. */
  static List<FieldChange> diff(Lead before, Lead after) {
    return new FieldDiff()
        .field("status", get(before, Lead::status), get(after, Lead::status))
        .field(
            "source", get(before, lead -> lead.source().kind()), get(after, l -> l.source().kind()))
        .field("interest", get(before, Lead::interest), get(after, Lead::interest))
        .field(
            "contact", get(before, Lead::contact), get(after, Lead::contact), LeadContact::masked)
        .field("consents", get(before, Lead::consents), get(after, Lead::consents))
        .field("branch", get(before, Lead::branch), get(after, Lead::branch))
        .field("segment", get(before, Lead::segment), get(after, Lead::segment))
        .field(
            "score",
            get(before, Lead::score),
            get(after, Lead::score),
            s -> s.value() + " by " + s.model())
        .field(
            "owner",
            get(before, Lead::assignment),
            get(after, Lead::assignment),
            a -> a.owner() + " (" + a.rule() + ": " + a.reason() + ")")
        .field(
            "disqualification",
            get(before, LeadDiffer::disqualification),
            get(after, LeadDiffer::disqualification))
        .field(
            "linkedCustomer", get(before, Lead::linkedCustomer), get(after, Lead::linkedCustomer))
        .field(
            "mergedInto", get(before, LeadDiffer::mergedInto), get(after, LeadDiffer::mergedInto))
        .field(
            "conversion",
            get(before, LeadDiffer::conversion),
            get(after, LeadDiffer::conversion),
            c ->
                "customer "
                    + c.customer()
                    + (c.newCustomer() ? " (new)" : "")
                    + " key "
                    + c.idempotencyKey())
        .changes();
  }

  private static String disqualification(Lead lead) {
    return lead instanceof DisqualifiedLead disqualified ? disqualified.reason() : null;
  }

  private static LeadId mergedInto(Lead lead) {
    return lead instanceof DisqualifiedLead disqualified ? disqualified.mergedInto() : null;
  }

  private static LeadConversion conversion(Lead lead) {
    return lead instanceof ConvertedLead converted ? converted.conversion() : null;
  }

  private static <T> T get(Lead lead, Function<Lead, T> field) {
    return lead == null ? null : field.apply(lead);
  }
}
