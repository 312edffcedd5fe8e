package io.rapport.crm.lead;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a lead was converted: the customer it became or was attached to, the opportunity opened (if
 * any), the idempotency key of the conversion, and the referrer credited.
 *
 * @param newCustomer whether conversion created the customer (false: attached to an existing one)
 * @param opportunity null when no opportunity was opened
 * @param creditedCustomer the referring customer credited; may be null
 * @param creditedEmployee the referring employee credited; may be null
 */
public record LeadConversion(
    CustomerId customer,
    boolean newCustomer,
    OpportunityId opportunity,
    String idempotencyKey,
    CustomerId creditedCustomer,
    EmployeeId creditedEmployee,
    Instant convertedAt) {

  /** Checks presence. */
  public LeadConversion {
    Checks.notNull(customer, "customer");
    Checks.text(idempotencyKey, "idempotencyKey", 100);
    Checks.notNull(convertedAt, "convertedAt");
    convertedAt = convertedAt.truncatedTo(ChronoUnit.MICROS);
  }
}
