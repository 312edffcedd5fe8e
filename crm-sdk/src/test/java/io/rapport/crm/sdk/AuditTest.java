package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditTest extends SdkFixture {

  @Test
  void history_customerChangedThreeTimes_listsEntriesOldestFirstWithTheirReasons() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    Customer updated =
        crm.customers()
            .update(caller.because("KYC refresh"), UpdateCustomer.of(ada).tag("vip").build());
    crm.customers().changeStatus(caller, ada.id(), updated.version(), CustomerStatus.ACTIVE);
    register("Someone Else");

    // when
    List<AuditEntry> history = crm.audit().history(caller, ada.id());

    // then
    assertThat(history)
        .extracting(AuditEntry::action)
        .containsExactly("customer.registered", "customer.updated", "customer.status-changed");
    assertThat(history).extracting(AuditEntry::reason).containsExactly(null, "KYC refresh", null);
    assertThat(history).extracting(AuditEntry::sequence).isSorted();
    assertThat(crm.audit().history(caller, "customer", ada.id().toString())).isEqualTo(history);
  }

  @Test
  void verify_chainWrittenByCommands_isIntactAndCountsEveryEntry() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    crm.customers().changeStatus(caller, ada.id(), 1, CustomerStatus.ACTIVE);
    register("Charles Babbage");

    // when
    ChainVerification verification = crm.audit().verify(tenant);

    // then
    assertThat(verification).isEqualTo(ChainVerification.intact(3));
  }

  @Test
  void verify_emptyTenant_isIntactWithNoEntries() {
    // when
    ChainVerification verification = crm.audit().verify(TenantId.of("t-empty"));

    // then
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isZero();
  }

  @Test
  void verify_longChain_readsItInPagesOfBoundedSize() {
    // given
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      customers.add(
          Customer.builder(
                  new CustomerId(UUID.randomUUID()),
                  new Person("P" + i, null, null),
                  Instant.parse("2024-01-01T00:00:00Z"))
              .build());
    }
    crm.imports().customers(caller, customers);
    storage.reset();

    // when
    ChainVerification verification = crm.audit().verify(tenant);

    // then
    assertThat(verification).isEqualTo(ChainVerification.intact(1100));
    assertThat(storage.count("audit.read")).isEqualTo(3);
    assertThat(storage.units()).isEqualTo(4);
  }

  @Test
  void verify_tenantsChainsAreSeparate() {
    // given
    register(NAME);
    Caller other =
        Caller.of(TenantId.of("t-other-" + tenant.value().substring(2, 10)), caller.actor());
    crm.customers().register(other, RegisterCustomer.person("Other Person").build());

    // when / then
    assertThat(crm.audit().verify(tenant)).isEqualTo(ChainVerification.intact(1));
    assertThat(crm.audit().verify(other.tenant())).isEqualTo(ChainVerification.intact(1));
  }
}
