package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;

/**
 * One blocking key of a customer: a kind and a normalised value, e.g. {@code EMAIL} and {@code
 * ada@example.org}. Personal data: {@link #toString()} shows only the kind.
 */
public record BlockingKey(BlockKind kind, String value) {
  /** Checks presence. */
  public BlockingKey {
    Checks.notNull(kind, "kind");
    Checks.notNull(value, "value");
  }

  @Override
  public String toString() {
    return "BlockingKey[kind=" + kind + "]";
  }
}
