package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.compliance.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends SdkFixture {

  @Test
  void register_fromFourThreads_storesEveryCustomerWithAnIntactChainAndOneEventEach()
      throws Exception {
    // given
    collectEvents();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> tasks = new ArrayList<>();

    // when
    for (int thread = 0; thread < 4; thread++) {
      int offset = thread * 25;
      tasks.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 25; i++) {
                  register("Person " + (offset + i));
                }
              }));
    }
    for (Future<?> task : tasks) {
      task.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

    // then
    assertThat(customerCount()).isEqualTo(100);
    assertThat(crm.audit().verify(tenant)).isEqualTo(ChainVerification.intact(100));
    assertThat(received).extracting(DomainEvent::id).doesNotHaveDuplicates().hasSize(100);
    assertThat(pendingEvents()).isEmpty();
  }
}
