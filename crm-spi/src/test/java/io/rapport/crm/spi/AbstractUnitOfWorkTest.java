package io.rapport.crm.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The lifecycle and wiring {@link AbstractUnitOfWork} gives every adapter's unit of work. */
class AbstractUnitOfWorkTest {
  private static final TenantId TENANT = TenantId.of("bank-1");

  @Test
  void accessors_openUnit_returnTheRepositoriesItCreatedOnce() {
    // given
    Repositories built = StubRepositories.create();
    CountingUnit unit = new CountingUnit(u -> built);

    // when
    CustomerRepository first = unit.customers();
    CustomerScoreRepository last = unit.customerScores();
    unit.audit();

    // then
    assertThat(first).isSameAs(built.customers());
    assertThat(last).isSameAs(built.customerScores());
    assertThat(unit.created).isEqualTo(1);
  }

  @Test
  void accessors_eachPort_returnsItsOwnComponent() {
    // given
    Repositories built = StubRepositories.create();
    UnitOfWork unit = new CountingUnit(u -> built);

    // when / then
    assertThat(unit.relationships()).isSameAs(built.relationships());
    assertThat(unit.households()).isSameAs(built.households());
    assertThat(unit.holdings()).isSameAs(built.holdings());
    assertThat(unit.leads()).isSameAs(built.leads());
    assertThat(unit.pipelines()).isSameAs(built.pipelines());
    assertThat(unit.opportunities()).isSameAs(built.opportunities());
    assertThat(unit.stageHistory()).isSameAs(built.stageHistory());
    assertThat(unit.pipelineAnalytics()).isSameAs(built.pipelineAnalytics());
    assertThat(unit.outbox()).isSameAs(built.outbox());
    assertThat(unit.consents()).isSameAs(built.consents());
    assertThat(unit.segments()).isSameAs(built.segments());
    assertThat(unit.campaigns()).isSameAs(built.campaigns());
    assertThat(unit.campaignMembers()).isSameAs(built.campaignMembers());
    assertThat(unit.campaignMetrics()).isSameAs(built.campaignMetrics());
    assertThat(unit.financialEvents()).isSameAs(built.financialEvents());
    assertThat(unit.customerFinance()).isSameAs(built.customerFinance());
    assertThat(unit.customerTenures()).isSameAs(built.customerTenures());
  }

  @Test
  void accessor_afterEnd_throwsIllegalState() {
    // given
    CountingUnit unit = new CountingUnit(u -> StubRepositories.create());
    unit.customers();

    // when
    unit.end();

    // then
    assertThat(unit.active()).isFalse();
    assertThatThrownBy(unit::leads)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has ended");
    assertThatThrownBy(() -> unit.checkUsable(TENANT)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void accessor_fromAnotherThread_throwsIllegalStateAndCreatesNothing() {
    // given
    CountingUnit unit = new CountingUnit(u -> StubRepositories.create());

    // when
    CompletableFuture<CustomerRepository> elsewhere =
        CompletableFuture.supplyAsync(unit::customers);

    // then
    assertThatThrownBy(elsewhere::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only be used on the thread");
    assertThat(unit.created).isZero();
    assertThat(unit.active()).isTrue();
  }

  @Test
  void checkUsable_nullTenant_isRejectedNamingTheField() {
    // given
    CountingUnit unit = new CountingUnit(u -> StubRepositories.create());

    // when / then
    assertThat(unit.checkUsable(TENANT)).isSameAs(TENANT);
    assertThatThrownBy(() -> unit.checkUsable(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("tenant must not be null");
  }

  @Test
  void accessor_adapterCreatingNoRepositories_throwsIllegalState() {
    // given
    CountingUnit unit = new CountingUnit(u -> null);

    // when / then
    assertThatThrownBy(unit::customers)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("created no repositories");
  }

  /** A unit whose repositories come from a function; counts how often they are created. */
  private static final class CountingUnit extends AbstractUnitOfWork {
    private final Function<CountingUnit, Repositories> factory;
    int created;

    CountingUnit(Function<CountingUnit, Repositories> factory) {
      this.factory = factory;
    }

    @Override
    protected Repositories createRepositories() {
      created++;
      return factory.apply(this);
    }
  }
}
