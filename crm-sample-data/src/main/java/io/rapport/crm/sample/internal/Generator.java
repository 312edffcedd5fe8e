package io.rapport.crm.sample.internal;

import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link SampleBank}: persons with their households and holdings first, then powers of
 * attorney among them, then organisations linked to persons. Not API; one instance per run.
 */
public final class Generator {
  private final SampleBankSpec spec;

  /** A generator for {@code spec}. */
  public Generator(SampleBankSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** Runs the generation; call once. */
  public SampleBank generate() {
    Workbench bench = new Workbench(spec);
    int organisations = (int) Math.round(spec.customers() * spec.organisationShare());
    HoldingFactory holdings = new HoldingFactory(bench);
    PersonFactory persons = new PersonFactory(bench);
    HouseholdPlanner planner = new HouseholdPlanner(bench, persons, holdings);
    planner.makePersons(spec.customers() - organisations);
    List<PartyDraft> people = List.copyOf(bench.drafts);
    planner.grantPowersOfAttorney(people);
    new OrganisationFactory(bench, persons, planner, holdings)
        .makeOrganisations(organisations, people);
    return new SampleBank(
        spec, bench.customers, bench.relationships, bench.households, bench.holdings);
  }
}
