package io.rapport.crm.sdk;

/**
 * What a {@link Holdings#refresh holdings refresh} changed.
 *
 * @param added holdings in the snapshot that were not stored yet, now inserted
 * @param updated stored holdings whose values differed from the snapshot, now replaced
 * @param removed stored holdings absent from the snapshot, now deleted
 * @param unchanged stored holdings equal to the snapshot, left as they were
 */
public record RefreshResult(int added, int updated, int removed, int unchanged) {
  /** Whether the refresh wrote anything. */
  public boolean changedAnything() {
    return added + updated + removed > 0;
  }
}
