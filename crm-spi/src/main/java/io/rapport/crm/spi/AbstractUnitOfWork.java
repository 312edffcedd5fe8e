package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;

/**
 * The shared part of every adapter's {@link UnitOfWork}: the {@link UnitOfWork} contract's
 * lifecycle (one owner thread; unusable once ended) and one accessor per repository. An adapter
 * extends it with its own transaction state (a connection, private table writes) and supplies only
 * its repositories, in {@link #createRepositories()}:
 *
 * <pre>{@code
 * final class MyUnit extends AbstractUnitOfWork {
 *   final Connection connection;
 *
 *   protected Repositories createRepositories() {
 *     return new Repositories(new MyCustomers(this), new MyRelationships(this), ...);
 *   }
 * }
 * }</pre>
 *
 * <p>A new port is added in {@link UnitOfWork}, {@link Repositories} and here; each adapter then
 * only builds its implementation.
 *
 * <p>Not thread-safe: a unit belongs to the thread that created it, which must be the thread that
 * runs its {@link CrmStorage#inTransaction} call. Every accessor, and every {@link
 * #checkUsable(TenantId)} an adapter's repositories make, throws {@link IllegalStateException} on
 * another thread or after {@link #end()}.
 */
public abstract class AbstractUnitOfWork implements UnitOfWork {
  private final Thread owner;
  private boolean active = true;
  private Repositories repositories;

  /** Starts a unit owned by the current thread. */
  protected AbstractUnitOfWork() {
    this.owner = Thread.currentThread();
  }

  /**
   * This unit's repositories, each bound to this unit. Called once, on the owner thread, the first
   * time a repository is asked for (so after the subclass's constructor has run).
   */
  protected abstract Repositories createRepositories();

  /**
   * Whether this unit is still open. Meant for the storage, on the owner thread, deciding whether a
   * nested {@code inTransaction} call joins this unit.
   */
  public final boolean active() {
    return active;
  }

  /**
   * Ends this unit: any later use throws {@link IllegalStateException}. The storage calls it when
   * the unit's {@code inTransaction} call ends; calling it again does nothing.
   */
  public final void end() {
    active = false;
  }

  /**
   * Checks that this unit may be used now: it has not ended, and the caller is its owner thread.
   *
   * @throws IllegalStateException if the unit has ended or the caller is another thread
   */
  protected final void checkUsable() {
    if (!active) {
      throw new IllegalStateException(
          "This unit of work has ended; use the one of the current inTransaction call");
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A unit of work may only be used on the thread that runs its inTransaction call");
    }
  }

  /**
   * {@link #checkUsable()}, then checks that {@code tenant} is present; what a repository calls
   * first in every operation.
   *
   * @return {@code tenant}
   * @throws IllegalStateException if the unit has ended or the caller is another thread
   * @throws io.rapport.crm.common.InvalidValueException if {@code tenant} is null
   */
  protected final TenantId checkUsable(TenantId tenant) {
    checkUsable();
    return Checks.notNull(tenant, "tenant");
  }

  private Repositories repositories() {
    checkUsable();
    if (repositories == null) {
      Repositories created = createRepositories();
      if (created == null) {
        throw new IllegalStateException(getClass().getName() + " created no repositories");
      }
      repositories = created;
    }
    return repositories;
  }

  @Override
  public final CustomerRepository customers() {
    return repositories().customers();
  }

  @Override
  public final RelationshipRepository relationships() {
    return repositories().relationships();
  }

  @Override
  public final HouseholdRepository households() {
    return repositories().households();
  }

  @Override
  public final HoldingRepository holdings() {
    return repositories().holdings();
  }

  @Override
  public final LeadRepository leads() {
    return repositories().leads();
  }

  @Override
  public final PipelineRepository pipelines() {
    return repositories().pipelines();
  }

  @Override
  public final OpportunityRepository opportunities() {
    return repositories().opportunities();
  }

  @Override
  public final StageHistory stageHistory() {
    return repositories().stageHistory();
  }

  @Override
  public final PipelineAnalytics pipelineAnalytics() {
    return repositories().pipelineAnalytics();
  }

  @Override
  public final AuditLog audit() {
    return repositories().audit();
  }

  @Override
  public final Outbox outbox() {
    return repositories().outbox();
  }

  @Override
  public final ConsentRepository consents() {
    return repositories().consents();
  }

  @Override
  public final SegmentRepository segments() {
    return repositories().segments();
  }

  @Override
  public final CampaignRepository campaigns() {
    return repositories().campaigns();
  }

  @Override
  public final CampaignMemberRepository campaignMembers() {
    return repositories().campaignMembers();
  }

  @Override
  public final CampaignMetricsQuery campaignMetrics() {
    return repositories().campaignMetrics();
  }

  @Override
  public final FinancialEventRepository financialEvents() {
    return repositories().financialEvents();
  }

  @Override
  public final CustomerFinanceQueries customerFinance() {
    return repositories().customerFinance();
  }

  @Override
  public final CustomerTenureQueries customerTenures() {
    return repositories().customerTenures();
  }

  @Override
  public final CustomerScoreRepository customerScores() {
    return repositories().customerScores();
  }

  @Override
  public final CustomerMerges customerMerges() {
    return repositories().customerMerges();
  }

  @Override
  public final RetentionStore retention() {
    return repositories().retention();
  }

  @Override
  public final PersonalDataStore personalData() {
    return repositories().personalData();
  }
}
