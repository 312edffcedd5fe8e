package io.rapport.crm.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void notNull_null_namesTheField() {
    // when / then
    assertThatThrownBy(() -> Checks.notNull(null, "customer.owner"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("customer.owner"))
        .hasMessage("customer.owner must not be null");
  }

  @Test
  void notNull_value_isReturned() {
    // when / then
    assertThat(Checks.notNull("x", "f")).isEqualTo("x");
  }

  @Test
  void text_blankTooLongOrNul_isRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> Checks.text(" \t", "name", 10))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"))
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> Checks.text("x".repeat(11), "name", 10))
        .hasMessage("name must have at most 10 characters");
    assertThatThrownBy(() -> Checks.text("a\0b", "name", 10))
        .hasMessage("name must not contain NUL characters");
    assertThatThrownBy(() -> Checks.text(null, "name", 10)).hasMessage("name must not be null");
  }

  @Test
  void text_withinLimit_isReturnedUnchanged() {
    // when / then
    assertThat(Checks.text(" padded ", "name", 10)).isEqualTo(" padded ");
    assertThat(Checks.text("x".repeat(10), "name", 10)).hasSize(10);
  }

  @Test
  void optionalText_null_isAllowedButBlankIsNot() {
    // when / then
    assertThat(Checks.optionalText(null, "region", 5)).isNull();
    assertThatThrownBy(() -> Checks.optionalText("", "region", 5))
        .hasMessage("region must not be blank");
  }

  @Test
  void argument_falseCondition_formatsTheMessageForTheField() {
    // when / then
    assertThatThrownBy(() -> Checks.argument(false, "budget", "%s must not be negative", "budget"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("budget"))
        .hasMessage("budget must not be negative");
  }

  @Test
  void list_nullElement_isRefusedAndCopyIsUnmodifiable() {
    // given
    List<String> source = new ArrayList<>(Arrays.asList("a", "b"));

    // when
    List<String> copy = Checks.list(source, "tags");
    source.add("c");

    // then
    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Checks.list(Arrays.asList("a", null), "tags"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tags must not contain null elements");
    assertThatThrownBy(() -> Checks.list(null, "tags")).hasMessage("tags must not be null");
  }
}
