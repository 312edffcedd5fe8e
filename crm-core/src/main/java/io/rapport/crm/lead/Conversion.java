package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;

/**
 * The outcome of converting a lead: {@link Converted} or {@link Rejected} with the reason. A
 * refusal callers are expected to handle is a value, not an exception.
 */
public sealed interface Conversion permits Conversion.Converted, Conversion.Rejected {

  /** The lead concerned. */
  LeadId lead();

  /**
   * The lead was converted (now, or earlier under the same idempotency key).
   *
   * @param result the converted lead; its {@link ConvertedLead#conversion()} links the customer,
   *     the opportunity (if any) and the referrer credited
   * @param replayed true when this is the earlier result returned for a repeated key
   */
  record Converted(ConvertedLead result, boolean replayed) implements Conversion {
    /** Checks presence. */
    public Converted {
      Checks.notNull(result, "result");
    }

    @Override
    public LeadId lead() {
      return result.id();
    }

    /** How the lead was converted. */
    public LeadConversion conversion() {
      return result.conversion();
    }
  }

  /** The lead was not converted; nothing was stored. */
  record Rejected(LeadId lead, RejectionReason reason) implements Conversion {
    /** Checks presence. */
    public Rejected {
      Checks.notNull(lead, "lead");
      Checks.notNull(reason, "reason");
    }
  }

  /** Why a conversion was refused. */
  enum RejectionReason {
    /** The lead was converted before, under another idempotency key. */
    ALREADY_CONVERTED,
    /** The lead was disqualified (or merged into another lead). */
    DISQUALIFIED,
    /** The lead is not qualified yet. */
    NOT_QUALIFIED
  }
}
