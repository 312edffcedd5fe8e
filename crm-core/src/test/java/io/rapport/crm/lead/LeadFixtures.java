package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Leads for crm-core tests. */
final class LeadFixtures {
  static final Instant CAPTURED = Instant.parse("2025-01-10T10:00:00Z");

  private LeadFixtures() {}

  static LeadId anId(int n) {
    return new LeadId(new UUID(0x0193_0000_0000_7000L, n));
  }

  static LeadContact grace() {
    return new LeadContact(
        "Grace Hopper",
        EmailAddress.of("grace@example.com"),
        PhoneNumber.of("+442079460999"),
        LocalDate.of(1986, 12, 9),
        "EC1A 1BB");
  }

  static OpenLead aLead(int n) {
    return aLead(n, ProductType.MORTGAGE, SourceKind.WEB_FORM, grace());
  }

  static OpenLead aLead(int n, ProductType interest, SourceKind source, LeadContact contact) {
    return OpenLead.capture(
        anId(n),
        LeadSource.of(source, null),
        interest,
        contact,
        ConsentFlags.contactOnly(),
        "key-" + n,
        BranchCode.of("LDN-01"),
        null,
        CAPTURED);
  }
}
