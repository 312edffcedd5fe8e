package io.rapport.crm.compliance.access;

/** Which customers a {@link Grant} reaches, before information barriers are applied. */
public enum Scope {
  /** Customers owned by the caller or by an employee of the caller's team. */
  OWNED,
  /** Customers of the caller's branches, and those {@link #OWNED} by the caller's team. */
  BRANCH,
  /** Customers of the branches in the caller's territories, and those of {@link #BRANCH}. */
  TERRITORY,
  /** Every customer of the tenant. */
  TENANT
}
