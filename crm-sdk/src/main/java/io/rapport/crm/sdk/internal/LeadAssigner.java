package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.spi.LeadRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk assignment inside one command: reads the leads and the owners' open-lead counts, lets the
 * engine decide, and writes the assigned leads with one batched update. Only open leads without an
 * owner are assigned.
 */
final class LeadAssigner {
  private LeadAssigner() {}

  static List<Lead> assign(Changes changes, List<LeadId> ids, AssignmentEngine engine) {
    TenantId tenant = changes.tenant();
    LeadRepository leads = changes.unit().leads();
    Map<LeadId, Lead> found = new HashMap<>();
    for (Lead lead : leads.findAll(tenant, ids)) {
      found.put(lead.id(), lead);
    }
    List<OpenLead> candidates = new ArrayList<>(ids.size());
    for (LeadId id : ids) {
      Lead lead = found.get(id);
      if (lead == null) {
        throw new LeadNotFoundException(id);
      }
      LeadAccess.requireChangeable(changes.access(), changes.caller(), changes.unit(), lead);
      if (lead instanceof OpenLead open && open.assignment() == null) {
        candidates.add(open);
      }
    }
    Map<EmployeeId, Long> open = leads.openLeadsByOwner(tenant);
    Map<LeadId, LeadAssignment> decided = engine.assign(candidates, open, changes.now());
    List<Lead> before = new ArrayList<>(decided.size());
    List<Lead> changed = new ArrayList<>(decided.size());
    for (OpenLead lead : candidates) {
      LeadAssignment assignment = decided.get(lead.id());
      if (assignment != null) {
        before.add(lead);
        changed.add(lead.assigned(assignment));
      }
    }
    List<Lead> saved = leads.updateAll(tenant, changed);
    for (int i = 0; i < saved.size(); i++) {
      Lead lead = saved.get(i);
      changes.record(
          ConsentSubject.lead(lead.id()),
          DefaultLeads.TYPE,
          lead.id(),
          "lead.assigned",
          lead.version(),
          LeadDiffer.diff(before.get(i), lead),
          Map.of(
              "owner", lead.assignment().owner().toString(),
              "rule", lead.assignment().rule(),
              "reason", lead.assignment().reason()));
    }
    return saved;
  }
}
