package io.rapport.crm.tck.internal;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import java.time.Instant;

/**
 * Lead conversions that read as prose: {@code
 * aConversion().intoExistingCustomer(id).openingOpportunity(o).withKey("k").at(t).build()}. Unset
 * parts stay absent: no opportunity, no referrer credited.
 */
public final class ConversionBuilder {
  private CustomerId customer;
  private boolean newCustomer;
  private OpportunityId opportunity;
  private String key = "conversion-key";
  private CustomerId creditedCustomer;
  private EmployeeId creditedEmployee;
  private Instant at;

  private ConversionBuilder() {}

  /** A conversion to describe. */
  public static ConversionBuilder aConversion() {
    return new ConversionBuilder();
  }

  /** Converted into a customer the conversion registered. */
  public ConversionBuilder intoNewCustomer(CustomerId value) {
    customer = value;
    newCustomer = true;
    return this;
  }

  /** Attached to a customer who existed before. */
  public ConversionBuilder intoExistingCustomer(CustomerId value) {
    customer = value;
    newCustomer = false;
    return this;
  }

  /** With the opportunity the conversion opened. */
  public ConversionBuilder openingOpportunity(OpportunityId value) {
    opportunity = value;
    return this;
  }

  /** Under the idempotency key {@code value}. */
  public ConversionBuilder withKey(String value) {
    key = value;
    return this;
  }

  /** Crediting the referring customer. */
  public ConversionBuilder creditingCustomer(CustomerId value) {
    creditedCustomer = value;
    return this;
  }

  /** Crediting the referring employee. */
  public ConversionBuilder creditingEmployee(EmployeeId value) {
    creditedEmployee = value;
    return this;
  }

  /** Converted at {@code value}. */
  public ConversionBuilder at(Instant value) {
    at = value;
    return this;
  }

  /** The conversion described. */
  public LeadConversion build() {
    return new LeadConversion(
        customer, newCustomer, opportunity, key, creditedCustomer, creditedEmployee, at);
  }
}
