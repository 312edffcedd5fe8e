package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sample.SampleSales.LeadFate;
import io.rapport.crm.sample.SampleSales.OpportunityPlan;
import io.rapport.crm.sample.SampleSales.Step;
import io.rapport.crm.sample.SampleSales.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleSalesTest {
  private static final SampleBank BANK = SampleBank.generate(SampleBankSpec.of(7, 1_200));
  private static final SampleSales SALES = SampleSales.generate(BANK);
  private static final Set<CustomerId> CUSTOMERS =
      BANK.customers().stream().map(Customer::id).collect(Collectors.toSet());

  @Test
  void generate_sameBank_givesEqualData() {
    // when
    SampleSales again = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, 1_200)));

    // then
    assertThat(again).isEqualTo(SALES);
  }

  @Test
  void generate_otherSeed_givesOtherData() {
    // when
    SampleSales other = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(8, 1_200)));

    // then
    assertThat(other.leads()).isNotEqualTo(SALES.leads());
    assertThat(other.finance()).isNotEqualTo(SALES.finance());
  }

  @Test
  void leads_mixedSourcesUniqueKeys_someDuplicatesOfCustomersAndEveryFate() {
    // then
    assertThat(SALES.leads()).hasSize(120);
    assertThat(SALES.leads().stream().map(SampleSales.LeadForm::key).distinct()).hasSize(120);
    assertThat(SALES.leads().stream().map(SampleSales.LeadForm::source).distinct())
        .contains(SourceKind.CUSTOMER_REFERRAL, SourceKind.CAMPAIGN_RESPONSE, SourceKind.WEB_FORM);
    assertThat(SALES.leads().stream().map(SampleSales.LeadForm::fate).distinct())
        .containsExactlyInAnyOrder(LeadFate.values());
    assertThat(SALES.leads())
        .filteredOn(l -> l.duplicateOf() != null)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(CUSTOMERS).contains(l.duplicateOf()));
    assertThat(SALES.leads())
        .allSatisfy(l -> assertThat(l.email() != null || l.phone() != null).isTrue())
        .allSatisfy(l -> assertThat(l.capturedAt()).isBefore(BANK.spec().referenceTime()))
        .allSatisfy(
            l ->
                assertThat(l.referrer() != null)
                    .isEqualTo(l.source() == SourceKind.CUSTOMER_REFERRAL))
        .allSatisfy(
            l -> assertThat(l.reason() != null).isEqualTo(l.fate() == LeadFate.DISQUALIFIED));
    assertThat(SALES.leads().toString()).doesNotContain("@");
  }

  @Test
  void opportunities_historiesAreOrderedWithinTheLast18MonthsAndReferToCustomers() {
    // given
    Instant reference = BANK.spec().referenceTime();
    Set<String> pipelines =
        SALES.pipelines().stream().map(SampleSales.PipelinePlan::name).collect(Collectors.toSet());

    // then
    assertThat(SALES.opportunities()).hasSize(100);
    for (OpportunityPlan plan : SALES.opportunities()) {
      assertThat(CUSTOMERS).contains(plan.customer());
      assertThat(pipelines).contains(plan.pipeline());
      assertThat(plan.openedAt()).isAfter(reference.minusSeconds(541L * 86_400));
      Instant previous = plan.openedAt();
      for (Step step : plan.steps()) {
        assertThat(step.at()).isAfter(previous).isBefore(reference);
        previous = step.at();
      }
    }
    Map<StepKind, Long> kinds =
        SALES.opportunities().stream()
            .flatMap(p -> p.steps().stream())
            .collect(Collectors.groupingBy(Step::kind, Collectors.counting()));
    assertThat(kinds.get(StepKind.REOPEN)).isEqualTo(1L);
    assertThat(kinds).containsKeys(StepKind.MOVE, StepKind.WIN, StepKind.LOSE);
    assertThat(SALES.opportunities().stream().map(OpportunityPlan::currency).distinct())
        .containsExactlyInAnyOrder("EUR", "GBP");
  }

  @Test
  void campaign_touchesOnlyGrantedCustomersOfTheSegment_withOneUnsubscribe() {
    // given
    SampleSales.CampaignPlan campaign = SALES.campaign();
    Map<CustomerId, Customer> byId =
        BANK.customers().stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    long tagged =
        BANK.customers().stream().filter(c -> c.tags().contains(campaign.segmentTag())).count();

    // then
    assertThat(campaign.expectedCandidates()).isEqualTo(tagged);
    long excluded = campaign.expectedExclusions().values().stream().mapToLong(v -> v).sum();
    assertThat(campaign.touches()).hasSize((int) (tagged - excluded));
    assertThat(campaign.touches())
        .allSatisfy(t -> assertThat(byId.get(t.customer()).tags()).contains(campaign.segmentTag()));
    assertThat(campaign.touches())
        .filteredOn(t -> t.path().contains(MemberStatus.UNSUBSCRIBED))
        .hasSize(1);
    assertThat(campaign.touches())
        .allSatisfy(
            t ->
                assertThat(t.value() != null).isEqualTo(t.path().contains(MemberStatus.CONVERTED)));
    Set<CustomerId> consented = new HashSet<>();
    SALES.consents().forEach(c -> consented.add(c.customer()));
    assertThat(consented).containsAll(campaign.touches().stream().map(t -> t.customer()).toList());
    assertThat(SALES.consents().stream().map(SampleSales.ConsentStep::action).distinct())
        .containsExactlyInAnyOrder(ConsentAction.values());
    assertThat(SALES.consents())
        .allSatisfy(
            c ->
                assertThat(c.at())
                    .isBefore(campaign.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  @Test
  void finance_twoYearsOfUniqueKeyedRows_withRepeatPurchases() {
    // given
    LocalDate reference = BANK.spec().referenceDate();
    List<SampleSales.FinanceRow> purchases =
        SALES.finance().stream().filter(SampleSales.FinanceRow::purchase).toList();

    // then
    assertThat(SALES.finance().stream().map(SampleSales.FinanceRow::key).distinct())
        .hasSize(SALES.finance().size());
    assertThat(SALES.finance())
        .allSatisfy(r -> assertThat(CUSTOMERS).contains(r.customer()))
        .allSatisfy(
            r ->
                assertThat(r.day())
                    .isBefore(reference)
                    .isAfter(reference.minusYears(2).minusDays(30)))
        .allSatisfy(r -> assertThat(r.amount().signum()).isPositive());
    Map<CustomerId, Long> perCustomer =
        purchases.stream()
            .collect(
                Collectors.groupingBy(SampleSales.FinanceRow::customer, Collectors.counting()));
    assertThat(perCustomer.values().stream().filter(n -> n >= 2).count())
        .isGreaterThan(perCustomer.size() / 2);
  }
}
