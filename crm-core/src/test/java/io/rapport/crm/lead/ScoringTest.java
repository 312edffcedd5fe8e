package io.rapport.crm.lead;

import static io.rapport.crm.lead.ConversionBuilder.aConversion;
import static io.rapport.crm.lead.LeadFixtures.CAPTURED;
import static io.rapport.crm.lead.LeadFixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringTest {

  @Test
  void ruleSet_decayAndCaps_giveHandComputedScoreAndReasons() {
    // given: 40 points halving every 10 days, read 20 days later = 10; phone 30 + 30 capped at 35
    ScoringRuleSet rules =
        new ScoringRuleSet(
            "v1",
            5,
            35,
            List.of(
                ScoringRule.points("interest", "MORTGAGE", 40).decaying(Duration.ofDays(10)),
                ScoringRule.points("hasPhone", "yes", 30),
                ScoringRule.points("hasPhone", "yes", 30),
                ScoringRule.points("source", "EVENT", 50)));
    Lead lead = aLead(1);

    // when
    LeadScore score = rules.score(lead, CAPTURED.plus(Duration.ofDays(20)));

    // then: 5 + 10 + 35 = 50
    assertThat(score.value()).isEqualTo(50);
    assertThat(score.model()).isEqualTo("rules:v1");
    assertThat(score.reasons()).containsExactly("hasPhone=yes +35", "interest=MORTGAGE +10");
  }

  @Test
  void ruleSet_negativeTotal_isClampedAtZero() {
    // given
    ScoringRuleSet rules =
        new ScoringRuleSet("v1", 0, 100, List.of(ScoringRule.points("hasEmail", "yes", -60)));

    // when / then
    assertThat(rules.score(aLead(1), CAPTURED).value()).isZero();
  }

  @Test
  void naiveBayes_smallHistory_matchesHandComputedPosterior() {
    // given: 2 won mortgage leads, 1 lost mortgage and 1 lost savings lead (same other features)
    List<Lead> history = new ArrayList<>();
    history.add(won(aLead(1)));
    history.add(won(aLead(2)));
    history.add(aLead(3).disqualified("no", CAPTURED));
    history.add(
        aLead(4, ProductType.SAVINGS, SourceKind.WEB_FORM, LeadFixtures.grace())
            .disqualified("no", CAPTURED));
    NaiveBayesScorer model = NaiveBayesScorer.train("t", history);

    // when
    double p = model.probability(aLead(5));

    // then: prior won 3/6, lost 3/6; interest has 2 values: P(M|won) = 3/5, P(M|lost) = 2/5;
    // the five other features have one value each: P(v|won) = 3/4, P(v|lost) = 3/4 (cancel out)
    double won = 3.0 / 6 * 3.0 / 5;
    double lost = 3.0 / 6 * 2.0 / 5;
    assertThat(p).isCloseTo(won / (won + lost), within(1e-12));
    LeadScore score = model.score(aLead(5), CAPTURED);
    assertThat(score.value()).isEqualTo(60);
    assertThat(score.reasons().get(0)).isEqualTo("interest=MORTGAGE x1.50");
    assertThat(score.model()).isEqualTo("nb:t:2/2");
  }

  @Test
  void naiveBayes_sameHistory_givesTheSameScore() {
    // given
    List<Lead> history = List.of(won(aLead(1)), aLead(2).disqualified("no", CAPTURED));

    // when
    LeadScore first = NaiveBayesScorer.train("t", history).score(aLead(3), CAPTURED);
    LeadScore second = NaiveBayesScorer.train("t", history).score(aLead(3), CAPTURED);

    // then
    assertThat(first).isEqualTo(second);
  }

  private static Lead won(OpenLead lead) {
    CustomerId customer = new CustomerId(new UUID(9, lead.id().value().getLeastSignificantBits()));
    return lead.qualified(CAPTURED)
        .converted(aConversion().intoNewCustomer(customer).withKey("c").build());
  }
}
