package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.access.AccessDeniedException;
import io.rapport.crm.compliance.access.RecordFacts;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.spi.UnitOfWork;
import java.util.Set;

/**
 * Record-level access to leads: a lead is decided like a customer by its assignee (the owner) and
 * its branch, without barrier sides; a lead linked to a customer is visible only to callers who may
 * read that customer too. A lead the caller may not read is reported as missing.
 */
final class LeadAccess {
  private LeadAccess() {}

  static RecordFacts facts(Lead lead) {
    return new RecordFacts(
        lead.assignment() == null ? null : lead.assignment().owner(), lead.branch(), Set.of());
  }

  static boolean mayRead(AccessGuard access, Caller caller, UnitOfWork unit, Lead lead) {
    if (!access.enforced()) {
      return true;
    }
    return access.read(caller, facts(lead)).allowed()
        && (lead.linkedCustomer() == null || access.mayRead(caller, unit, lead.linkedCustomer()));
  }

  /**
   * Checks that {@code caller} may change {@code lead}.
   *
   * @throws LeadNotFoundException if it may not even read it
   * @throws AccessDeniedException if it may read but not change it
   */
  static void requireChangeable(AccessGuard access, Caller caller, UnitOfWork unit, Lead lead) {
    if (!mayRead(access, caller, unit, lead)) {
      throw new LeadNotFoundException(lead.id());
    }
    if (!access.change(caller, facts(lead)).allowed()) {
      throw new AccessDeniedException("the caller may read but not change this lead");
    }
  }

  /**
   * Checks that {@code caller} may create leads at all.
   *
   * @throws AccessDeniedException if no role lets it change any record
   */
  static void requireMayCapture(AccessGuard access, Caller caller) {
    if (access.enforced() && access.changeFilter(caller).matchesNothing()) {
      throw new AccessDeniedException("capturing leads needs a role that may change records");
    }
  }
}
