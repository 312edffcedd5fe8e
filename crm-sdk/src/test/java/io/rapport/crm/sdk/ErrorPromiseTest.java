package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The error promise, case by case: bad input surfaces as a {@link CommandValidationException}
 * naming each field the caller set, all at once, without the rejected value, and nothing is stored.
 */
class ErrorPromiseTest extends SdkFixture {

  @Test
  void recordHolding_balanceThatIsNoNumber_isRefusedAtBalance() {
    // given
    Customer ada = register(NAME);

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> RecordHolding.of(ada.id(), ProductType.SAVINGS, "Saver").balance("abc", "EUR"));

    // then
    assertThat(refused.violations())
        .containsExactly(new Violation("balance", "Decimal", "must be a decimal number"));
    assertThat(refused.getMessage()).doesNotContain("abc");
  }

  @Test
  void recordHolding_ibanWithWrongCheckDigits_isRefusedAndNotStored() {
    // given
    Customer ada = register(NAME);
    RecordHolding wrongChecksum =
        RecordHolding.of(ada.id(), ProductType.SAVINGS, "Saver")
            .account("GB28NWBK60161331926819")
            .balance("10.00", "EUR")
            .openedOn(LocalDate.of(2020, 1, 1))
            .build();

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.holdings().record(caller, wrongChecksum));

    // then
    assertThat(refused.violations())
        .extracting(Violation::path)
        .containsExactly("accountReference");
    assertFreeOf(refused.getMessage(), "GB28NWBK60161331926819", "NWBK");
    assertThat(crm.holdings().of(caller, ada.id())).isEmpty();
  }

  @Test
  void register_unassignedCountryAndFutureBirth_areBothReportedAtTheBuildersNames() {
    // given
    RegisterCustomer command =
        RegisterCustomer.person(NAME)
            .dateOfBirth(LocalDate.of(2999, 1, 1))
            .nationalId("ZZ", NATIONAL_ID)
            .build();

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.customers().register(caller, command));

    // then
    assertThat(refused.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("dateOfBirth", "governmentId.country");
    assertFreeOf(refused.getMessage(), "2999", NATIONAL_ID);
    assertThat(customerCount()).isZero();
  }

  @Test
  void register_organisationFoundedInTheFuture_isReportedAtIncorporatedOn() {
    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.customers()
                    .register(
                        caller,
                        RegisterCustomer.organisation("Analytical Engines Ltd")
                            .incorporatedOn(LocalDate.of(2999, 1, 1))
                            .build()));

    // then
    assertThat(refused.violations()).extracting(Violation::path).containsExactly("incorporatedOn");
  }

  @Test
  void plan_endBeforeStartAndNegativeBudget_reportsBoth() {
    // given
    var segment = crm.segments().define(caller, "Everyone", new Criterion.HasTag("vip"));
    PlanCampaign command =
        new PlanCampaign(
            "Spring",
            "Savers",
            Set.of(CampaignChannel.EMAIL),
            ConsentPurpose.MARKETING,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 3, 1),
            "EUR",
            new BigDecimal("-1.00"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            segment.id(),
            null);

    // when
    CommandValidationException refused =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.campaigns().plan(caller, command));

    // then
    assertThat(refused.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("budget", "endsOn");
    assertFreeOf(refused.getMessage(), "2025-03-01", "2025-04-01", "-1.00");
  }

  @Test
  void plan_unknownCurrency_isRefusedAtCurrency() {
    // given
    var segment = crm.segments().define(caller, "Everyone", new Criterion.HasTag("vip"));
    PlanCampaign command =
        new PlanCampaign(
            "Spring",
            "Savers",
            Set.of(CampaignChannel.EMAIL),
            ConsentPurpose.MARKETING,
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 1),
            "QQQ",
            BigDecimal.TEN,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            segment.id(),
            null);

    // when
    Throwable thrown = catchThrowable(() -> crm.campaigns().plan(caller, command));

    // then
    assertThat(thrown).isInstanceOf(CommandValidationException.class);
    assertThat(((CommandValidationException) thrown).violations())
        .extracting(Violation::path)
        .containsExactly("currency");
  }

  @Test
  void segmentList_anotherTenantsCustomer_isRefusedLikeAnUnknownOne() {
    // given
    Customer ours = register(NAME);
    Caller otherBank = Caller.of(TenantId.of("other-" + tenant.value()), Actor.user("rm-1"));
    Customer theirs =
        crm.customers().register(otherBank, RegisterCustomer.person("Grace Hopper").build());
    long auditedBefore = auditEntries().size();

    // when
    Throwable thrown =
        catchThrowable(
            () -> crm.segments().list(caller, "Hand-picked", Set.of(ours.id(), theirs.id())));

    // then
    assertThat(thrown)
        .isInstanceOfSatisfying(
            CustomerNotFoundException.class, e -> assertThat(e.id()).isEqualTo(theirs.id()));
    assertThat(auditEntries()).hasSize((int) auditedBefore);
    assertThat(crm.segments().list(caller, "Own", Set.of(ours.id())).list())
        .containsExactly(ours.id());
  }
}
