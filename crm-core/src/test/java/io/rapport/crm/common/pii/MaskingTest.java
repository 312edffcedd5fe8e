package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void keepLast_showsAtMostTheRequestedTailAndNeverMoreThanHalf() {
    // when / then
    assertThat(Masking.keepLast("12345678", 2)).isEqualTo("******78");
    assertThat(Masking.keepLast("12345678", 4)).isEqualTo("****5678");
    assertThat(Masking.keepLast("abc", 4)).isEqualTo("**c");
    assertThat(Masking.keepLast("a", 4)).isEqualTo("*");
    assertThat(Masking.keepLast("", 4)).isEmpty();
    assertThat(Masking.keepLast(null, 4)).isNull();
  }

  @Test
  void text_showsFirstCodePointAndLength() {
    // when / then
    assertThat(Masking.text("Alice Example")).isEqualTo("A***(13)");
    assertThat(Masking.text("😀bc")).isEqualTo("😀***(4)");
    assertThat(Masking.text("")).isEmpty();
    assertThat(Masking.text(null)).isNull();
  }
}
