package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.spi.AuditLog;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The changes one command makes in its unit of work: the unit, the caller, the command's time, and
 * the audit drafts and events recorded so far. {@link #flush()} chains and appends them at the end
 * of the unit. Not thread-safe; confined to the unit's thread.
 */
public final class Changes {
  private final UnitOfWork unit;
  private final Caller caller;
  private final AccessGuard access;
  private final Instant now;
  private final IdSource ids;
  private final SubjectSealer sealer;
  private final List<AuditDraft> drafts = new ArrayList<>();
  private final List<ConsentSubject> subjects = new ArrayList<>();
  private final Set<ConsentSubject> created = new HashSet<>();
  private final List<DomainEvent> events = new ArrayList<>();

  Changes(
      UnitOfWork unit,
      Caller caller,
      Instant now,
      IdSource ids,
      AccessGuard access,
      SubjectSealer sealer) {
    this.access = access;
    this.unit = unit;
    this.caller = caller;
    this.now = now;
    this.ids = ids;
    this.sealer = sealer;
  }

  /** The unit of work. */
  public UnitOfWork unit() {
    return unit;
  }

  /** The record-level access guard of the SDK. */
  public AccessGuard access() {
    return access;
  }

  /** The caller, for access checks. */
  public Caller caller() {
    return caller;
  }

  /** The caller's tenant. */
  public TenantId tenant() {
    return caller.tenant();
  }

  /** The caller's actor. */
  public Actor actor() {
    return caller.actor();
  }

  /** The SDK's id source. */
  IdSource ids() {
    return ids;
  }

  /** The command's time, read once from the SDK clock. */
  public Instant now() {
    return now;
  }

  /**
   * Records one changed record that concerns no person (a campaign, a pipeline, a batch): an audit
   * entry with its field changes in plain text and an event of the same type whose data is {@code
   * data} plus the names of the changed fields.
   */
  public void record(
      String recordType,
      Object recordId,
      String action,
      long version,
      List<FieldChange> fieldChanges,
      Map<String, String> data) {
    record(null, recordType, recordId, action, version, fieldChanges, data);
  }

  /**
   * Records one changed record about {@code subject} (a customer or a lead): like {@link
   * #record(String, Object, String, long, List, Map)}, but the entry's field values are sealed with
   * the subject's key when the unit flushes, so erasing the subject shreds them.
   *
   * @param subject the person the record is about; null for none (values stay plain)
   */
  public void record(
      ConsentSubject subject,
      String recordType,
      Object recordId,
      String action,
      long version,
      List<FieldChange> fieldChanges,
      Map<String, String> data) {
    String id = recordId.toString();
    drafts.add(new AuditDraft(recordType, id, action, fieldChanges, caller.reason()));
    subjects.add(subject);
    Map<String, String> eventData = new TreeMap<>(data);
    String names = changedFieldNames(fieldChanges);
    if (!names.isEmpty()) {
      eventData.put("changedFields", names);
    }
    events.add(
        new DomainEvent(
            ids.next(EventId::new),
            caller.tenant(),
            action,
            recordType,
            id,
            version,
            now,
            caller.actor(),
            eventData));
  }

  /**
   * Notes that {@code subject} (a customer or lead) is created in this unit, so its audit key is
   * made without first looking for one.
   */
  public void created(ConsentSubject subject) {
    created.add(subject);
  }

  /** {@code contactPoints[0193…]} and {@code contactPoints[0194…]} both become contactPoints. */
  private static String changedFieldNames(List<FieldChange> fieldChanges) {
    TreeSet<String> names = new TreeSet<>();
    for (FieldChange change : fieldChanges) {
      String field = change.field();
      int bracket = field.indexOf('[');
      names.add(bracket < 0 ? field : field.substring(0, bracket));
    }
    return String.join(",", names);
  }

  /** The events recorded so far. */
  List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** The number of changed records so far. */
  int size() {
    return drafts.size();
  }

  /**
   * Locks the tenant's audit head (once, as late as possible), appends the chained entries and
   * writes the events to the outbox. Does nothing when nothing changed.
   */
  void flush() {
    if (drafts.isEmpty()) {
      return;
    }
    List<AuditDraft> sealed = sealedDrafts();
    AuditLog log = unit.audit();
    AuditHead head = log.lockHead(caller.tenant());
    List<AuditEntry> entries = new ArrayList<>(sealed.size());
    for (AuditDraft draft : sealed) {
      AuditEntry entry = AuditChain.append(caller.tenant(), head, now, caller.actor(), draft);
      entries.add(entry);
      head = new AuditHead(entry.sequence(), entry.hash());
    }
    log.append(caller.tenant(), entries);
    unit.outbox().append(caller.tenant(), events);
  }

  /** The drafts, each about a subject with its values sealed under the subject's key. */
  private List<AuditDraft> sealedDrafts() {
    Set<ConsentSubject> concerned = new LinkedHashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (subjects.get(i) != null && !drafts.get(i).changes().isEmpty()) {
        concerned.add(subjects.get(i));
      }
    }
    if (concerned.isEmpty()) {
      return drafts;
    }
    Map<ConsentSubject, SubjectKey> keys = sealer.keysOf(unit, caller.tenant(), concerned, created);
    List<AuditDraft> sealed = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      AuditDraft draft = drafts.get(i);
      ConsentSubject subject = subjects.get(i);
      sealed.add(
          subject == null || draft.changes().isEmpty()
              ? draft
              : new AuditDraft(
                  draft.recordType(),
                  draft.recordId(),
                  draft.action(),
                  sealer.seal(caller.tenant(), subject, keys.get(subject), draft.changes()),
                  draft.reason()));
    }
    return sealed;
  }
}
