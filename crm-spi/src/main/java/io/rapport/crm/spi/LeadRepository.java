package io.rapport.crm.spi;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leads of one tenant at a time. A capture key names at most one lead per tenant. No method ever
 * sees or touches another tenant's leads. Arguments must not be null. Lists are ordered by id
 * (canonical lower-case text, compared by code point).
 */
public interface LeadRepository {

  /**
   * Stores a new lead exactly as given.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id or the capture key is taken
   */
  void insert(TenantId tenant, Lead lead);

  /**
   * Stores many new leads with batched writes: round trips grow with the number of leads divided by
   * the adapter's batch size.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if an id or capture key is taken or
   *     repeated; nothing of the call is then stored
   */
  void insertAll(TenantId tenant, List<Lead> leads);

  /**
   * Replaces a stored lead read at {@code lead.version()}; stores and returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws LeadNotFoundException if the tenant has no lead with the id
   */
  Lead update(TenantId tenant, Lead lead);

  /**
   * Replaces many stored leads, each read at its {@code version()}, with batched writes; returns
   * them with version + 1, in the given order.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if a stored version differs; nothing of
   *     the call is then stored
   * @throws LeadNotFoundException if a lead is missing; nothing of the call is then stored
   * @throws io.rapport.crm.common.InvalidValueException if a lead appears twice
   */
  List<Lead> updateAll(TenantId tenant, List<Lead> leads);

  /** The lead with the id, if the tenant has one. */
  Optional<Lead> find(TenantId tenant, LeadId id);

  /**
   * The lead with the id.
   *
   * @throws LeadNotFoundException if the tenant has none
   */
  default Lead get(TenantId tenant, LeadId id) {
    return find(tenant, id).orElseThrow(() -> new LeadNotFoundException(id));
  }

  /** The leads with these ids that exist; unknown ids are skipped. */
  List<Lead> findAll(TenantId tenant, Collection<LeadId> ids);

  /** The lead captured under {@code captureKey}, if any. */
  Optional<Lead> findByCaptureKey(TenantId tenant, String captureKey);

  /**
   * The leads captured under any of {@code captureKeys}; keys without a lead are skipped. Round
   * trips grow with the number of keys divided by the adapter's batch size.
   */
  List<Lead> findByCaptureKeys(TenantId tenant, Collection<String> captureKeys);

  /**
   * The open leads (not disqualified, not converted) sharing at least one key with {@code probe}:
   * the normalised e-mail, the phone number, the date of birth, or the normalised postcode. These
   * are the candidates duplicate matching scores; at most {@code limit} of them.
   */
  List<Lead> findOpenSharingKey(TenantId tenant, LeadContact probe, int limit);

  /**
   * The leads in {@code status}, at most {@code limit} of them (e.g. the history to learn from).
   */
  List<Lead> findByStatus(TenantId tenant, LeadStatus status, int limit);

  /** The number of open leads per assigned owner; owners without open leads are absent. */
  Map<EmployeeId, Long> openLeadsByOwner(TenantId tenant);

  /** How many leads the tenant has. */
  long count(TenantId tenant);

  /**
   * The leads about {@code customer}: converted to them, or linked to them as an existing customer,
   * in any status, ordered by lead id text. A customer has few leads, so the list is not paged.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code customer} is null
   */
  List<Lead> forCustomer(TenantId tenant, CustomerId customer);
}
