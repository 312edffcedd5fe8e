package io.rapport.crm.spi;

/**
 * The repositories of one transaction. Valid only inside the {@link CrmStorage#inTransaction} call
 * that handed it out, and only on that call's thread: any use after that call ended, or from
 * another thread, throws {@link IllegalStateException}.
 */
public interface UnitOfWork {
  /** Customers, with their contact points and tags. */
  CustomerRepository customers();

  /** Relationships between customers. */
  RelationshipRepository relationships();

  /** Households and their members. */
  HouseholdRepository households();

  /** Holdings (products) of customers. */
  HoldingRepository holdings();

  /** The per-tenant, hash-chained audit log. */
  AuditLog audit();

  /** The outbox of domain events awaiting delivery. */
  Outbox outbox();

  /** Financial events (revenue, cost and purchase lines) imported from core banking. */
  FinancialEventRepository financialEvents();

  /** Per-customer aggregates of the financial events. */
  CustomerFinanceQueries customerFinance();
}
