package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.SourceKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadConsentTest extends SdkFixture {

  private RecordConsent grant(LeadId lead) {
    return RecordConsent.of(
        ConsentSubject.lead(lead),
        ConsentPurpose.MARKETING,
        ConsentChannel.EMAIL,
        ConsentAction.GRANTED,
        "web-form",
        "mkt-1");
  }

  @Test
  void record_forStoredLead_isAppendedAndAllowsContact() {
    // given
    Lead lead =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder("k", SourceKind.WEB_FORM, ProductType.SAVINGS, "Grace Hopper")
                    .build())
            .lead();

    // when
    crm.consents().record(caller, grant(lead.id()));

    // then
    assertThat(
            crm.consents()
                .mayContact(
                    caller,
                    ConsentSubject.lead(lead.id()),
                    ConsentPurpose.MARKETING,
                    ConsentChannel.EMAIL,
                    clock.instant())
                .allowed())
        .isTrue();
  }

  @Test
  void record_forUnknownLead_throwsLeadNotFoundAndStoresNothing() {
    // given
    LeadId unknown = new LeadId(UUID.randomUUID());
    int entries = auditEntries().size();

    // when / then
    assertThatThrownBy(() -> crm.consents().record(caller, grant(unknown)))
        .isInstanceOf(LeadNotFoundException.class);
    assertThat(auditEntries()).hasSize(entries);
    assertThat(crm.consents().history(caller, ConsentSubject.lead(unknown)).records()).isEmpty();
  }
}
