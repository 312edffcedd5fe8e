package io.rapport.crm.lead;

import static io.rapport.crm.lead.ConversionBuilder.aConversion;
import static io.rapport.crm.lead.LeadFixtures.CAPTURED;
import static io.rapport.crm.lead.LeadFixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeadTest {
  private static final CustomerId ADA = new CustomerId(new UUID(1, 1));

  @Test
  void lifecycle_newContactedQualifiedConverted_movesThroughEachStatus() {
    // given
    OpenLead lead = aLead(1);
    LeadConversion conversion = aConversion().intoNewCustomer(ADA).withKey("k").build();

    // when
    ConvertedLead converted = lead.contacted(CAPTURED).qualified(CAPTURED).converted(conversion);

    // then
    assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(converted.conversion()).isEqualTo(conversion);
    assertThat(converted.version()).isEqualTo(1);
  }

  @Test
  void converted_fromNew_isRefusedNamingBothStatuses() {
    // given
    OpenLead lead = aLead(2);
    LeadConversion conversion = aConversion().intoNewCustomer(ADA).withKey("k").build();

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
    assertThat(lead)
        .isInstanceOfSatisfying(
            DisqualifiedLead.class,
            disqualified -> assertThat(disqualified.reason()).isEqualTo("no budget"));
    assertThatThrownBy(() -> lead.requireOpen(LeadStatus.CONTACTED).contacted(CAPTURED))
        .isInstanceOf(IllegalLeadTransitionException.class)
        .hasMessage("Lead " + lead.id() + " cannot move from DISQUALIFIED to CONTACTED");
    assertThatThrownBy(
            () ->
                lead.requireOpen()
                    .assigned(new LeadAssignment(EmployeeId.of("a"), "r", "x", CAPTURED)))
        .isInstanceOf(IllegalLeadTransitionException.class)
        .hasMessage("Lead " + lead.id() + " is DISQUALIFIED and can no longer change");
  }

  @Test
  void disqualified_blankReason_isRefused() {
    // given
    OpenLead lead = aLead(4);

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

  @ParameterizedTest
  @EnumSource(
      value = LeadStatus.class,
      names = {"DISQUALIFIED", "CONVERTED"})
  void openLead_closedStatus_cannotBeBuilt(LeadStatus status) {
    // given
    OpenLead lead = aLead(6);

    // when / then
    assertThatThrownBy(() -> new OpenLead(lead.id(), 1, status, lead.profile(), lead.updatedAt()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("status of an open lead must be NEW, CONTACTED or QUALIFIED");
  }

  @Test
  void mergedInto_itself_isRefusedNamingTheField() {
    // given
    OpenLead lead = aLead(7);

    // when / then
    assertThatThrownBy(() -> lead.mergedInto(lead.id(), CAPTURED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a lead cannot be merged into itself");
    assertThatThrownBy(
            () ->
                new DisqualifiedLead(
                    lead.id(), 1, lead.profile(), "merged", lead.id(), lead.updatedAt()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a lead cannot be merged into itself");
  }

  @Test
  void scored_convertedLead_staysConvertedWithTheScore() {
    // given
    ConvertedLead converted =
        aLead(8).qualified(CAPTURED).converted(aConversion().intoNewCustomer(ADA).build());
    LeadScore score = new LeadScore(70, "rules:v1", List.of("hasEmail"), CAPTURED);

    // when
    ConvertedLead scored = converted.scored(score);

    // then
    assertThat(scored.score()).isEqualTo(score);
    assertThat(scored.conversion()).isEqualTo(converted.conversion());
    assertThat(scored.status()).isEqualTo(LeadStatus.CONVERTED);
  }

  @Test
  void absorbing_otherLead_fillsOnlyTheMissingContactDetails() {
    // given
    OpenLead bare =
        aLead(
            9,
            ProductType.MORTGAGE,
            SourceKind.WEB_FORM,
            new LeadContact("Grace Hopper", null, null, null, "SW1A 1AA"));
    OpenLead full = aLead(10);

    // when
    OpenLead merged = bare.absorbing(full, CAPTURED);

    // then
    assertThat(merged.contact().email()).isEqualTo(full.contact().email());
    assertThat(merged.contact().phone()).isEqualTo(full.contact().phone());
    assertThat(merged.contact().postcode()).isEqualTo("SW1A 1AA");
    assertThat(merged.id()).isEqualTo(bare.id());
  }
}
