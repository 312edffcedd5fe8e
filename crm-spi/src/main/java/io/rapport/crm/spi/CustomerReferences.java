package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import java.util.Collection;
import java.util.List;

/**
 * The rows of one kind that point at a customer (holdings, campaign memberships, consent records…),
 * moved as a whole when customers are merged and moved back when the merge is undone. Each context
 * that stores rows naming a customer implements one per column and adds it to its adapter's {@link
 * CustomerMerges#references()}; a new context (interactions, service cases) does the same, and
 * merges re-point its rows without any change to the SDK.
 *
 * <p>Set-based: an adapter moves every row of the kind in a number of statements that does not grow
 * with the number of rows. Arguments must not be null.
 */
public interface CustomerReferences {

  /** The kind of row, unique among an adapter's references, e.g. {@code holding}; no blanks. */
  String kind();

  /**
   * Points every row of this kind that names one of {@code from} at {@code to}, bumping the row's
   * version where it has one, and returns the moved rows. A row is left where it is, and not
   * returned, when moving it would break a uniqueness rule of its kind (the survivor already holds
   * the same membership, account, score kind or household place, or an earlier merged record's row
   * took it) or make a relationship from the survivor to itself.
   */
  List<RepointedRow> repoint(TenantId tenant, Collection<CustomerId> from, CustomerId to);

  /**
   * Points the given rows, as {@link #repoint} returned them, back from {@code to} at their {@link
   * RepointedRow#from()} customers. Rows that no longer exist or no longer point at {@code to} are
   * skipped. Rows of other kinds are ignored.
   */
  void restore(TenantId tenant, CustomerId to, List<RepointedRow> rows);
}
