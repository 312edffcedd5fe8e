package io.rapport.crm.spi;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * The computed per-customer figures of one tenant (RFM segment and code, CLV, P(alive)…), at most
 * one per customer and {@link ScoreKind}, which segment criteria select on. Figures are derived
 * data: storing one replaces the customer's figure of that kind, and a whole kind can be dropped
 * before a recomputation. Arguments must not be null. Used within one unit of work on one thread.
 */
public interface CustomerScoreRepository {

  /**
   * Stores {@code scores}, replacing the stored score of each one's customer and kind. Batched:
   * statements grow with the number of scores divided by the batch size (one delete batch and one
   * insert batch per batch), never with single scores. A customer and kind repeated within {@code
   * scores} keeps its last score.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code scores} is or holds null
   */
  void storeAll(TenantId tenant, List<CustomerScore> scores);

  /**
   * Drops every score of {@code kind}, in one statement.
   *
   * @return how many were dropped
   */
  long deleteKind(TenantId tenant, ScoreKind kind);

  /** The stored score of {@code customer} of {@code kind}, if any. */
  Optional<CustomerScore> find(TenantId tenant, CustomerId customer, ScoreKind kind);

  /** How many scores of {@code kind} the tenant has. */
  long count(TenantId tenant, ScoreKind kind);
}
