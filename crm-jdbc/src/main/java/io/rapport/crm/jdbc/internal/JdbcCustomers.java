package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.spi.CustomerRepository;
import io.rapport.crm.spi.StorageException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CustomerRepository} over one {@link JdbcUnit}. A customer is read with one statement;
 * {@link #insertAll} sends ceil(n / batch size) batches per table.
 */
final class JdbcCustomers implements CustomerRepository {
  private static final String TYPE = "customer";
  private static final String FIND =
      """
      SELECT %s FROM rapport_customer c
      WHERE c.tenant_id = ? AND c.id = ?"""
          .formatted(CustomerRows.COLUMNS);
  private static final String FIND_ALL =
      """
      SELECT %s FROM rapport_customer c
      WHERE %%s"""
          .formatted(CustomerRows.COLUMNS);
  private static final String BY_CONTACT_KEY =
      """
      SELECT %s FROM rapport_customer c
      WHERE c.tenant_id = ?
        AND c.id IN (
          SELECT k.customer_id FROM rapport_customer_contact_key k
          WHERE k.tenant_id = ? AND k.channel = ? AND k.normalized_value = ?)%%s
      ORDER BY c.id"""
          .formatted(CustomerRows.COLUMNS);

  private final JdbcUnit unit;

  JdbcCustomers(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Customer customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, TYPE);
    List<Customer> one = List.of(customer);
    sql.write(
        "insert a customer",
        true, // the customer row and its name keys at least
        () -> insertRows(sql, tenant, one),
        () -> new DuplicateRecordException(TYPE, customer.id()));
  }

  @Override
  public void insertAll(TenantId tenant, List<Customer> customers) {
    Sql sql = unit.enter(tenant);
    List<Customer> rows = Checks.list(customers, "customers");
    Set<CustomerId> ids = new HashSet<>();
    for (Customer customer : rows) {
      if (!ids.add(customer.id())) {
        throw new DuplicateRecordException(TYPE, customer.id());
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    sql.write(
        "insert customers",
        true,
        () -> insertRows(sql, tenant, rows),
        () -> duplicateOf(sql, tenant, rows.stream().map(Customer::id).toList()));
  }

  private static Void insertRows(Sql sql, TenantId tenant, List<Customer> customers)
      throws SQLException {
    sql.batch(CustomerRows.INSERT, customers, (p, c) -> CustomerRows.bindInsert(p, tenant, c));
    writeIndexRows(sql, tenant, customers);
    return null;
  }

  private static void writeIndexRows(Sql sql, TenantId tenant, List<Customer> customers)
      throws SQLException {
    sql.batch(
        CustomerRows.INSERT_TAG,
        CustomerRows.tagRows(customers),
        (p, row) -> CustomerRows.bindTag(p, tenant, row));
    sql.batch(
        CustomerRows.INSERT_CONTACT_KEY,
        CustomerRows.contactKeyRows(customers),
        (p, row) -> CustomerRows.bindContactKey(p, tenant, row));
    sql.batch(
        CustomerRows.INSERT_NAME_KEY,
        CustomerRows.nameKeyRows(customers),
        (p, row) -> CustomerRows.bindNameKey(p, tenant, row));
  }

  /** The exception for a refused batch: names the first id (in id order) that is taken. */
  private static RuntimeException duplicateOf(Sql sql, TenantId tenant, List<CustomerId> ids)
      throws SQLException {
    Optional<String> taken = TakenIds.first(sql, "rapport_customer", tenant, ids);
    if (taken.isPresent()) {
      return new DuplicateRecordException(TYPE, CustomerId.of(taken.get()));
    }
    return new StorageException(
        "Storage failed to insert customers: a unique key was refused but no id is taken now;"
            + " retry the unit of work");
  }

  @Override
  public Customer update(TenantId tenant, Customer customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, TYPE);
    Customer updated = customer.toBuilder().version(customer.version() + 1).build();
    List<Customer> one = List.of(updated);
    return sql.write(
        "update a customer",
        true,
        () -> {
          if (sql.update(CustomerRows.UPDATE, p -> CustomerRows.bindUpdate(p, tenant, customer))
              == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_customer",
                tenant,
                customer.id(),
                new CustomerNotFoundException(customer.id()),
                new ConcurrentUpdateException(TYPE, customer.id(), customer.version()));
          }
          sql.update(CustomerRows.DELETE_TAGS, p -> p.id(tenant).id(customer.id()));
          sql.update(CustomerRows.DELETE_CONTACT_KEYS, p -> p.id(tenant).id(customer.id()));
          sql.update(CustomerRows.DELETE_NAME_KEYS, p -> p.id(tenant).id(customer.id()));
          writeIndexRows(sql, tenant, one);
          return updated;
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, customer.id(), customer.version()));
  }

  @Override
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a customer",
        () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), CustomerRows::read));
  }

  @Override
  public List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids, RecordFilter filter) {
    Sql sql = unit.enter(tenant);
    AccessSql access = AccessSql.of(filter);
    List<CustomerId> wanted = new ArrayList<>(new LinkedHashSet<>(Checks.list(ids, "ids")));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return sql.read(
        "find customers",
        () -> {
          List<Customer> found = new ArrayList<>();
          for (List<CustomerId> chunk : InLists.chunks(wanted, sql.batchSize())) {
            found.addAll(
                sql.query(
                    FIND_ALL.formatted(
                        InLists.keyIn(sql.dialect(), "c.", "id", chunk.size())
                            + access.andCondition()),
                    p -> {
                      InLists.bindKeys(p, sql.dialect(), tenant, chunk);
                      access.bind(p);
                    },
                    CustomerRows::read));
          }
          found.sort(Comparator.comparing(customer -> customer.id().toString()));
          return found;
        });
  }

  @Override
  public List<Customer> findByEmail(TenantId tenant, EmailAddress email, RecordFilter filter) {
    Checks.notNull(email, "email");
    return byContactKey(tenant, ContactChannel.EMAIL, email.normalized(), AccessSql.of(filter));
  }

  @Override
  public List<Customer> findByPhone(TenantId tenant, PhoneNumber phone, RecordFilter filter) {
    Checks.notNull(phone, "phone");
    return byContactKey(tenant, ContactChannel.PHONE, phone.normalized(), AccessSql.of(filter));
  }

  private List<Customer> byContactKey(
      TenantId tenant, ContactChannel channel, String value, AccessSql access) {
    Sql sql = unit.enter(tenant);
    return sql.read(
        "find customers by contact point",
        () ->
            sql.query(
                BY_CONTACT_KEY.formatted(access.andCondition()),
                p -> {
                  p.id(tenant).id(tenant).text(channel.name()).text(value);
                  access.bind(p);
                },
                CustomerRows::read));
  }

  @Override
  public Page<Customer> search(
      TenantId tenant, CustomerQuery query, PageRequest page, RecordFilter filter) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(query, "query");
    Checks.notNull(page, "page");
    CustomerSearch search = new CustomerSearch(tenant, query, page, AccessSql.of(filter));
    return sql.read("search customers", () -> search.run(sql));
  }

  @Override
  public long count(TenantId tenant, RecordFilter filter) {
    Sql sql = unit.enter(tenant);
    AccessSql access = AccessSql.of(filter);
    return sql.read(
        "count customers",
        () ->
            sql.queryFirst(
                    "SELECT COUNT(*) FROM rapport_customer c WHERE c.tenant_id = ?"
                        + access.andCondition(),
                    p -> {
                      p.id(tenant);
                      access.bind(p);
                    },
                    row -> row.getLong(1))
                .orElse(0L));
  }
}
