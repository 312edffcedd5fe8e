package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.EventId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;

/**
 * All committed data of one in-memory storage. Not thread-safe by itself: the storage reads and
 * changes it only while holding its lock.
 */
public final class Store {
  final Table<CustomerId, Customer> customers = new Table<>();
  final Table<RelationshipId, Relationship> relationships = new Table<>();
  final Table<HouseholdId, Household> households = new Table<>();
  final Table<HoldingId, Holding> holdings = new Table<>();
  final Table<EventId, OutboxRow> outbox = new Table<>();
  final AuditTable audit = new AuditTable();
  final Table<EventKey, io.rapport.crm.finance.FinancialEvent> financialEvents = new Table<>();

  /** Opens a unit of work over this store for the current thread. */
  public Unit open() {
    return new Unit(this, Thread.currentThread());
  }
}
