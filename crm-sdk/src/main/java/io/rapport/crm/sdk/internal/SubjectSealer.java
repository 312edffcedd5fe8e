package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.spi.SubjectKeys;
import io.rapport.crm.spi.UnitOfWork;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Seals the audit values of a data subject with the subject's key, creating the key with the
 * subject's first audited change, and opens them again for history. The keys come from the unit's
 * {@link io.rapport.crm.spi.PersonalDataStore} unless the host supplied its own {@link
 * SubjectKeys}. Thread-safe; the key caches live in one call.
 */
public final class SubjectSealer {
  private final SecureRandom random;
  private final Function<UnitOfWork, SubjectKeys> keys;

  /**
   * A sealer drawing keys and nonces from {@code random}, with the keys of {@code keys} (null: the
   * storage's).
   */
  public SubjectSealer(SecureRandom random, SubjectKeys keys) {
    this.random = random;
    this.keys = keys == null ? UnitOfWork::personalData : unit -> keys;
  }

  /** The subject keys to use in {@code unit}. */
  SubjectKeys keys(UnitOfWork unit) {
    return keys.apply(unit);
  }

  /**
   * The keys of {@code subjects}: read in one call, and for those without one, new keys stored in
   * one call. Subjects in {@code created} are new in this unit and cannot have a key yet, so they
   * are not looked up.
   */
  Map<ConsentSubject, SubjectKey> keysOf(
      UnitOfWork unit, TenantId tenant, Set<ConsentSubject> subjects, Set<ConsentSubject> created) {
    SubjectKeys subjectKeys = keys(unit);
    List<ConsentSubject> existing = new ArrayList<>();
    for (ConsentSubject subject : subjects) {
      if (!created.contains(subject)) {
        existing.add(subject);
      }
    }
    Map<ConsentSubject, SubjectKey> keys = new HashMap<>();
    if (!existing.isEmpty()) {
      keys.putAll(subjectKeys.findKeys(tenant, existing));
    }
    Map<ConsentSubject, SubjectKey> generated = new LinkedHashMap<>();
    for (ConsentSubject subject : subjects) {
      if (!keys.containsKey(subject)) {
        generated.put(subject, SubjectKey.generate(random));
      }
    }
    if (!generated.isEmpty()) {
      subjectKeys.storeKeys(tenant, generated);
      keys.putAll(generated);
    }
    return keys;
  }

  /** {@code changes} with every value sealed for {@code subject} with {@code key}. */
  List<FieldChange> seal(
      TenantId tenant, ConsentSubject subject, SubjectKey key, List<FieldChange> changes) {
    List<FieldChange> sealed = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      sealed.add(
          new FieldChange(
              change.field(),
              SealedValues.seal(tenant, subject, key, change.oldValue(), random),
              SealedValues.seal(tenant, subject, key, change.newValue(), random)));
    }
    return sealed;
  }

  /**
   * {@code entries} with sealed values opened, or read as {@link FieldChange#ERASED} once their
   * subject's key was destroyed. The hash fields stay those of the stored (sealed) entry.
   */
  List<AuditEntry> open(UnitOfWork unit, TenantId tenant, List<AuditEntry> entries) {
    SubjectKeys subjectKeys = keys(unit);
    Map<ConsentSubject, Optional<SubjectKey>> found = new HashMap<>();
    List<AuditEntry> opened = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      List<FieldChange> changes = new ArrayList<>(entry.changes().size());
      for (FieldChange change : entry.changes()) {
        changes.add(
            new FieldChange(
                change.field(),
                open(subjectKeys, tenant, change.oldValue(), found),
                open(subjectKeys, tenant, change.newValue(), found)));
      }
      opened.add(
          new AuditEntry(
              entry.tenant(),
              entry.sequence(),
              entry.at(),
              entry.actor(),
              entry.recordType(),
              entry.recordId(),
              entry.action(),
              changes,
              entry.reason(),
              entry.previousHash(),
              entry.hash()));
    }
    return opened;
  }

  private static String open(
      SubjectKeys subjectKeys,
      TenantId tenant,
      String stored,
      Map<ConsentSubject, Optional<SubjectKey>> found) {
    Optional<ConsentSubject> subject = SealedValues.subjectOf(stored);
    if (subject.isEmpty()) {
      return stored;
    }
    Optional<SubjectKey> key =
        found.computeIfAbsent(subject.get(), s -> subjectKeys.findKey(tenant, s));
    return SealedValues.open(tenant, key.orElse(null), stored);
  }
}
