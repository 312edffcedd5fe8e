package io.rapport.crm.sdk;

import io.rapport.crm.lead.Lead;
import java.util.List;

/**
 * The result of capturing a lead.
 *
 * @param lead the stored lead (the earlier one when {@code replayed})
 * @param replayed true when the idempotency key was already used and nothing new was stored
 * @param duplicates probable duplicates among open leads and customers, best first; empty for a
 *     replay and for bulk capture
 */
public record Captured(Lead lead, boolean replayed, List<DuplicateCandidate> duplicates) {
  /** Copies the list. */
  public Captured {
    duplicates = List.copyOf(duplicates);
  }
}
