package io.rapport.crm.tck.internal;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.CrmStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one tenant's storage shows about a set of customers, through every port: equal
 * snapshots before and after a rolled-back unit prove that it left nothing behind.
 */
public record StorageSnapshot(
    long customerCount,
    List<Customer> customers,
    List<Customer> byId,
    List<List<Relationship>> relationships,
    List<List<Household>> households,
    List<List<Holding>> holdings,
    AuditHead auditHead,
    List<AuditEntry> audit,
    List<DomainEvent> pendingEvents) {

  /** Reads the snapshot in one unit of work. */
  public static StorageSnapshot take(CrmStorage storage, TenantId tenant, List<CustomerId> ids) {
    return storage.inTransaction(
        tx -> {
          List<List<Relationship>> relationships = new ArrayList<>();
          List<List<Household>> households = new ArrayList<>();
          List<List<Holding>> holdings = new ArrayList<>();
          for (CustomerId id : ids) {
            relationships.add(tx.relationships().forCustomer(tenant, id));
            households.add(tx.households().forMember(tenant, id));
            holdings.add(tx.holdings().forCustomer(tenant, id));
          }
          return new StorageSnapshot(
              tx.customers().count(tenant),
              tx.customers()
                  .search(tenant, CustomerQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT))
                  .items(),
              tx.customers().findAll(tenant, ids),
              relationships,
              households,
              holdings,
              tx.audit().head(tenant),
              tx.audit().read(tenant, 1, 1000),
              tx.outbox().pending(tenant, 1000));
        });
  }
}
