package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import java.util.function.Consumer;

/**
 * The tenure facts of every customer of a tenant, read where they are stored: adapters with {@link
 * StorageFeature#QUERY_PUSHDOWN} run it as one statement (customers joined with their holdings)
 * whose rows stream to the sink, so neither all customers nor all holdings are loaded one by one.
 * Results are identical on every adapter (crm-tck checks golden values). Arguments must not be
 * null. Used within one unit of work on one thread; the sink must not use the unit of work.
 */
public interface CustomerTenureQueries {

  /**
   * Hands {@code sink} one {@link CustomerTenureFacts} per customer of the tenant, in ascending
   * order of customer id (canonical text), with all its holdings.
   *
   * @throws RuntimeException whatever {@code sink} throws, unchanged
   */
  void tenureFacts(TenantId tenant, Consumer<? super CustomerTenureFacts> sink);
}
