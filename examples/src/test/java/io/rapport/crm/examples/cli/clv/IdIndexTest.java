package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** {@link IdIndex} numbers ids densely in first-seen order, through its growth. */
class IdIndexTest {
  @Property(tries = 200)
  void indexOf_anyIds_numbersThemInFirstSeenOrder(
      @ForAll @Size(max = 3000) List<@StringLength(max = 3) String> ids) {
    // given
    IdIndex index = new IdIndex();
    Map<String, Integer> expected = new LinkedHashMap<>();

    // when
    for (String id : ids) {
      expected.putIfAbsent(id, expected.size());
      assertThat(index.indexOf(id)).isEqualTo(expected.get(id));
    }

    // then
    assertThat(index.size()).isEqualTo(expected.size());
    expected.forEach((id, number) -> assertThat(index.id(number)).isEqualTo(id));
  }
}
