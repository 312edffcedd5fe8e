package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 500, PageRequest.MAX_LIMIT})
  void first_limitWithinRange_isAccepted(int limit) {
    // when
    PageRequest request = PageRequest.first(limit);

    // then
    assertThat(request.limit()).isEqualTo(limit);
    assertThat(request.after()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_LIMIT + 1, Integer.MAX_VALUE})
  void first_limitOutOfRange_isRefusedNamingLimit(int limit) {
    // when / then
    assertThatThrownBy(() -> PageRequest.first(limit))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"))
        .hasMessage("limit must be 1..1000");
  }

  @Test
  void after_nullCursor_isRefusedNamingCursor() {
    // when / then
    assertThatThrownBy(() -> PageRequest.after(null, 10))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("cursor must not be null");
  }

  @Test
  void next_keepsLimitAndTakesCursor() {
    // given
    PageRequest first = PageRequest.first(25);
    Cursor cursor = Cursor.of(List.of("k"));

    // when
    PageRequest next = first.next(cursor);

    // then
    assertThat(next.limit()).isEqualTo(25);
    assertThat(next.after()).isEqualTo(cursor);
  }

  @Test
  void page_copiesItemsAndReportsNext() {
    // given
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Cursor cursor = Cursor.of(List.of("b"));

    // when
    Page<String> page = new Page<>(items, cursor);
    Page<String> last = new Page<>(List.of("c"), null);
    items.add("c");

    // then
    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextCursor()).contains(cursor);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.nextCursor()).isEmpty();
  }
}
