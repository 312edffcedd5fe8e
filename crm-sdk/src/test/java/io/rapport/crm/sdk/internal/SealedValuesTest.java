package io.rapport.crm.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Audit values sealed with a subject's key: AES-GCM text that names its subject. */
class SealedValuesTest {
  private final SecureRandom random = new SecureRandom();
  private final TenantId tenant = TenantId.of("bank-1");
  private final ConsentSubject customer =
      ConsentSubject.customer(
          new CustomerId(UUID.fromString("0193a1b2-0000-7000-8000-000000000001")));
  private final SubjectKey key = SubjectKey.generate(random);

  @Test
  void seal_plainValue_namesTheSubjectAndHidesTheText() {
    // given
    String plain = "A***(12)";

    // when
    String sealed = SealedValues.seal(tenant, customer, key, plain, random);

    // then
    assertThat(sealed).startsWith("sealed:customer:0193a1b2-0000-7000-8000-000000000001:");
    assertThat(sealed).doesNotContain(plain);
    assertThat(SealedValues.isSealed(sealed)).isTrue();
    assertThat(SealedValues.subjectOf(sealed)).contains(customer);
    assertThat(SealedValues.open(tenant, key, sealed)).isEqualTo(plain);
  }

  @Test
  void seal_sameValueTwice_givesDifferentTextEachTime() {
    // given / when
    String first = SealedValues.seal(tenant, customer, key, "GB", random);
    String second = SealedValues.seal(tenant, customer, key, "GB", random);

    // then
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void seal_null_staysNull() {
    // given / when / then
    assertThat(SealedValues.seal(tenant, customer, key, null, random)).isNull();
  }

  @Test
  void open_destroyedKey_readsErased() {
    // given
    String sealed = SealedValues.seal(tenant, customer, key, "secret", random);

    // when / then
    assertThat(SealedValues.open(tenant, null, sealed)).isEqualTo(FieldChange.ERASED);
  }

  @Test
  void open_plainOlderValue_isReturnedUnchanged() {
    // given / when / then
    assertThat(SealedValues.open(tenant, null, "ACTIVE")).isEqualTo("ACTIVE");
    assertThat(SealedValues.subjectOf("ACTIVE")).isEmpty();
    assertThat(SealedValues.subjectOf(null)).isEmpty();
  }

  @Test
  void open_otherKeyOrTenantOrEditedText_isRefused() {
    // given
    String sealed = SealedValues.seal(tenant, customer, key, "secret", random);
    String edited = sealed.substring(0, sealed.length() - 4) + "AAA=";

    // when / then
    assertThatThrownBy(() -> SealedValues.open(tenant, SubjectKey.generate(random), sealed))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SealedValues.open(TenantId.of("bank-2"), key, sealed))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SealedValues.open(tenant, key, edited))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void seal_lead_namesTheLead() {
    // given
    ConsentSubject lead = ConsentSubject.lead(new LeadId(customer.uuid()));

    // when
    String sealed = SealedValues.seal(tenant, lead, key, "x", random);

    // then
    assertThat(SealedValues.subjectOf(sealed)).contains(lead);
    assertThatThrownBy(() -> SealedValues.open(tenant, key, sealed.replace("lead:", "customer:")))
        .isInstanceOf(IllegalStateException.class);
  }
}
