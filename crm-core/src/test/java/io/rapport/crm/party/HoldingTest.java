package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.customerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.AccountReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldingTest {
  private static final HoldingId ID =
      new HoldingId(UUID.fromString("0190a4b2-7c1e-7000-8000-0000000000bb"));
  private static final LocalDate OPENED = LocalDate.of(2019, 4, 1);
  private static final Instant AS_OF = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void new_validHolding_isOpenUntilClosed() {
    // when
    Holding open = holding(null, "1200.00");
    Holding closed = holding(OPENED.plusYears(2), "0");

    // then
    assertThat(open.open()).isTrue();
    assertThat(closed.open()).isFalse();
  }

  @Test
  void new_closedBeforeOpened_isRefused() {
    // when / then
    assertThatThrownBy(() -> holding(OPENED.minusDays(1), "0"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("closedOn"))
        .hasMessage("closedOn must not be before openedOn");
    assertThat(holding(OPENED, "0").closedOn()).isEqualTo(OPENED);
  }

  @Test
  void new_asOf_isTruncatedToMicroseconds() {
    // when
    Holding holding =
        new Holding(
            ID,
            1,
            customerId(1),
            ProductType.SAVINGS,
            "Saver",
            iban(),
            HoldingRole.OWNER,
            Money.of("1", "EUR"),
            OPENED,
            null,
            Instant.parse("2024-05-01T00:00:00.123456789Z"));

    // then
    assertThat(holding.asOf()).isEqualTo(Instant.parse("2024-05-01T00:00:00.123456Z"));
  }

  @Test
  void toString_masksTheAccountReference() {
    // when
    String shown = holding(null, "1").toString();

    // then
    assertThat(shown).doesNotContain("DE89370400440532013000").contains("3000");
  }

  @Test
  void refreshedFrom_snapshot_keepsIdVersionAndCustomerButTakesValues() {
    // given
    Holding current =
        new Holding(
            ID,
            4,
            customerId(1),
            ProductType.SAVINGS,
            "Saver",
            iban(),
            HoldingRole.OWNER,
            Money.of("10.00", "EUR"),
            OPENED,
            null,
            AS_OF);
    Holding snapshot =
        new Holding(
            new HoldingId(UUID.fromString("0190a4b2-7c1e-7000-8000-0000000000cc")),
            1,
            customerId(2),
            ProductType.TERM_DEPOSIT,
            "Fixed 1y",
            AccountReference.card("4111 1111 1111 1111"),
            HoldingRole.JOINT_OWNER,
            Money.of("99.99", "EUR"),
            OPENED.plusDays(1),
            OPENED.plusYears(1),
            AS_OF.plusSeconds(60));

    // when
    Holding refreshed = current.refreshedFrom(snapshot);

    // then
    assertThat(refreshed.id()).isEqualTo(ID);
    assertThat(refreshed.version()).isEqualTo(4);
    assertThat(refreshed.customer()).isEqualTo(customerId(1));
    assertThat(refreshed.productType()).isEqualTo(ProductType.TERM_DEPOSIT);
    assertThat(refreshed.productName()).isEqualTo("Fixed 1y");
    assertThat(refreshed.accountReference()).isEqualTo(snapshot.accountReference());
    assertThat(refreshed.role()).isEqualTo(HoldingRole.JOINT_OWNER);
    assertThat(refreshed.balance()).isEqualTo(Money.of("99.99", "EUR"));
    assertThat(refreshed.openedOn()).isEqualTo(OPENED.plusDays(1));
    assertThat(refreshed.closedOn()).isEqualTo(OPENED.plusYears(1));
    assertThat(refreshed.asOf()).isEqualTo(AS_OF.plusSeconds(60));
    assertThat(refreshed.sameValuesAs(snapshot)).isTrue();
    assertThat(current.sameValuesAs(snapshot)).isFalse();
  }

  @Test
  void sameValuesAs_ignoresIdVersionAndAsOfButNotBusinessValues() {
    // given
    Holding base = holding(null, "10.00");
    Holding otherIdentity =
        new Holding(
            new HoldingId(UUID.fromString("0190a4b2-7c1e-7000-8000-0000000000dd")),
            7,
            base.customer(),
            base.productType(),
            base.productName(),
            base.accountReference(),
            base.role(),
            base.balance(),
            base.openedOn(),
            base.closedOn(),
            AS_OF.plusSeconds(3600));

    // when / then
    assertThat(base.sameValuesAs(otherIdentity)).isTrue();
    assertThat(base.sameValuesAs(holding(null, "10.01"))).isFalse();
    assertThat(base.sameValuesAs(holding(OPENED.plusDays(3), "10.00"))).isFalse();
    assertThat(base.sameValuesAs(with(base, ProductType.MORTGAGE, "Home loan", HoldingRole.OWNER)))
        .isFalse();
    assertThat(base.sameValuesAs(with(base, base.productType(), "Other name", HoldingRole.OWNER)))
        .isFalse();
    assertThat(
            base.sameValuesAs(
                with(base, base.productType(), base.productName(), HoldingRole.SIGNATORY)))
        .isFalse();
  }

  @Test
  void new_missingParts_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(
            () ->
                new Holding(
                    ID,
                    1,
                    customerId(1),
                    ProductType.SAVINGS,
                    "Saver",
                    iban(),
                    HoldingRole.OWNER,
                    null,
                    OPENED,
                    null,
                    AS_OF))
        .hasMessage("balance must not be null");
    assertThatThrownBy(
            () ->
                new Holding(
                    ID,
                    1,
                    customerId(1),
                    ProductType.SAVINGS,
                    " ",
                    iban(),
                    HoldingRole.OWNER,
                    Money.of("1", "EUR"),
                    OPENED,
                    null,
                    AS_OF))
        .hasMessage("productName must not be blank");
    assertThatThrownBy(
            () ->
                new Holding(
                    ID,
                    0,
                    customerId(1),
                    ProductType.SAVINGS,
                    "Saver",
                    iban(),
                    HoldingRole.OWNER,
                    Money.of("1", "EUR"),
                    OPENED,
                    null,
                    AS_OF))
        .hasMessage("version must be at least 1");
    assertThatThrownBy(
            () ->
                new Holding(
                    ID,
                    1,
                    customerId(1),
                    ProductType.SAVINGS,
                    "Saver",
                    null,
                    HoldingRole.OWNER,
                    Money.of("1", "EUR"),
                    OPENED,
                    null,
                    AS_OF))
        .hasMessage("accountReference must not be null");
  }

  private static AccountReference iban() {
    return AccountReference.of("DE89370400440532013000");
  }

  private static Holding holding(LocalDate closedOn, String balance) {
    return new Holding(
        ID,
        1,
        customerId(1),
        ProductType.CURRENT_ACCOUNT,
        "Everyday",
        iban(),
        HoldingRole.OWNER,
        Money.of(balance, "EUR"),
        OPENED,
        closedOn,
        AS_OF);
  }

  private static Holding with(Holding base, ProductType type, String name, HoldingRole role) {
    return new Holding(
        base.id(),
        base.version(),
        base.customer(),
        type,
        name,
        base.accountReference(),
        role,
        base.balance(),
        base.openedOn(),
        base.closedOn(),
        base.asOf());
  }
}
