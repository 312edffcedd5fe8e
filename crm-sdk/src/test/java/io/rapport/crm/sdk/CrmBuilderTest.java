package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.party.Customer;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class CrmBuilderTest {
  private final Caller caller = Caller.of(TenantId.of("t-builder"), Actor.system("import-job"));

  @Test
  void build_withoutStorage_isRefused() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Crm.builder().build());

    // then
    assertThat(thrown.field()).isEqualTo("storage");
  }

  @Test
  void build_storageOnly_usesWorkingDefaults() {
    // given
    Crm crm = Crm.builder().storage(InMemoryStorage.create()).build();

    // when
    Customer customer =
        crm.customers().register(caller, RegisterCustomer.person("Grace Hopper").build());

    // then
    assertThat(crm.customers().get(caller, customer.id())).isEqualTo(customer);
    assertThat(customer.id().value().version()).isEqualTo(7);
    assertThat(crm.toString()).isEqualTo("Crm[storage=in-memory]");
  }

  @Test
  void build_hostValidator_isUsedForCommands() {
    // given a validator whose clock stands in 1800, so a birth in 1815 is in the future
    Clock in1800 = Clock.fixed(Instant.parse("1800-01-01T00:00:00Z"), ZoneOffset.UTC);
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> in1800)
            .buildValidatorFactory()
            .getValidator();
    Crm crm = Crm.builder().storage(InMemoryStorage.create()).validator(validator).build();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.customers().register(caller, SdkFixture.ada().build()));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("dateOfBirth", "PastOrPresent"));
  }

  @Test
  void defaultValidator_germanDefaultLocale_stillWritesEnglishMessages() {
    // given
    Locale original = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Crm crm = Crm.builder().storage(InMemoryStorage.create()).build();

      // when
      CommandValidationException thrown =
          catchThrowableOfType(
              CommandValidationException.class,
              () -> crm.customers().register(caller, RegisterCustomer.person(" ").build()));

      // then
      assertThat(thrown.violations())
          .extracting(Violation::message)
          .containsExactly("must not be blank");
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void caller_toString_hidesReason() {
    // given
    Caller withReason = caller.because("complaint by Ada Lovelace");

    // when / then
    assertThat(withReason.reason()).isEqualTo("complaint by Ada Lovelace");
    assertThat(withReason.toString())
        .isEqualTo("Caller[tenant=t-builder, actor=system:import-job, reason=given]");
  }
}
