package io.rapport.crm.lead;

import static io.rapport.crm.lead.LeadFixtures.CAPTURED;
import static io.rapport.crm.lead.LeadFixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.party.CustomerId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeadTest {

  @Test
  void lifecycle_newContactedQualifiedConverted_movesThroughEachStatus() {
    // given
    Lead lead = aLead(1);
    LeadConversion conversion =
        new LeadConversion(new CustomerId(new UUID(1, 1)), true, null, "k", null, null, CAPTURED);

    // when
    Lead converted = lead.contacted(CAPTURED).qualified(CAPTURED).converted(conversion);

    // then
    assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(converted.conversion()).isEqualTo(conversion);
    assertThat(converted.version()).isEqualTo(1);
  }

  @Test
  void converted_fromNew_isRefusedNamingBothStatuses() {
    // given
    Lead lead = aLead(2);
    LeadConversion conversion =
        new LeadConversion(new CustomerId(new UUID(1, 1)), true, null, "k", null, null, CAPTURED);

    // when / then
    assertThatThrownBy(() -> lead.converted(conversion))
        .isInstanceOf(IllegalLeadTransitionException.class)
        .hasMessage("Lead " + lead.id() + " cannot move from NEW to CONVERTED");
  }

  @ParameterizedTest
  @EnumSource(
      value = LeadStatus.class,
      names = {"DISQUALIFIED", "CONVERTED"})
  void finalStatus_allowsNoFurtherMove(LeadStatus status) {
    // given / when / then
    assertThat(status.next()).isEmpty();
    assertThat(status.open()).isFalse();
  }

  @Test
  void disqualified_thenContacted_isRefused() {
    // given
    Lead lead = aLead(3).disqualified("no budget", CAPTURED);

    // when / then
    assertThat(lead.disqualification()).isEqualTo("no budget");
    assertThatThrownBy(() -> lead.contacted(CAPTURED))
        .isInstanceOf(IllegalLeadTransitionException.class);
    assertThatThrownBy(
            () -> lead.assigned(new LeadAssignment(EmployeeId.of("a"), "r", "x", CAPTURED)))
        .isInstanceOf(IllegalLeadTransitionException.class);
  }

  @Test
  void disqualified_blankReason_isRefused() {
    // given
    Lead lead = aLead(4);

    // when / then
    assertThatThrownBy(() -> lead.disqualified(" ", CAPTURED))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void toString_showsNoPersonalData() {
    // given
    Lead lead = aLead(5);

    // when
    String text = lead.toString();

    // then
    assertThat(text)
        .doesNotContain("Grace")
        .doesNotContain("Hopper")
        .doesNotContain("grace@example.com")
        .doesNotContain("+442079460999")
        .doesNotContain("1986")
        .doesNotContain("EC1A")
        .contains("key-5");
  }

  @Test
  void source_referralWithoutReferrer_isRefused() {
    // given / when / then
    assertThatThrownBy(() -> new LeadSource(SourceKind.CUSTOMER_REFERRAL, null, null, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("CUSTOMER_REFERRAL");
  }
}
