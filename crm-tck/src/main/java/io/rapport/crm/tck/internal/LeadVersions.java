package io.rapport.crm.tck.internal;

import io.rapport.crm.lead.Lead;

/** Copies of leads at another version. */
final class LeadVersions {
  private LeadVersions() {}

  static Lead withVersion(Lead lead, long version) {
    return new Lead(
        lead.id(),
        version,
        lead.status(),
        lead.source(),
        lead.interest(),
        lead.contact(),
        lead.consents(),
        lead.captureKey(),
        lead.capturedAt(),
        lead.branch(),
        lead.segment(),
        lead.score(),
        lead.assignment(),
        lead.disqualification(),
        lead.linkedCustomer(),
        lead.mergedInto(),
        lead.conversion(),
        lead.updatedAt());
  }
}
