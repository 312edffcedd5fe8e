package io.rapport.crm.spi;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** {@link Repositories} refuses a missing repository, naming it. */
class RepositoriesTest {

  @Test
  void create_missingRepository_isRejectedNamingIt() {
    // given
    Repositories complete = StubRepositories.create();

    // when / then
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Repositories(
                    complete.customers(),
                    complete.relationships(),
                    complete.households(),
                    complete.holdings(),
                    complete.leads(),
                    complete.pipelines(),
                    complete.opportunities(),
                    complete.stageHistory(),
                    complete.pipelineAnalytics(),
                    complete.audit(),
                    complete.outbox(),
                    complete.consents(),
                    complete.segments(),
                    complete.campaigns(),
                    complete.campaignMembers(),
                    complete.campaignMetrics(),
                    complete.financialEvents(),
                    complete.customerFinance(),
                    null,
                    complete.customerScores(),
                    complete.customerMerges(),
                    complete.retention(),
                    complete.personalData()))
        .withMessage("customerTenures");
  }
}
