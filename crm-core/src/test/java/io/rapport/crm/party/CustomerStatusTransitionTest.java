package io.rapport.crm.party;

import static io.rapport.crm.party.CustomerStatus.ACTIVE;
import static io.rapport.crm.party.CustomerStatus.CLOSED;
import static io.rapport.crm.party.CustomerStatus.DORMANT;
import static io.rapport.crm.party.CustomerStatus.MERGED;
import static io.rapport.crm.party.CustomerStatus.PROSPECT;
import static io.rapport.crm.party.PartyFixtures.T1;
import static io.rapport.crm.party.PartyFixtures.aCustomerBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerStatusTransitionTest {
  /** The lifecycle, written out independently of the production table. */
  private static final Map<CustomerStatus, Set<CustomerStatus>> LEGAL =
      Map.of(
          PROSPECT, Set.of(ACTIVE, CLOSED),
          ACTIVE, Set.of(DORMANT, CLOSED),
          DORMANT, Set.of(ACTIVE, CLOSED),
          CLOSED, Set.of(),
          MERGED, Set.of());

  static Stream<Arguments> allPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (CustomerStatus from : CustomerStatus.values()) {
      for (CustomerStatus to : CustomerStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @Test
  void allPairs_coverTwentyFiveTransitions() {
    // when / then
    assertThat(allPairs()).hasSize(25);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allPairs")
  void changeStatus_anyPair_succeedsExactlyWhenLegal(CustomerStatus from, CustomerStatus to) {
    // given
    Customer customer = aCustomerBuilder().status(from).build();
    boolean legal = LEGAL.get(from).contains(to);

    // when / then
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    if (legal) {
      Customer moved = customer.changeStatus(to, T1);
      assertThat(moved.status()).isEqualTo(to);
      assertThat(moved.updatedAt()).isEqualTo(T1);
      assertThat(moved.version()).isEqualTo(customer.version());
      assertThat(moved.id()).isEqualTo(customer.id());
      assertThat(customer.status()).isEqualTo(from);
    } else {
      assertThatThrownBy(() -> customer.changeStatus(to, T1))
          .isInstanceOfSatisfying(
              IllegalStatusTransitionException.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
                assertThat(e.customerId()).isEqualTo(customer.id());
              })
          .isInstanceOf(CrmException.class)
          .hasMessage("Customer " + customer.id() + " cannot move from " + from + " to " + to);
    }
  }

  @Test
  void next_closed_isFinal() {
    // when / then
    assertThat(CLOSED.next()).isEmpty();
    assertThat(PROSPECT.next()).containsExactlyInAnyOrder(ACTIVE, CLOSED);
  }

  @Test
  void changeStatus_nullTarget_isRefused() {
    // when / then
    assertThatThrownBy(() -> aCustomerBuilder().build().changeStatus(null, T1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("status must not be null");
  }
}
