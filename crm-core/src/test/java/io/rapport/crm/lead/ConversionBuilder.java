package io.rapport.crm.lead;

import io.rapport.crm.party.CustomerId;
import java.time.Instant;

/** Lead conversions for crm-core tests: {@code aConversion().intoNewCustomer(id).build()}. */
final class ConversionBuilder {
  private CustomerId customer;
  private boolean newCustomer = true;
  private String key = "conversion-key";
  private Instant at = LeadFixtures.CAPTURED;

  private ConversionBuilder() {}

  static ConversionBuilder aConversion() {
    return new ConversionBuilder();
  }

  ConversionBuilder intoNewCustomer(CustomerId value) {
    customer = value;
    newCustomer = true;
    return this;
  }

  ConversionBuilder withKey(String value) {
    key = value;
    return this;
  }

  ConversionBuilder at(Instant value) {
    at = value;
    return this;
  }

  /** Converted with no opportunity and no referrer credited. */
  LeadConversion build() {
    return new LeadConversion(customer, newCustomer, null, key, null, null, at);
  }
}
