package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.Dialect;
import java.time.Clock;

/**
 * The fixed settings of one {@link io.rapport.crm.jdbc.JdbcStorage}.
 *
 * @param batchSize the most rows per batch round trip
 * @param clock the source of delivery times of outbox events
 * @param tables where Rapport's tables live
 */
public record StorageSettings(Dialect dialect, int batchSize, Clock clock, TableNames tables) {}
