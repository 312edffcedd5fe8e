package io.rapport.crm.sdk;

import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.PipelineId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Conversion commands that read as prose: {@code
 * aConversion().of(lead).withKey("k").intoNewCustomer().openingIn(retail, "250000.00", "EUR",
 * close).ownedBy("rm-9").build()}. Unset parts stay absent: a new customer from the lead's contact
 * details, no opportunity.
 */
final class ConvertLeadBuilder {
  private Lead lead;
  private String key = "conversion-key";
  private CustomerId existingCustomer;
  private PipelineId pipeline;
  private BigDecimal amount;
  private String currency;
  private LocalDate expectedClose;
  private String owner;

  private ConvertLeadBuilder() {}

  static ConvertLeadBuilder aConversion() {
    return new ConvertLeadBuilder();
  }

  /** Of {@code value} at the version it has. */
  ConvertLeadBuilder of(Lead value) {
    lead = value;
    return this;
  }

  ConvertLeadBuilder withKey(String value) {
    key = value;
    return this;
  }

  /** Into a customer registered from the lead's contact details (the default). */
  ConvertLeadBuilder intoNewCustomer() {
    existingCustomer = null;
    return this;
  }

  ConvertLeadBuilder intoExistingCustomer(CustomerId value) {
    existingCustomer = value;
    return this;
  }

  /** Opening an opportunity of {@code value} {@code currency} in {@code in}. */
  ConvertLeadBuilder openingIn(PipelineId in, String value, String code, LocalDate close) {
    pipeline = in;
    amount = new BigDecimal(value);
    currency = code;
    expectedClose = close;
    return this;
  }

  /** The opened opportunity's owner; without one it falls to the lead's owner. */
  ConvertLeadBuilder ownedBy(String value) {
    owner = value;
    return this;
  }

  ConvertLead build() {
    LeadOpportunity opportunity =
        pipeline == null
            ? null
            : new LeadOpportunity(pipeline, amount, currency, expectedClose, owner);
    RegisterCustomer fromLeadDetails = null;
    return new ConvertLead(
        lead.id(), lead.version(), key, existingCustomer, fromLeadDetails, opportunity);
  }
}
