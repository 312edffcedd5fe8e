package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
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
            get(before, Lead::disqualification),
            get(after, Lead::disqualification))
        .field(
            "linkedCustomer", get(before, Lead::linkedCustomer), get(after, Lead::linkedCustomer))
        .field("mergedInto", get(before, Lead::mergedInto), get(after, Lead::mergedInto))
        .field(
            "conversion",
            get(before, Lead::conversion),
            get(after, Lead::conversion),
            c ->
                "customer "
                    + c.customer()
                    + (c.newCustomer() ? " (new)" : "")
                    + " key "
                    + c.idempotencyKey())
        .changes();
  }

  private static <T> T get(Lead lead, Function<Lead, T> field) {
    return lead == null ? null : field.apply(lead);
  }
}
