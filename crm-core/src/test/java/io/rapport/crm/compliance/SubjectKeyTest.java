package io.rapport.crm.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.party.CustomerId;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A subject's audit key and the legal hold exception keep secrets out of text. */
class SubjectKeyTest {

  @Test
  void fromBase64_ownText_isEqualKey() {
    // given
    SubjectKey key = SubjectKey.generate(new SecureRandom());

    // when
    SubjectKey read = SubjectKey.fromBase64(key.toBase64());

    // then
    assertThat(read).isEqualTo(key).hasSameHashCodeAs(key);
    assertThat(read.material()).hasSize(SubjectKey.LENGTH);
  }

  @Test
  void toString_neverShowsTheKey() {
    // given
    SubjectKey key = SubjectKey.generate(new SecureRandom());

    // when / then
    assertThat(key.toString()).isEqualTo("SubjectKey[****]").doesNotContain(key.toBase64());
  }

  @Test
  void fromBase64_wrongLengthOrText_isRefused() {
    // given / when / then
    assertThatThrownBy(() -> SubjectKey.fromBase64("AAAA"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SubjectKey.fromBase64("not base64!"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void legalHoldException_namesTheCustomerOnly() {
    // given
    CustomerId customer = new CustomerId(UUID.fromString("0193a1b2-0000-7000-8000-000000000009"));

    // when
    LegalHoldException exception = new LegalHoldException(customer);

    // then
    assertThat(exception.customer()).isEqualTo(customer);
    assertThat(exception.getMessage())
        .isEqualTo(
            "Customer 0193a1b2-0000-7000-8000-000000000009 is under a legal hold and cannot be"
                + " erased until the hold is released");
  }
}
