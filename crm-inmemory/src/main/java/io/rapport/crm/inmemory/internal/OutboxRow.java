package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.DomainEvent;

/** A stored domain event and whether it was delivered. */
record OutboxRow(DomainEvent event, boolean delivered) {}
