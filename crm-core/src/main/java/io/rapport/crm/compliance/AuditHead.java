package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;

/** The last entry of a tenant's audit chain: its sequence number and hash. */
public record AuditHead(long sequence, String hash) {
  /** The head of an empty chain: sequence 0 and the genesis hash. */
  public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS_HASH);

  /** Checks the values. */
  public AuditHead {
    Checks.argument(sequence >= 0, "sequence", "sequence must not be negative");
    Checks.notNull(hash, "hash");
  }
}
