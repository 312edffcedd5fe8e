package io.rapport.crm.sdk;

import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.RetentionPolicy;
import io.rapport.crm.compliance.access.AccessPolicy;
import io.rapport.crm.sdk.internal.AccessGuard;
import io.rapport.crm.sdk.internal.CommandRunner;
import io.rapport.crm.sdk.internal.CustomerEraser;
import io.rapport.crm.sdk.internal.DefaultAnalytics;
import io.rapport.crm.sdk.internal.DefaultAudit;
import io.rapport.crm.sdk.internal.DefaultCampaigns;
import io.rapport.crm.sdk.internal.DefaultConsents;
import io.rapport.crm.sdk.internal.DefaultCustomers;
import io.rapport.crm.sdk.internal.DefaultDuplicates;
import io.rapport.crm.sdk.internal.DefaultFinance;
import io.rapport.crm.sdk.internal.DefaultHoldings;
import io.rapport.crm.sdk.internal.DefaultHouseholds;
import io.rapport.crm.sdk.internal.DefaultImports;
import io.rapport.crm.sdk.internal.DefaultLeads;
import io.rapport.crm.sdk.internal.DefaultOpportunities;
import io.rapport.crm.sdk.internal.DefaultPipelineReports;
import io.rapport.crm.sdk.internal.DefaultPipelines;
import io.rapport.crm.sdk.internal.DefaultPrivacy;
import io.rapport.crm.sdk.internal.DefaultRelationships;
import io.rapport.crm.sdk.internal.DefaultRetention;
import io.rapport.crm.sdk.internal.DefaultSegments;
import io.rapport.crm.sdk.internal.EventDispatcher;
import io.rapport.crm.sdk.internal.SubjectSealer;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.SubjectKeys;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The entry point of Rapport for host applications: one object per storage, shared by the whole
 * application.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().storage(storage).build();
 * Caller caller = Caller.of(TenantId.of("bank-a"), Actor.user("rm-17"));
 * Customer ada = crm.customers().register(caller, RegisterCustomer.person("Ada Lovelace").build());
 * }</pre>
 *
 * <p>Every change is validated first (all violations reported at once, nothing stored), then runs
 * in one unit of work of the storage together with its audit entries and its domain events; after
 * commit the events go to the {@link #events() listeners}. Thread-safe: the services hold no
 * per-call state.
 */
public final class Crm {
  /**
   * How long a customer merge can be undone unless {@link Builder#mergeUndoWindow} says: 30 days.
   */
  public static final Duration DEFAULT_MERGE_UNDO_WINDOW = Duration.ofDays(30);

  private final CrmStorage storage;
  private final Customers customers;
  private final Relationships relationships;
  private final Households households;
  private final Holdings holdings;
  private final Leads leads;
  private final Imports imports;
  private final Pipelines pipelines;
  private final Opportunities opportunities;
  private final PipelineReports pipelineReports;
  private final Audit audit;
  private final Consents consents;
  private final Segments segments;
  private final Campaigns campaigns;
  private final Finance finance;
  private final Analytics analytics;
  private final Privacy privacy;
  private final EventDispatcher events;
  private final Duplicates duplicates;
  private final Retention retention;

  private Crm(
      CrmStorage storage,
      Clock clock,
      IdSource ids,
      Validator validator,
      AccessGuard access,
      Duration undoWindow,
      List<RetentionPolicy> retentionPolicies,
      SubjectSealer sealer) {
    this.storage = storage;
    this.events = new EventDispatcher(storage);
    CommandRunner runner = new CommandRunner(storage, clock, ids, events, access, sealer);
    CommandValidator commands = new CommandValidator(validator);
    this.customers = new DefaultCustomers(runner, commands);
    this.relationships = new DefaultRelationships(runner, commands);
    this.households = new DefaultHouseholds(runner, commands);
    this.holdings = new DefaultHoldings(runner, commands);
    this.leads = new DefaultLeads(runner, commands);
    this.imports = new DefaultImports(runner);
    this.pipelines = new DefaultPipelines(runner, commands);
    this.opportunities = new DefaultOpportunities(runner, commands);
    this.pipelineReports = new DefaultPipelineReports(runner);
    this.audit = new DefaultAudit(storage, access, sealer);
    this.consents = new DefaultConsents(runner, commands);
    this.segments = new DefaultSegments(runner);
    this.campaigns = new DefaultCampaigns(runner, commands);
    this.finance = new DefaultFinance(runner, commands);
    this.analytics = new DefaultAnalytics(runner, consents);
    this.privacy = new DefaultPrivacy(runner);
    this.duplicates = new DefaultDuplicates(runner, undoWindow);
    this.retention =
        new DefaultRetention(runner, retentionPolicies, CustomerEraser.erasing(sealer));
  }

  /** A builder; only the storage is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Registering, changing and finding customers. */
  public Customers customers() {
    return customers;
  }

  /** Relationships between customers. */
  public Relationships relationships() {
    return relationships;
  }

  /** Households of customers. */
  public Households households() {
    return households;
  }

  /** Customers' products, refreshed from core banking. */
  public Holdings holdings() {
    return holdings;
  }

  /** Leads: capture, duplicates, scoring, assignment, lifecycle and conversion. */
  public Leads leads() {
    return leads;
  }

  /** Bulk loads of ready-made records. */
  public Imports imports() {
    return imports;
  }

  /** Sales pipelines and their versioned definitions. */
  public Pipelines pipelines() {
    return pipelines;
  }

  /** Opportunities: open, move, win, lose, reopen; their stage history. */
  public Opportunities opportunities() {
    return opportunities;
  }

  /** Forecast, win/loss, sales cycle, funnel, time in stage and velocity. */
  public PipelineReports pipelineReports() {
    return pipelineReports;
  }

  /** Customers' revenue, cost and purchase data from core banking, and its per-customer figures. */
  public Finance finance() {
    return finance;
  }

  /**
   * Lifetime value, RFM, profitability, churn and retention, KPIs and next best products over the
   * stored data.
   */
  public Analytics analytics() {
    return analytics;
  }

  /**
   * Retention: the configured {@link Builder#retention(List) policies} and the run that applies
   * them.
   */
  public Retention retention() {
    return retention;
  }

  /** The hash-chained audit log. */
  public Audit audit() {
    return audit;
  }

  /** Consent and marketing preferences of customers and leads. */
  public Consents consents() {
    return consents;
  }

  /** Rule-based segments and static lists of customers. */
  public Segments segments() {
    return segments;
  }

  /** Campaigns: planning, consent-filtered launch, member tracking, costs and metrics. */
  public Campaigns campaigns() {
    return campaigns;
  }

  /**
   * Data-subject rights: subject access and portability exports (GDPR Art. 15 and 20), erasure
   * (Art. 17) of customers and leads, and legal holds.
   */
  public Privacy privacy() {
    return privacy;
  }

  /** Duplicate customers: tenant-wide detection, N-way merge with survivorship, and unmerge. */
  public Duplicates duplicates() {
    return duplicates;
  }

  /** Domain event listeners and redelivery. */
  public Events events() {
    return events;
  }

  @Override
  public String toString() {
    return "Crm[storage=" + storage.name() + "]";
  }

  /** Collects the collaborators of a {@link Crm}; not thread-safe. */
  public static final class Builder {
    private CrmStorage storage;
    private Clock clock;
    private IdSource idSource;
    private Validator validator;
    private AccessPolicy accessPolicy;
    private Duration mergeUndoWindow = DEFAULT_MERGE_UNDO_WINDOW;
    private List<RetentionPolicy> retentionPolicies = List.of();
    private SecureRandom secureRandom;
    private SubjectKeys subjectKeys;

    private Builder() {}

    /**
     * The record-level access policy every service method enforces. Unless set, there is none and
     * every caller reads and changes every record of its tenant (the behaviour of earlier
     * versions). Once set, access is denied by default: a {@link Caller} without an {@link
     * Caller#withAccess access profile} sees no customer at all, and a record the caller may not
     * read is reported exactly as a missing one.
     */
    public Builder accessPolicy(AccessPolicy value) {
      this.accessPolicy = value;
      return this;
    }

    /** The storage adapter, e.g. {@code InMemoryStorage.create()} or a JDBC storage; required. */
    public Builder storage(CrmStorage value) {
      this.storage = value;
      return this;
    }

    /** The clock for timestamps and audit times; {@link Clock#systemUTC()} unless set. */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /** Where new ids come from; {@link IdSource#uuidV7(Clock)} over the clock unless set. */
    public Builder idSource(IdSource value) {
      this.idSource = value;
      return this;
    }

    /**
     * The Jakarta validator for commands. Unless set, a Hibernate Validator that needs no
     * Expression Language implementation, with English messages and the SDK clock as its time
     * reference.
     */
    public Builder validator(Validator value) {
      this.validator = value;
      return this;
    }

    /**
     * How long after a customer merge {@link Duplicates#unmerge} still accepts it; 30 days unless
     * set.
     *
     * @throws io.rapport.crm.common.InvalidValueException if {@code value} is null or negative
     */
    public Builder mergeUndoWindow(Duration value) {
      Checks.notNull(value, "mergeUndoWindow");
      Checks.argument(
          !value.isNegative(), "mergeUndoWindow", "mergeUndoWindow must not be negative");
      this.mergeUndoWindow = value;
      return this;
    }

    /**
     * The random source of the per-person audit keys and of each sealed value's nonce. Optional:
     * defaults to a new {@link SecureRandom}. Tests may pass a seeded one; production should not.
     */
    public Builder secureRandom(SecureRandom value) {
      this.secureRandom = value;
      return this;
    }

    /**
     * The retention policies {@link Retention#applyRetention(Caller, java.time.Instant)} applies,
     * at most one per record type; none unless set.
     *
     * @throws io.rapport.crm.common.InvalidValueException if {@code policies} is null, holds null
     *     or names a record type twice
     */
    public Builder retention(List<RetentionPolicy> policies) {
      List<RetentionPolicy> checked = Checks.list(policies, "policies");
      Checks.argument(
          checked.stream().map(RetentionPolicy::type).distinct().count() == checked.size(),
          "policies",
          "policies must name each record type once");
      this.retentionPolicies = checked;
      return this;
    }

    /**
     * Where the per-person audit keys live, for hosts that keep keys in their own key management
     * service. Optional: defaults to the storage's {@link io.rapport.crm.spi.PersonalDataStore} (a
     * table of the same database, written in the same transaction). A host store is called outside
     * the storage transaction: a key it created for a command that then rolled back is simply never
     * used.
     */
    public Builder subjectKeys(SubjectKeys value) {
      this.subjectKeys = value;
      return this;
    }

    /**
     * The facade.
     *
     * @throws io.rapport.crm.common.InvalidValueException if no storage was set
     */
    public Crm build() {
      Checks.notNull(storage, "storage");
      Clock usedClock = clock == null ? Clock.systemUTC() : clock;
      IdSource usedIds = idSource == null ? IdSource.uuidV7(usedClock) : idSource;
      Validator usedValidator =
          validator == null ? CommandValidator.hibernateValidator(usedClock) : validator;
      AccessGuard access =
          accessPolicy == null ? AccessGuard.unrestricted() : AccessGuard.enforcing(accessPolicy);
      SubjectSealer sealer =
          new SubjectSealer(secureRandom == null ? new SecureRandom() : secureRandom, subjectKeys);
      return new Crm(
          storage,
          usedClock,
          usedIds,
          usedValidator,
          access,
          mergeUndoWindow,
          retentionPolicies,
          sealer);
    }
  }
}
