package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.WonOpportunity;
import java.util.List;
import java.util.function.Function;

/**
 * The audited fields of an {@link Opportunity}, old against new. The next step is free text that
 * may name people, so it is audited masked.
 */
final class OpportunityDiffer {
  private OpportunityDiffer() {}

  /** The changed fields; {@code before} is null on opening. */
  static List<FieldChange> diff(Opportunity before, Opportunity after) {
    return new FieldDiff()
        .field("pipeline", get(before, Opportunity::pipeline), get(after, Opportunity::pipeline))
        .field(
            "definitionVersion",
            get(before, Opportunity::definitionVersion),
            get(after, Opportunity::definitionVersion))
        .field("status", get(before, Opportunity::status), get(after, Opportunity::status))
        .field("stage", get(before, Opportunity::stage), get(after, Opportunity::stage))
        .field(
            "probability",
            get(before, Opportunity::probability),
            get(after, Opportunity::probability))
        .field("forecastCategory", forecast(before), forecast(after))
        .field(
            "customer",
            get(before, o -> o.terms().customer()),
            get(after, o -> o.terms().customer()))
        .field(
            "product", get(before, o -> o.terms().product()), get(after, o -> o.terms().product()))
        .field("amount", get(before, o -> o.terms().amount()), get(after, o -> o.terms().amount()))
        .field(
            "expectedClose",
            get(before, o -> o.terms().expectedClose()),
            get(after, o -> o.terms().expectedClose()))
        .field("owner", get(before, o -> o.terms().owner()), get(after, o -> o.terms().owner()))
        .field(
            "sourceLead",
            get(before, o -> o.terms().sourceLead()),
            get(after, o -> o.terms().sourceLead()))
        .field(
            "campaign",
            get(before, o -> o.terms().campaign()),
            get(after, o -> o.terms().campaign()))
        .field(
            "competitors",
            get(before, o -> String.join(", ", o.terms().competitors())),
            get(after, o -> String.join(", ", o.terms().competitors())))
        .field(
            "nextStep",
            get(before, o -> o.terms().nextStep()),
            get(after, o -> o.terms().nextStep()),
            Masking::text)
        .field("actualAmount", won(before), won(after))
        .field("lostReason", lost(before), lost(after))
        .changes();
  }

  private static Object forecast(Opportunity opportunity) {
    return opportunity instanceof OpenOpportunity open ? open.forecastCategory() : null;
  }

  private static Object won(Opportunity opportunity) {
    return opportunity instanceof WonOpportunity won
        ? won.actualAmount() + " on " + won.wonOn()
        : null;
  }

  private static Object lost(Opportunity opportunity) {
    return opportunity instanceof LostOpportunity lost
        ? lost.lostReason().code() + " on " + lost.lostOn()
        : null;
  }

  private static <T> T get(Opportunity opportunity, Function<Opportunity, T> field) {
    return opportunity == null ? null : field.apply(opportunity);
  }
}
