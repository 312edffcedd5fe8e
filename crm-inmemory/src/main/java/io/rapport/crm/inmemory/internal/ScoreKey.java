package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.party.CustomerId;

/** The key of a stored customer score: customer and kind. */
record ScoreKey(CustomerId customer, ScoreKind kind) {}
