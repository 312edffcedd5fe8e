package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * The pseudonymised forms of an erased customer and an erased lead: every personal field removed,
 * the name replaced by {@code erased-<hash>} where the hash is of the tenant and the record id
 * only, so it reveals nothing about the person. Stateless.
 */
final class ErasedRecords {
  private ErasedRecords() {}

  /** {@code erased-} and 12 hex digits of SHA-256 over the tenant and the subject. */
  static String pseudonym(TenantId tenant, ConsentSubject subject) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((tenant.value() + "|" + subject).getBytes(StandardCharsets.UTF_8));
      return "erased-" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * {@code customer} with its name pseudonymised, its birth or founding date, government id,
   * contact points, tags and language removed, and status {@code CLOSED}; owner and branch kept.
   */
  static Customer customer(Customer customer, String pseudonym, Instant now) {
    Party party =
        customer.party() instanceof Person
            ? new Person(pseudonym, null, null)
            : new Organisation(pseudonym, null, null);
    return customer.toBuilder()
        .party(party)
        .displayName(pseudonym)
        .status(CustomerStatus.CLOSED)
        .contactPoints(java.util.List.of())
        .preferredLanguage(null)
        .tags(Set.of())
        .updatedAt(now)
        .build();
  }

  /**
   * {@code lead} in the same state with its contact reduced to the pseudonym, and its source
   * reference, capture key, score and disqualification reason removed; the referrer, campaign,
   * interest, segment, owner and conversion (ids and categories) are kept.
   */
  static Lead lead(Lead lead, String pseudonym, Instant now) {
    LeadProfile profile = lead.profile();
    LeadSource source = profile.source();
    LeadProfile erased =
        new LeadProfile(
            new LeadSource(
                source.kind(),
                source.referringCustomer(),
                source.referringEmployee(),
                source.campaign(),
                null),
            profile.interest(),
            LeadContact.named(pseudonym),
            profile.consents(),
            "erased:" + lead.id(),
            profile.capturedAt(),
            profile.branch(),
            profile.segment(),
            null,
            profile.assignment(),
            profile.linkedCustomer());
    if (lead instanceof OpenLead open) {
      return new OpenLead(open.id(), open.version(), open.status(), erased, now);
    }
    if (lead instanceof DisqualifiedLead disqualified) {
      return new DisqualifiedLead(
          disqualified.id(),
          disqualified.version(),
          erased,
          FieldChange.ERASED,
          disqualified.mergedInto(),
          now);
    }
    ConvertedLead converted = (ConvertedLead) lead;
    return new ConvertedLead(
        converted.id(), converted.version(), erased, converted.conversion(), now);
  }
}
