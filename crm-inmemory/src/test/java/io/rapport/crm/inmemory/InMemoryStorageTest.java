package io.rapport.crm.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What the in-memory adapter promises beyond crm-tck. */
class InMemoryStorageTest {
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final TenantId tenant = TenantId.of("t-in-memory");

  @Test
  void features_declared_areConcurrentAccessOnly() {
    // when / then
    assertThat(storage.features()).containsExactly(StorageFeature.CONCURRENT_ACCESS);
    assertThat(storage.name()).isEqualTo("in-memory");
  }

  @Test
  void unit_usedOnAnotherThread_throwsIllegalState() throws Exception {
    // given
    AtomicReference<Throwable> failure = new AtomicReference<>();

    // when
    storage.inTransactionDo(
        tx -> {
          try {
            CompletableFuture.runAsync(() -> tx.customers().count(tenant))
                .get(10, TimeUnit.SECONDS);
          } catch (ExecutionException e) {
            failure.set(e.getCause());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });

    // then
    assertThat(failure.get()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void inTransaction_ofAnotherStorageInsideAUnit_isASeparateUnit() {
    // given
    InMemoryStorage other = InMemoryStorage.create();
    AtomicReference<UnitOfWork> inner = new AtomicReference<>();

    // when
    UnitOfWork outer =
        storage.inTransaction(
            tx -> {
              other.inTransactionDo(inner::set);
              return tx;
            });

    // then
    assertThat(inner.get()).isNotSameAs(outer);
    assertThatThrownBy(() -> inner.get().customers()).isInstanceOf(IllegalStateException.class);
  }
}
