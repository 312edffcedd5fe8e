package io.rapport.crm.spi;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * One child row a merge re-pointed from a merged-away customer to the survivor, as {@link
 * CustomerReferences#restore} needs it to put the row back.
 *
 * @param kind the {@link CustomerReferences#kind()} that moved the row, e.g. {@code holding}
 * @param key the row's key within its kind, as the adapter writes it (e.g. the holding id); stable
 *     text without line breaks
 * @param from the customer the row pointed to before the merge
 */
public record RepointedRow(String kind, String key, CustomerId from) {
  /** Checks presence and that the texts have no line breaks (they are stored one per line). */
  public RepointedRow {
    Checks.text(kind, "kind", 64);
    Checks.text(key, "key", 512);
    Checks.notNull(from, "from");
    Checks.argument(
        kind.indexOf('\n') < 0 && key.indexOf('\n') < 0 && kind.indexOf(' ') < 0,
        "key",
        "kind and key must not contain line breaks, and kind no blanks");
  }
}
