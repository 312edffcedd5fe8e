package io.rapport.crm.campaign;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named target group: either rule-based ({@code criteria} set, membership computed when asked) or
 * a static list of customer ids (imported or hand-picked; {@code criteria} null). Immutable,
 * versioned. A campaign snapshots the membership when it launches.
 *
 * @param criteria the rule, or null for a static list
 * @param list the listed customers, ordered by id text; empty for a rule-based segment
 */
public record Segment(
    SegmentId id,
    long version,
    String name,
    Criterion criteria,
    Set<CustomerId> list,
    Instant createdAt) {

  /** The most customers a static list may hold. */
  public static final int MAX_LIST = 1_000_000;

  /** Checks presence and that a segment is either rule-based or a list. */
  public Segment {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.text(name, "name", 200);
    TreeSet<CustomerId> sorted =
        new TreeSet<>((a, b) -> a.value().toString().compareTo(b.value().toString()));
    sorted.addAll(Checks.notNull(list, "list"));
    Checks.argument(
        criteria == null || sorted.isEmpty(),
        "list",
        "a segment is either rule-based or a static list, not both");
    Checks.argument(sorted.size() <= MAX_LIST, "list", "list holds more than %s ids", MAX_LIST);
    list = Collections.unmodifiableSortedSet(sorted);
    createdAt = Checks.notNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
  }

  /** A rule-based segment, version 1. */
  public static Segment byCriteria(SegmentId id, String name, Criterion criteria, Instant at) {
    return new Segment(id, 1, name, Checks.notNull(criteria, "criteria"), Set.of(), at);
  }

  /** A static list, version 1. */
  public static Segment staticList(
      SegmentId id, String name, Set<CustomerId> customers, Instant at) {
    return new Segment(id, 1, name, null, customers, at);
  }

  /** Whether membership is a fixed list. */
  public boolean isStaticList() {
    return criteria == null;
  }

  /** This segment at {@code nextVersion}. */
  public Segment withVersion(long nextVersion) {
    return new Segment(id, nextVersion, name, criteria, list, createdAt);
  }

  @Override
  public String toString() {
    return "Segment[id="
        + id
        + ", version="
        + version
        + ", name="
        + name
        + (isStaticList() ? ", list=" + list.size() : ", criteria=" + criteria)
        + "]";
  }
}
