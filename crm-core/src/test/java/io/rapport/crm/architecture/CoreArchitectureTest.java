package io.rapport.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of crm-core, checked on its compiled classes (target/classes): the module
 * rules every module follows ({@link ModulePolicy}), plus crm-core's own.
 */
class CoreArchitectureTest {
  private static final String ROOT = "io/rapport/crm/";

  /** Value enums of party that segment criteria select by (checked on their own below). */
  private static final Pattern SEGMENT_VOCABULARY =
      Pattern.compile(
          "io/rapport/crm/campaign/\\S+ \\(campaign\\) refers to"
              + " io/rapport/crm/party/(CustomerStatus|PartyKind)");

  /** A launch's outcome counts the candidates it dropped per consent reason, a compliance value. */
  private static final Pattern LAUNCH_EXCLUSIONS =
      Pattern.compile(
          "io/rapport/crm/campaign/LaunchResult \\(campaign\\) refers to"
              + " io/rapport/crm/compliance/ConsentReason");

  private static List<ClassFile> classes;

  @BeforeAll
  static void readCompiledClasses() throws URISyntaxException {
    Path location =
        Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(location).as("crm-core main classes must be a directory").isDirectory();
    assertThat(Files.exists(location.resolve("io/rapport/crm/party/Customer.class"))).isTrue();
    classes = ArchitectureRules.classesUnder(location);
  }

  @Test
  void scan_readsEveryContext() {
    // then: guards against a vacuous pass over an empty or wrong directory
    assertThat(classes).hasSizeGreaterThan(40);
    assertThat(classes)
        .extracting(ClassFile::name)
        .contains(
            "io/rapport/crm/common/Money",
            "io/rapport/crm/party/Customer",
            "io/rapport/crm/compliance/AuditChain",
            "io/rapport/crm/common/pii/EmailAddress");
    assertThat(ArchitectureRules.references(classes, ROOT + "party/", ROOT + "common/"))
        .isNotEmpty();
  }

  @Test
  void partyAndCompliance_referToEachOtherOnlyThroughIds() {
    // when: consent names its subject by CustomerId; nothing else may cross
    Set<String> partyToCompliance =
        ArchitectureRules.references(classes, ROOT + "party/", ROOT + "compliance/");
    Set<String> complianceToParty =
        ArchitectureRules.references(classes, ROOT + "compliance/", ROOT + "party/");

    // then
    assertThat(partyToCompliance).isEmpty();
    assertThat(complianceToParty)
        .isNotEmpty()
        .allSatisfy(reference -> assertThat(reference).endsWith("Id"));
  }

  @Test
  void campaign_readsPartyOnlyThroughIdsAndTheEnumsSegmentsSelectBy() {
    // when
    Set<String> campaignToParty =
        ArchitectureRules.references(classes, ROOT + "campaign/", ROOT + "party/");

    // then: segment criteria compare CustomerStatus and PartyKind values, never party aggregates
    assertThat(campaignToParty)
        .allSatisfy(
            reference ->
                assertThat(reference)
                    .matches(".*-> io/rapport/crm/party/(CustomerId|CustomerStatus|PartyKind)"));
  }

  @Test
  void contexts_reachEachOtherOnlyThroughIdsAndCommon() {
    // when
    List<String> violations =
        ArchitectureRules.crossContextReferences(classes, ROOT, Set.of("common")).stream()
            .filter(v -> !SEGMENT_VOCABULARY.matcher(v).matches())
            .filter(v -> !LAUNCH_EXCLUSIONS.matcher(v).matches())
            .toList();

    // then
    assertThat(violations).isEmpty();
  }

  @Test
  void core_refersOnlyToTheJdkAndHipparchusInAnalytics() {
    // when
    List<String> violations = ArchitectureRules.nonJdkReferences(classes, ROOT, "analytics/");

    // then
    assertThat(violations).isEmpty();
    assertThat(ArchitectureRules.references(classes, ROOT + "analytics/", "org/hipparchus/"))
        .as("the scan sees the analytics' Hipparchus use")
        .isNotEmpty();
  }

  @Test
  void core_usesNoIoAndNoWallClockOrRandomIds() {
    // when
    List<String> violations = ArchitectureRules.forbiddenReferences(classes);

    // then
    assertThat(violations).isEmpty();
  }

  @Test
  void core_followsTheModuleRules() {
    // when: no Spring, Jackson, Micrometer or JDBC; no upper layer; injected time and ids
    List<String> violations = ModulePolicy.violationsOf("crm-core", Money.class);

    // then
    assertThat(violations).isEmpty();
  }
}
