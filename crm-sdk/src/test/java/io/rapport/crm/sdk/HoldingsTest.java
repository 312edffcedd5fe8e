package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldingsTest extends SdkFixture {
  private static final String CARD = "4111 1111 1111 1111";
  private static final String IBAN = "GB29NWBK60161331926819";
  private static final LocalDate OPENED = LocalDate.of(2019, 4, 1);

  private final Customer ada = register(NAME);

  private RecordHolding.Builder savings(String reference, String balance) {
    return RecordHolding.of(ada.id(), ProductType.SAVINGS, "Everyday Saver")
        .account(reference)
        .balance(balance, "GBP")
        .openedOn(OPENED);
  }

  private RecordHolding card(String balance) {
    return RecordHolding.of(ada.id(), ProductType.CREDIT_CARD, "Platinum")
        .card(CARD)
        .balance(balance, "GBP")
        .openedOn(OPENED)
        .build();
  }

  @Test
  void record_cardNumber_isStoredTruncatedAndAppearsNowhereWhole() {
    // given
    collectEvents();
    RecordHolding command = card("-250.00");

    // when
    Holding holding = crm.holdings().record(caller, command);

    // then
    assertThat(holding.accountReference().value()).isEqualTo("************1111");
    assertThat(holding.accountReference().truncatedCard()).isTrue();
    assertThat(crm.holdings().of(caller, ada.id())).containsExactly(holding);
    AuditEntry entry = crm.audit().history(caller, "holding", holding.id().toString()).get(0);
    assertThat(entry.action()).isEqualTo("holding.recorded");
    assertThat(entry.changes())
        .extracting(FieldChange::field, FieldChange::newValue)
        .contains(tuple("accountReference", "************1111"), tuple("balance", "-250.00 GBP"));
    String everything = auditEntries().toString() + received + pendingEvents() + holding + command;
    assertFreeOf(everything, CARD, CARD.replace(" ", ""), "411111");
  }

  @Test
  void record_cardNumberWithBadCheckDigit_isRefusedWithoutEchoingIt() {
    // given
    RecordHolding command =
        RecordHolding.of(ada.id(), ProductType.CREDIT_CARD, "Platinum")
            .card("4111 1111 1111 1112")
            .balance("0", "GBP")
            .openedOn(OPENED)
            .build();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.holdings().record(caller, command));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("accountReference", Violation.INVALID_VALUE));
    assertFreeOf(thrown.toString(), "4111", "1112");
  }

  @Test
  void record_severalBadFields_reportsEach() {
    // given
    RecordHolding command =
        new RecordHolding(
            ada.id(), null, " ", IBAN, false, HoldingRole.OWNER, null, "euro", null, null, null);

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.holdings().record(caller, command));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("balance", "NotNull"),
            tuple("currency", "CurrencyCode"),
            tuple("openedOn", "NotNull"),
            tuple("productName", "NotBlank"),
            tuple("productType", "NotNull"));
  }

  @Test
  void record_withoutOpeningDate_isRefusedWithAMessageNamingTheBuilderCall() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.holdings().record(caller, savings(IBAN, "1.00").openedOn(null).build()));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule, Violation::message)
        .containsExactly(
            tuple(
                "openedOn",
                "NotNull",
                "is required: the day the product was opened, openedOn(day)"));
    assertThat(crm.holdings().of(caller, ada.id())).isEmpty();
  }

  @Test
  void record_tooManyDecimals_isRefusedAtBalance() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.holdings().record(caller, savings(IBAN, "10.001").build()));

    // then
    assertThat(thrown.violations()).extracting(Violation::path).containsExactly("balance");
  }

  @Test
  void record_unknownCustomer_throwsNotFound() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());
    RecordHolding command =
        RecordHolding.of(unknown, ProductType.SAVINGS, "Saver")
            .account(IBAN)
            .balance("1", "GBP")
            .openedOn(OPENED)
            .build();

    // when / then
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class, () -> crm.holdings().record(caller, command));
    assertThat(thrown.id()).isEqualTo(unknown);
  }

  @Test
  void record_sameAccountTwice_throwsDuplicate() {
    // given
    crm.holdings().record(caller, savings(IBAN, "1.00").build());

    // when
    DuplicateRecordException thrown =
        catchThrowableOfType(
            DuplicateRecordException.class,
            () -> crm.holdings().record(caller, savings(IBAN, "2.00").build()));

    // then
    assertFreeOf(thrown.getMessage(), IBAN);
    assertThat(crm.holdings().of(caller, ada.id())).hasSize(1);
  }

  @Test
  void refresh_snapshot_addsUpdatesRemovesAndCountsUnchanged() {
    // given
    Holding kept = crm.holdings().record(caller, savings("ACC-1", "100.00").build());
    Holding changed = crm.holdings().record(caller, savings("ACC-2", "200.00").build());
    Holding gone = crm.holdings().record(caller, savings("ACC-3", "300.00").build());
    AuditHead before = auditHead();
    collectEvents();
    List<RecordHolding> snapshot =
        List.of(
            savings("ACC-1", "100.00").build(), savings("ACC-2", "250.00").build(), card("-10.00"));

    // when
    RefreshResult result = crm.holdings().refresh(caller, ada.id(), snapshot);

    // then
    assertThat(result).isEqualTo(new RefreshResult(1, 1, 1, 1));
    List<Holding> stored = crm.holdings().of(caller, ada.id());
    assertThat(stored).hasSize(3).contains(kept).doesNotContain(gone);
    assertThat(stored)
        .filteredOn(holding -> holding.id().equals(changed.id()))
        .singleElement()
        .satisfies(
            holding -> {
              assertThat(holding.version()).isEqualTo(2);
              assertThat(holding.balance()).isEqualTo(Money.of("250.00", "GBP"));
            });
    assertThat(auditEntries().subList((int) before.sequence(), (int) before.sequence() + 3))
        .extracting(AuditEntry::action, AuditEntry::recordId)
        .containsExactly(
            tuple("holding.updated", changed.id().toString()),
            tuple("holding.recorded", stored.get(2).id().toString()),
            tuple("holding.removed", gone.id().toString()));
    assertThat(auditHead().sequence()).isEqualTo(before.sequence() + 3);
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("holding.updated", "holding.recorded", "holding.removed");
    assertThat(received.get(0).data()).containsEntry("changedFields", "balance");
    assertFreeOf(auditEntries().toString() + received, "ACC-2", "ACC-3", CARD);
  }

  @Test
  void refresh_sameSnapshotAgain_changesNothing() {
    // given
    List<RecordHolding> snapshot = List.of(savings("ACC-1", "1.00").build(), card("0.00"));
    crm.holdings().refresh(caller, ada.id(), snapshot);
    AuditHead before = auditHead();

    // when
    RefreshResult result = crm.holdings().refresh(caller, ada.id(), snapshot);

    // then
    assertThat(result).isEqualTo(new RefreshResult(0, 0, 0, 2));
    assertThat(result.changedAnything()).isFalse();
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void refresh_invalidSnapshot_reportsPathsPerElementAndStoresNothing() {
    // given
    Customer william = register("William King");
    crm.holdings().record(caller, savings("ACC-1", "1.00").build());
    AuditHead before = auditHead();
    List<RecordHolding> snapshot =
        List.of(
            savings("ACC-9", "1.00").build(),
            savings("ACC-9", "2.00").build(),
            RecordHolding.of(william.id(), ProductType.SAVINGS, "Saver")
                .account("ACC-7")
                .balance("1", "GBP")
                .openedOn(OPENED)
                .build());

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.holdings().refresh(caller, ada.id(), snapshot));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("snapshot[1].accountReference", "UniqueAccountReference"),
            tuple("snapshot[2].customer", "SameCustomer"));
    assertThat(crm.holdings().of(caller, ada.id())).hasSize(1);
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void refresh_constraintViolationsInSnapshot_areReportedWithElementIndex() {
    // given
    List<RecordHolding> snapshot =
        List.of(savings("ACC-1", "1.00").build(), savings(" ", "1.00").openedOn(null).build());

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.holdings().refresh(caller, ada.id(), snapshot));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("snapshot[1].accountReference", "NotBlank"),
            tuple("snapshot[1].openedOn", "NotNull"));
  }

  @Test
  void refresh_emptySnapshot_removesEverything() {
    // given
    crm.holdings().record(caller, savings("ACC-1", "1.00").build());

    // when
    RefreshResult result = crm.holdings().refresh(caller, ada.id(), List.of());

    // then
    assertThat(result).isEqualTo(new RefreshResult(0, 0, 1, 0));
    assertThat(crm.holdings().of(caller, ada.id())).isEmpty();
  }
}
