package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CommandValidationPropertiesTest extends SdkFixture {

  @Property(tries = 50)
  void register_anyPhoneText_isStoredOrRefusedWithoutEchoingIt(
      @ForAll @StringLength(min = 8, max = 30) @CharRange(from = ' ', to = '~') String phone) {
    // given
    Assume.that(phone.strip().length() >= 8);
    RegisterCustomer command =
        RegisterCustomer.person(NAME).phone(phone, ContactPurpose.HOME).build();

    // when
    try {
      Customer customer = crm.customers().register(caller, command);

      // then
      assertThat(customer.contactPoints()).hasSize(1);
      assertFreeOf(command.toString() + customer, phone.strip());
    } catch (CommandValidationException refused) {
      // then
      assertThat(refused.violations())
          .extracting(Violation::path)
          .containsExactly("contactPoints[0].phone");
      assertFreeOf(refused.getMessage() + refused.violations() + command, phone.strip());
    }
  }

  @Property(tries = 50)
  void register_anyEmailText_isStoredOrRefusedWithoutEchoingIt(
      @ForAll @StringLength(min = 6, max = 30) @Chars({'a', 'b', '@', '.', ' ', '-', 'X'})
          String email) {
    // given
    Assume.that(email.strip().length() >= 6);
    RegisterCustomer command =
        RegisterCustomer.person(NAME).email(email, ContactPurpose.PERSONAL).build();
    long before = customerCount();

    // when
    try {
      crm.customers().register(caller, command);

      // then
      assertThat(customerCount()).isEqualTo(before + 1);
      assertThat(crm.customers().findByEmail(caller, email.toUpperCase(Locale.ROOT))).isNotEmpty();
    } catch (CommandValidationException refused) {
      // then
      assertThat(customerCount()).isEqualTo(before);
      assertFreeOf(refused.getMessage(), email.strip());
    }
  }
}
