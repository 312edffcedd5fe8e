package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.AuditEntry;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Hands on the audit entries about several records in chain (sequence) order, reading each record's
 * entries in keyset pages: at most one page per record is held at a time. Not thread-safe.
 */
final class AuditMerge {
  /** An audited record: its type ({@code customer}, {@code holding}...) and id text. */
  record RecordKey(String type, String id) {}

  /** Reads one page of a record's entries after a sequence. */
  @FunctionalInterface
  interface PageReader {
    List<AuditEntry> page(RecordKey key, long afterSequence, int limit);
  }

  private final PageReader reader;
  private final int pageSize;

  AuditMerge(PageReader reader, int pageSize) {
    this.reader = reader;
    this.pageSize = pageSize;
  }

  /** Hands every entry about {@code keys} to {@code sink}, lowest sequence first. */
  void forEach(Collection<RecordKey> keys, Consumer<AuditEntry> sink) {
    PriorityQueue<Source> queue =
        new PriorityQueue<>(Comparator.comparingLong(source -> source.current().sequence()));
    for (RecordKey key : keys) {
      Source source = new Source(key);
      if (source.advance()) {
        queue.add(source);
      }
    }
    while (!queue.isEmpty()) {
      Source source = queue.poll();
      sink.accept(source.current());
      if (source.advance()) {
        queue.add(source);
      }
    }
  }

  /** The entries of one record: the current page and the position in it. */
  private final class Source {
    private final RecordKey key;
    private List<AuditEntry> page = List.of();
    private int index = -1;
    private boolean lastPage;

    Source(RecordKey key) {
      this.key = key;
    }

    AuditEntry current() {
      return page.get(index);
    }

    /** Moves to the next entry, reading the next page when this one is used up. */
    boolean advance() {
      if (index + 1 < page.size()) {
        index++;
        return true;
      }
      if (lastPage) {
        return false;
      }
      long after = page.isEmpty() ? 0 : page.get(page.size() - 1).sequence();
      page = reader.page(key, after, pageSize);
      lastPage = page.size() < pageSize;
      index = 0;
      return !page.isEmpty();
    }
  }
}
