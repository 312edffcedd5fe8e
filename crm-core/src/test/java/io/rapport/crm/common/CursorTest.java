package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  @Test
  void keys_cursorOfKeys_roundTripsIncludingUnicode() {
    // given
    List<String> keys = List.of("2024-05-01T10:15:30.123456Z", "Zoë 😀 日本", "", "a,b;c");
    Cursor cursor = Cursor.of(keys);

    // when
    List<String> decoded = cursor.keys(4);

    // then
    assertThat(decoded).containsExactlyElementsOf(keys);
    assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
  }

  @Property(tries = 50)
  void keys_anyKeysWithoutNul_roundTrip(@ForAll("keyLists") List<String> keys) {
    // when
    Cursor cursor = Cursor.of(keys);

    // then
    assertThat(cursor.keys(keys.size())).containsExactlyElementsOf(keys);
    assertThat(new Cursor(cursor.token()).keys(keys.size())).containsExactlyElementsOf(keys);
  }

  @Test
  void keys_wrongKeyCount_isRefusedNamingCursor() {
    // given
    Cursor cursor = Cursor.of(List.of("a", "b"));

    // when / then
    assertThatThrownBy(() -> cursor.keys(3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"))
        .hasMessageContaining("cursor");
    assertThatThrownBy(() -> cursor.keys(1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cursor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "not a token", "a", "abc$def", "=====", "%00", "abcd"})
  void keys_garbageToken_isRefusedNamingCursor(String token) {
    // given
    Cursor cursor = new Cursor(token);

    // when / then
    assertThatThrownBy(() -> cursor.keys(2))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"))
        .hasMessageContaining("cursor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void new_blankToken_isRefusedNamingCursor(String token) {
    // when / then
    assertThatThrownBy(() -> new Cursor(token))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("cursor must not be blank");
  }

  @Test
  void toString_neverShowsTheKeys() {
    // given
    Cursor cursor = Cursor.of(List.of("secret-sort-key"));

    // when / then
    assertThat(cursor).hasToString("Cursor[opaque]");
    assertThat(cursor.toString()).doesNotContain(cursor.token());
  }

  @Provide
  Arbitrary<List<String>> keyLists() {
    Arbitrary<String> key =
        Arbitraries.strings()
            .withCharRange('\u0001', '\uD7FF')
            .withCharRange('\uE000', '\uFFFD')
            .ofMinLength(1)
            .ofMaxLength(40);
    return key.list().ofMinSize(1).ofMaxSize(5);
  }
}
