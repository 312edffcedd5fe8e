package io.rapport.crm.examples.cli.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Decimals#fixed} writes what {@code String.format("%.Nf")} writes. */
class DecimalsTest {
  @Property(tries = 2000)
  void fixed_anyDouble_matchesFormatter(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double value,
      @ForAll @IntRange(min = 0, max = 8) int places) {
    assertThat(Decimals.fixed(value, places))
        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
  }

  @Test
  void fixed_edgeValues_matchFormatter() {
    double[] values = {
      0.0,
      -0.0,
      0.00005,
      -0.00004,
      0.5e-6,
      1.00005,
      2.5,
      1e-300,
      123456.78905,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      0.1 + 0.2,
      30.428571428571427,
      9.99995
    };
    for (double value : values) {
      for (int places : new int[] {4, 6}) {
        assertThat(Decimals.fixed(value, places))
            .as("%s to %s places", value, places)
            .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
      }
    }
  }
}
