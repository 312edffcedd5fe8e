package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.spi.CrmStorage;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Iterates a tenant's audit chain from sequence {@code first} (1, or the one after the anchor
 * retention left) up to sequence {@code last}, one page per unit of work, holding one page in
 * memory at a time. Not thread-safe.
 */
final class ChainReader implements Iterator<AuditEntry> {
  private final CrmStorage storage;
  private final TenantId tenant;
  private final long last;
  private final int pageSize;
  private long nextSequence;
  private Iterator<AuditEntry> page = Collections.emptyIterator();

  ChainReader(CrmStorage storage, TenantId tenant, long first, long last, int pageSize) {
    this.storage = storage;
    this.nextSequence = first;
    this.tenant = tenant;
    this.last = last;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    if (page.hasNext()) {
      return true;
    }
    if (nextSequence > last) {
      return false;
    }
    long from = nextSequence;
    int limit = (int) Math.min(pageSize, last - from + 1);
    List<AuditEntry> entries =
        storage.inTransaction(unit -> unit.audit().read(tenant, from, limit));
    if (entries.isEmpty()) {
      nextSequence = last + 1;
      return false;
    }
    // Always move forward, also over a gap or a misordered page: verification reports those.
    nextSequence = Math.max(from + 1, entries.get(entries.size() - 1).sequence() + 1);
    page = entries.iterator();
    return true;
  }

  @Override
  public AuditEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }
}
