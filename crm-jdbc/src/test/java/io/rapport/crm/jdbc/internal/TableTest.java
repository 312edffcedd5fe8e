package io.rapport.crm.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.lead.LeadStatus;
import org.junit.jupiter.api.Test;

class TableTest {
  private static final Table ITEM = Table.of("rapport_item", "tenant_id", "id", "version", "name");

  @Test
  void insert_declaredColumns_namesEveryColumnWithOneMarkerEach() {
    // when
    String insert = ITEM.insert();

    // then
    assertThat(insert)
        .isEqualTo("INSERT INTO rapport_item (tenant_id, id, version, name) VALUES (?, ?, ?, ?)");
  }

  @Test
  void updateSet_keysLeftOut_setsTheOtherColumnsInDeclaredOrder() {
    // when
    String set = ITEM.updateSet("tenant_id", "id");

    // then
    assertThat(set).isEqualTo("version = ?, name = ?");
  }

  @Test
  void list_aliasAndExclusions_prefixesTheRemainingColumns() {
    // when
    String list = ITEM.list("i.", "tenant_id");

    // then
    assertThat(list).isEqualTo("i.id, i.version, i.name");
  }

  @Test
  void list_noAlias_namesEveryColumnButTheExcludedInDeclaredOrder() {
    // when
    String list = ITEM.list("", "tenant_id", "version");

    // then
    assertThat(list).isEqualTo("id, name");
  }

  @Test
  void updateSet_undeclaredColumn_isRefused() {
    // when / then
    assertThatThrownBy(() -> ITEM.updateSet("tenant_id", "idd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rapport_item declares no column idd");
  }

  @Test
  void placeholders_fourColumns_areFourMarkers() {
    // when / then
    assertThat(ITEM.placeholders()).isEqualTo("?, ?, ?, ?");
  }

  @Test
  void enumList_openLeadStatuses_followsTheEnumsOwnDefinition() {
    // when
    String open = EnumLiterals.list(LeadStatus.class, LeadStatus::open);

    // then
    assertThat(open).isEqualTo("'NEW', 'CONTACTED', 'QUALIFIED'");
  }

  @Test
  void enumList_givenConstants_quotesEachInOrder() {
    // when / then
    assertThat(EnumLiterals.list(LeadStatus.CONVERTED, LeadStatus.NEW))
        .isEqualTo("'CONVERTED', 'NEW'");
  }
}
