package io.rapport.crm.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.RecordNotFoundException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypedIdsTest {
  private static final String CANONICAL = "0190a4b2-7c1e-7000-8000-00000000002a";

  static Stream<Arguments> parsers() {
    return Stream.of(
        Arguments.of("customerId", (Function<String, Object>) CustomerId::of),
        Arguments.of("contactPointId", (Function<String, Object>) ContactPointId::of),
        Arguments.of("holdingId", (Function<String, Object>) HoldingId::of),
        Arguments.of("householdId", (Function<String, Object>) HouseholdId::of),
        Arguments.of("relationshipId", (Function<String, Object>) RelationshipId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void of_canonicalUuid_roundTripsThroughToString(String field, Function<String, Object> parse) {
    // when
    Object id = parse.apply(CANONICAL);

    // then
    assertThat(id).hasToString(CANONICAL).isEqualTo(parse.apply(CANONICAL.toUpperCase()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void of_notAUuid_isRefusedNamingTheId(String field, Function<String, Object> parse) {
    // when / then
    assertThatThrownBy(() -> parse.apply("not-a-uuid"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessage(field + " is not a UUID");
    assertThatThrownBy(() -> parse.apply(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(field + " must not be null");
  }

  @Test
  void customerNotFound_namesTheIdAndKeepsIt() {
    // given
    CustomerId id = CustomerId.of(CANONICAL);

    // when
    CustomerNotFoundException e = new CustomerNotFoundException(id);

    // then
    assertThat(e)
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessage("No customer with id " + CANONICAL);
    assertThat(e.id()).isEqualTo(id);
    assertThat(e.recordType()).isEqualTo("customer");
  }

  @Test
  void new_nullUuid_isRefused() {
    // when / then
    assertThatThrownBy(() -> new CustomerId(null)).hasMessage("customerId must not be null");
    assertThatThrownBy(() -> new HouseholdId((UUID) null))
        .isInstanceOf(InvalidValueException.class);
  }
}
