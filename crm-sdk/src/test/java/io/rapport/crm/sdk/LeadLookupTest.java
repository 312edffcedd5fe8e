package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code leads().get} and {@code find}, consistent with {@code customers().get} and find. */
class LeadLookupTest extends SdkFixture {

  private Lead captured(String key) {
    return crm.leads()
        .capture(
            caller,
            CaptureLead.builder(key, SourceKind.WEB_FORM, ProductType.SAVINGS, "Bo Lee").build())
        .lead();
  }

  @Test
  void get_ownLead_returnsItInItsCurrentState() {
    // given
    Lead lead = captured("get-1");
    DisqualifiedLead disqualified =
        crm.leads().disqualify(caller, lead.id(), lead.version(), "no need");

    // when
    Lead found = crm.leads().get(caller, lead.id());

    // then
    assertThat(lead).isInstanceOf(OpenLead.class);
    assertThat(found).isEqualTo(disqualified);
    assertThat(crm.leads().find(caller, lead.id())).contains(disqualified);
  }

  @Test
  void get_otherTenantsOrUnknownLead_throwsLeadNotFoundLikeCustomersGet() {
    // given
    Lead lead = captured("get-2");
    Caller other = Caller.of(TenantId.of("t-other-" + UUID.randomUUID()), caller.actor());
    LeadId unknown = new LeadId(UUID.randomUUID());

    // when / then
    assertThatThrownBy(() -> crm.leads().get(other, lead.id()))
        .isInstanceOfSatisfying(
            LeadNotFoundException.class, e -> assertThat(e.id()).isEqualTo(lead.id()));
    assertThatThrownBy(() -> crm.leads().get(caller, unknown))
        .isInstanceOf(LeadNotFoundException.class);
    assertThat(crm.leads().find(other, lead.id())).isEmpty();
  }

  @Test
  void get_nullId_isRefusedNamingTheArgument() {
    // when / then
    assertThatThrownBy(() -> crm.leads().get(caller, null))
        .isInstanceOfSatisfying(
            CommandValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("id"));
  }
}
