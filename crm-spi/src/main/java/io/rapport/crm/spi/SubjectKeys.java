package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.SubjectKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The per-subject keys that seal audit values (crypto-shredding): one random AES-256 key per
 * customer or lead, created with the subject's first audited change and destroyed when the subject
 * is erased, after which the values sealed with it can never be read again. Adapters store keys in
 * their database through {@link PersonalDataStore}; a host that keeps keys in its own key
 * management service implements this port and hands it to the SDK ({@code
 * Crm.builder().subjectKeys(...)}). Tenant-scoped: a key of one tenant is never found for another.
 * Arguments must not be null.
 */
public interface SubjectKeys {

  /** The subject's key, or empty if it has none (never created, or destroyed). */
  Optional<SubjectKey> findKey(TenantId tenant, ConsentSubject subject);

  /**
   * Stores the subject's new key.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the subject already has one
   */
  void storeKey(TenantId tenant, ConsentSubject subject, SubjectKey key);

  /**
   * The keys of {@code subjects} that have one, in one call where the store can (an adapter reads
   * them with one query per chunk); subjects without a key are absent from the map.
   */
  default Map<ConsentSubject, SubjectKey> findKeys(
      TenantId tenant, Collection<ConsentSubject> subjects) {
    Map<ConsentSubject, SubjectKey> found = new HashMap<>();
    for (ConsentSubject subject : subjects) {
      findKey(tenant, subject).ifPresent(key -> found.put(subject, key));
    }
    return found;
  }

  /**
   * Stores new keys of subjects that have none, in one call where the store can (an adapter inserts
   * them as one batch).
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if a subject already has a key
   */
  default void storeKeys(TenantId tenant, Map<ConsentSubject, SubjectKey> keys) {
    keys.forEach((subject, key) -> storeKey(tenant, subject, key));
  }

  /**
   * Destroys the subject's key for good; doing it again does nothing.
   *
   * @return whether a key was destroyed
   */
  boolean destroyKey(TenantId tenant, ConsentSubject subject);
}
