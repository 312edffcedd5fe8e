package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.T1;
import static io.rapport.crm.party.PartyFixtures.aCustomer;
import static io.rapport.crm.party.PartyFixtures.aCustomerWith;
import static io.rapport.crm.party.PartyFixtures.contactPointId;
import static io.rapport.crm.party.PartyFixtures.email;
import static io.rapport.crm.party.PartyFixtures.phone;
import static io.rapport.crm.party.PartyFixtures.postal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CustomerContactPointsTest {

  @Test
  void addContactPoint_firstOfItsChannel_becomesPrimary() {
    // given
    Customer customer = aCustomer();

    // when
    Customer updated = customer.addContactPoint(email(1, false), T1);

    // then
    assertThat(updated.contactPoints()).containsExactly(email(1, true));
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThat(customer.contactPoints()).isEmpty();
  }

  @Test
  void addContactPoint_secondNonPrimary_keepsTheExistingPrimary() {
    // given
    Customer customer = aCustomerWith(email(1, true));

    // when
    Customer updated = customer.addContactPoint(email(2, false), T1);

    // then
    assertThat(updated.contactPoints()).containsExactly(email(1, true), email(2, false));
  }

  @Test
  void addContactPoint_newPrimary_demotesTheOldPrimaryOfItsChannelOnly() {
    // given
    Customer customer = aCustomerWith(email(1, true), phone(2, true), email(3, false));

    // when
    Customer updated = customer.addContactPoint(email(4, true), T1);

    // then
    assertThat(updated.contactPoints())
        .containsExactly(email(1, false), phone(2, true), email(3, false), email(4, true));
  }

  @Test
  void addContactPoint_firstOfAnotherChannel_becomesPrimaryThere() {
    // given
    Customer customer = aCustomerWith(email(1, true));

    // when
    Customer updated = customer.addContactPoint(postal(2, false), T1);

    // then
    assertThat(updated.contactPoints()).containsExactly(email(1, true), postal(2, true));
  }

  @Test
  void addContactPoint_repeatedId_isRefused() {
    // given
    Customer customer = aCustomerWith(email(1, true));

    // when / then
    assertThatThrownBy(() -> customer.addContactPoint(phone(1, false), T1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("contact point ids must be unique");
    assertThatThrownBy(() -> customer.addContactPoint(null, T1))
        .hasMessage("contactPoint must not be null");
  }

  @Test
  void removeContactPoint_primary_promotesTheNextOfItsChannel() {
    // given
    Customer customer =
        aCustomerWith(
            phone(1, true), email(2, true), phone(3, false), email(4, false), phone(5, false));

    // when
    Customer updated = customer.removeContactPoint(contactPointId(1), T1);

    // then
    assertThat(updated.contactPoints())
        .containsExactly(email(2, true), phone(3, true), email(4, false), phone(5, false));
    assertThat(updated.updatedAt()).isEqualTo(T1);
  }

  @Test
  void removeContactPoint_nonPrimary_keepsThePrimary() {
    // given
    Customer customer = aCustomerWith(email(1, true), email(2, false));

    // when
    Customer updated = customer.removeContactPoint(contactPointId(2), T1);

    // then
    assertThat(updated.contactPoints()).containsExactly(email(1, true));
  }

  @Test
  void removeContactPoint_lastOfItsChannel_leavesOtherChannels() {
    // given
    Customer customer = aCustomerWith(email(1, true), phone(2, true));

    // when
    Customer updated = customer.removeContactPoint(contactPointId(1), T1);

    // then
    assertThat(updated.contactPoints()).containsExactly(phone(2, true));
  }

  @Test
  void removeContactPoint_unknownId_isRefusedNamingContactPointId() {
    // given
    Customer customer = aCustomerWith(email(1, true));

    // when / then
    assertThatThrownBy(() -> customer.removeContactPoint(contactPointId(9), T1))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("contactPointId"))
        .hasMessage("Customer " + customer.id() + " has no contact point " + contactPointId(9));
  }

  @Property(tries = 50)
  void addAndRemove_anySequence_keepsExactlyOnePrimaryPerUsedChannel(
      @ForAll("operations") List<Operation> operations) {
    // given
    Customer customer = aCustomer();
    List<Integer> present = new ArrayList<>();
    int nextId = 1;

    // when
    for (Operation operation : operations) {
      if (operation.remove() && !present.isEmpty()) {
        int id = present.remove(operation.index() % present.size());
        customer = customer.removeContactPoint(contactPointId(id), T1);
      } else if (!operation.remove() && present.size() < Customer.MAX_CONTACT_POINTS) {
        int id = nextId++;
        ContactPoint point =
            switch (operation.channel()) {
              case EMAIL -> email(id, operation.primary());
              case PHONE -> phone(id, operation.primary());
              case POSTAL -> postal(id, operation.primary());
            };
        customer = customer.addContactPoint(point, T1);
        present.add(id);
        if (operation.primary()) {
          assertThat(customer.contactPoints().get(customer.contactPoints().size() - 1).primary())
              .isTrue();
        }
      }

      // then
      Map<ContactChannel, Integer> points = new HashMap<>();
      Map<ContactChannel, Integer> primaries = new HashMap<>();
      for (ContactPoint point : customer.contactPoints()) {
        points.merge(point.channel(), 1, Integer::sum);
        primaries.merge(point.channel(), point.primary() ? 1 : 0, Integer::sum);
      }
      assertThat(primaries)
          .as("one primary per channel in %s", customer.contactPoints())
          .allSatisfy((channel, count) -> assertThat(count).isEqualTo(1));
      assertThat(customer.contactPoints()).hasSize(present.size());
      assertThat(points.values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(present.size());
    }
  }

  record Operation(boolean remove, ContactChannel channel, boolean primary, int index) {}

  @Provide
  Arbitrary<List<Operation>> operations() {
    Arbitrary<Operation> operation =
        Combinators.combine(
                Arbitraries.integers().between(0, 9).map(n -> n < 3),
                Arbitraries.of(ContactChannel.class),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000))
            .as(Operation::new);
    return operation.list().ofMinSize(1).ofMaxSize(60);
  }
}
