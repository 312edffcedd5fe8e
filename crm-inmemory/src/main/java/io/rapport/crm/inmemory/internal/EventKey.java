package io.rapport.crm.inmemory.internal;

import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;

/** The identity of a stored financial event: its type and external key. */
record EventKey(FinancialEventType type, ExternalKey key) {
  static EventKey of(FinancialEvent event) {
    return new EventKey(event.type(), event.key());
  }
}
