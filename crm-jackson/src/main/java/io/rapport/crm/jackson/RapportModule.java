package io.rapport.crm.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.rapport.crm.jackson.internal.DomainSerializers;

/**
 * A Jackson module for the Rapport domain: register it on the host's {@code ObjectMapper} to write
 * and read customers, leads, opportunities, consent and audit records and their value types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(RapportModule.masked());
 * String json = mapper.writeValueAsString(customer);
 * }</pre>
 *
 * <p>The JSON shape, for every record and sealed interface of the {@code io.rapport.crm} packages:
 *
 * <ul>
 *   <li>a record is an object with one property per record component, named after it, in
 *       declaration order; absent values are {@code null};
 *   <li>a record of one scalar component (typed ids such as {@code CustomerId}, {@code TenantId},
 *       {@code EmployeeId}, {@code BranchCode}, {@code EmailAddress}, {@code PhoneNumber}, {@code
 *       Probability}) is that scalar: {@code "0193…"}, {@code "bank-a"}, {@code 40};
 *   <li>a record of a sealed interface ({@code Person}, {@code EmailContact}, {@code OpenLead},
 *       {@code WonOpportunity}, {@code FinancialLine}…) has {@code "@type"} first, its simple class
 *       name, which reading uses to pick the kind;
 *   <li>decimals are strings ({@code Money} is {@code {"amount":"12.50","currency":"EUR"}}), enums
 *       their constant names, instants, dates and durations ISO-8601 strings.
 * </ul>
 *
 * <p>{@link #masked()} writes every {@link io.rapport.crm.common.pii.PersonalData} value (e-mail,
 * phone, government id, postal address, account reference, lead contact) as its masked rendering, a
 * string, for logs and screens; such values cannot be read back. {@link #unmasked()} writes and
 * reads the full values, for a subject-access export or a host's own storage. Free-text fields
 * (names, notes) are not personal-data types and are written as they are in both modes.
 *
 * <p>Reading goes through each record's canonical constructor, so what is read is checked like what
 * is built in code. The module registers nothing for {@code java.time} or other non-Rapport types,
 * so it does not change how the host writes its own values. Immutable and thread-safe.
 */
public final class RapportModule extends Module {
  private final boolean masked;

  private RapportModule(boolean masked) {
    this.masked = masked;
  }

  /** A module writing personal data masked; personal data cannot be read back. */
  public static RapportModule masked() {
    return new RapportModule(true);
  }

  /** A module writing and reading personal data in full. */
  public static RapportModule unmasked() {
    return new RapportModule(false);
  }

  /** Whether this module masks personal data. */
  public boolean isMasked() {
    return masked;
  }

  @Override
  public String getModuleName() {
    return masked ? "rapport-masked" : "rapport";
  }

  @Override
  public Object getTypeId() {
    return RapportModule.class.getName() + (masked ? ":masked" : ":unmasked");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(DomainSerializers.serializers(masked));
    context.addDeserializers(DomainSerializers.deserializers(masked));
  }
}
