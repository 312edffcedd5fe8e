package io.rapport.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Architecture rules of crm-core, checked on its compiled classes (target/classes). */
class CoreArchitectureTest {
  private static final String ROOT = "io/rapport/crm/";
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
  void partyAndCompliance_neverReferToEachOther() {
    // when
    Set<String> partyToCompliance =
        ArchitectureRules.references(classes, ROOT + "party/", ROOT + "compliance/");
    Set<String> complianceToParty =
        ArchitectureRules.references(classes, ROOT + "compliance/", ROOT + "party/");

    // then
    assertThat(partyToCompliance).isEmpty();
    assertThat(complianceToParty).isEmpty();
  }

  @Test
  void contexts_reachEachOtherOnlyThroughIdsAndCommon() {
    // when
    List<String> violations =
        ArchitectureRules.crossContextReferences(classes, ROOT, Set.of("common"));

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
}
