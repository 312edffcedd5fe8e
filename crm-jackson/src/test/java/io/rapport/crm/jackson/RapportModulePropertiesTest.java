package io.rapport.crm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.common.Money;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RapportModulePropertiesTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(RapportModule.unmasked());

  @Property(tries = 200)
  void money_anyAmountAndCurrency_roundTripsExactly(@ForAll("money") Money money) throws Exception {
    // when
    Money read = mapper.readValue(mapper.writeValueAsString(money), Money.class);

    // then
    assertThat(read).isEqualTo(money);
    assertThat(read.amount().scale()).isEqualTo(money.amount().scale());
  }

  @Property(tries = 200)
  void typedIds_anyUuid_roundTripAsTheirString(@ForAll("uuids") UUID uuid) throws Exception {
    // given
    CustomerId customer = new CustomerId(uuid);
    LeadId lead = new LeadId(uuid);

    // when
    String json = mapper.writeValueAsString(customer);

    // then
    assertThat(json).isEqualTo("\"" + uuid + "\"");
    assertThat(mapper.readValue(json, CustomerId.class)).isEqualTo(customer);
    assertThat(mapper.readValue(mapper.writeValueAsString(lead), LeadId.class)).isEqualTo(lead);
  }

  @Provide
  Arbitrary<Money> money() {
    Arbitrary<Currency> currencies =
        Arbitraries.of("EUR", "USD", "JPY", "BHD", "CHF", "GBP").map(Currency::getInstance);
    return currencies.flatMap(
        currency ->
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-1e15"), new BigDecimal("1e15"))
                .ofScale(Math.max(currency.getDefaultFractionDigits(), 0))
                .map(amount -> Money.of(amount, currency)));
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return Arbitraries.longs().tuple2().map(pair -> new UUID(pair.get1(), pair.get2()));
  }
}
