package io.rapport.crm.sdk;

import io.rapport.crm.compliance.ConsentSubject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one erasure removed or pseudonymised, per record type, free of personal data.
 *
 * @param subject the erased customer or lead
 * @param erasedAt when it was erased (for an already erased subject: the first erasure's time)
 * @param alreadyErased true when the call found the subject erased before and changed nothing
 * @param counts rows removed or pseudonymised per record type, in the order they were handled, e.g.
 *     {@code customer=1} (pseudonymised), {@code contactPoint=2}, {@code holding=1}, {@code
 *     relationship=1}, {@code consent=3}, {@code lead=1}, {@code subjectKey=1} (destroyed, which
 *     shreds the person's audit values); empty when {@code alreadyErased}
 */
public record ErasureReport(
    ConsentSubject subject, Instant erasedAt, boolean alreadyErased, Map<String, Long> counts) {

  /** Checks presence and copies the counts, keeping their order. */
  public ErasureReport {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(erasedAt, "erasedAt");
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The report of a call that found {@code subject} erased at {@code erasedAt} already. */
  public static ErasureReport alreadyErased(ConsentSubject subject, Instant erasedAt) {
    return new ErasureReport(subject, erasedAt, true, Map.of());
  }

  /** The count for {@code recordType}; 0 when absent. */
  public long count(String recordType) {
    return counts.getOrDefault(recordType, 0L);
  }
}
