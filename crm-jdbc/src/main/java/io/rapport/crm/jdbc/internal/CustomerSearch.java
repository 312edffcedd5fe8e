package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.Cursor;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One keyset page of a customer search as a single statement: the filters, {@code (sort_key, id) >
 * (last key, last id)} for the cursor, {@code ORDER BY sort_key, id} and {@code LIMIT n + 1} to
 * learn whether a next page exists. The name prefix is the byte range {@code [prefix, prefix with
 * its last byte + 1)} over the UTF-8 name keys of {@code rapport_customer_name_key} (the sort key
 * and its rest from each later name part), which needs no LIKE escaping and uses that table's
 * index; the matching customers are then sorted, so a page costs in proportion to the customers
 * matching the prefix (after the cursor), not to the tenant's size.
 */
final class CustomerSearch {
  private static final String SEARCH =
      """
      SELECT %s FROM rapport_customer c
      WHERE %%s
      ORDER BY c.sort_key, c.id
      LIMIT ?"""
          .formatted(CustomerRows.COLUMNS);
  private static final String NAME_PREFIX =
      """
      c.id IN (
          SELECT k.customer_id FROM rapport_customer_name_key k
          WHERE k.tenant_id = ? AND k.name_key >= ? AND k.name_key < ?)""";
  private static final String HAS_TAG =
      """
      EXISTS (
          SELECT 1 FROM rapport_customer_tag t
          WHERE t.tenant_id = c.tenant_id AND t.customer_id = c.id AND t.tag = ?)""";

  private final TenantId tenant;
  private final CustomerQuery query;
  private final PageRequest page;
  private final byte[] afterKey;
  private final CustomerId afterId;
  private final AccessSql access;

  /**
   * Decodes the cursor, if any.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the cursor is not a customer search's
   */
  CustomerSearch(TenantId tenant, CustomerQuery query, PageRequest page, AccessSql access) {
    this.tenant = tenant;
    this.access = access;
    this.query = query;
    this.page = page;
    if (page.after() == null) {
      this.afterKey = null;
      this.afterId = null;
    } else {
      List<String> keys = page.after().keys(2);
      this.afterKey = keys.get(0).getBytes(StandardCharsets.UTF_8);
      this.afterId = CustomerId.of(keys.get(1));
    }
  }

  Page<Customer> run(Sql sql) throws SQLException {
    List<String> conditions = new ArrayList<>();
    conditions.add("c.tenant_id = ?");
    if (query.namePrefix() != null) {
      conditions.add(NAME_PREFIX);
    }
    if (query.owner() != null) {
      conditions.add("c.owner_id = ?");
    }
    if (query.status() != null) {
      conditions.add("c.status = ?");
    }
    if (query.branch() != null) {
      conditions.add("c.branch_code = ?");
    }
    if (query.tag() != null) {
      conditions.add(HAS_TAG);
    }
    if (afterKey != null) {
      conditions.add("(c.sort_key > ? OR (c.sort_key = ? AND c.id > ?))");
    }
    if (access.restricts()) {
      conditions.add(access.condition());
    }
    String statement = SEARCH.formatted(String.join("\n  AND ", conditions));
    List<Customer> rows = sql.query(statement, this::bind, CustomerRows::read);
    if (rows.size() <= page.limit()) {
      return new Page<>(rows, null);
    }
    List<Customer> items = rows.subList(0, page.limit());
    Customer last = items.get(items.size() - 1);
    return new Page<>(
        items, Cursor.of(List.of(CustomerQuery.sortKey(last.displayName()), last.id().toString())));
  }

  private void bind(Params params) throws SQLException {
    params.id(tenant);
    if (query.namePrefix() != null) {
      byte[] low = query.namePrefix().getBytes(StandardCharsets.UTF_8);
      params.id(tenant).bytes(low).bytes(successor(low));
    }
    if (query.owner() != null) {
      params.id(query.owner());
    }
    if (query.status() != null) {
      params.text(query.status().name());
    }
    if (query.branch() != null) {
      params.id(query.branch());
    }
    if (query.tag() != null) {
      params.text(query.tag());
    }
    if (afterKey != null) {
      params.bytes(afterKey).bytes(afterKey).id(afterId);
    }
    access.bind(params);
    params.number(page.limit() + 1L);
  }

  /**
   * The least byte string greater than every string starting with {@code prefix}: the prefix with
   * its last byte incremented. UTF-8 never holds the byte 0xFF, so the increment never carries.
   */
  static byte[] successor(byte[] prefix) {
    byte[] next = Arrays.copyOf(prefix, prefix.length);
    next[next.length - 1]++;
    return next;
  }
}
