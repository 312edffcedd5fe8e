/**
 * The pure CRM domain of Rapport: aggregates, value objects, rules and calculators. JDK only,
 * except Hipparchus (optimiser and special functions) for the analytics' model fitting.
 */
// "module": the qualified export below names modules that are compiled after this one.
@SuppressWarnings("module")
module io.rapport.crm.core {
  // Hipparchus 4 ships no module descriptor nor Automatic-Module-Name: names derive from the jars.
  requires hipparchus.core;
  requires hipparchus.optim;

  exports io.rapport.crm.common;
  exports io.rapport.crm.common.pii;
  exports io.rapport.crm.party;
  exports io.rapport.crm.party.merge;
  exports io.rapport.crm.compliance;
  exports io.rapport.crm.compliance.access;
  exports io.rapport.crm.lead;
  exports io.rapport.crm.pipeline;
  exports io.rapport.crm.campaign;
  exports io.rapport.crm.analytics;
  exports io.rapport.crm.finance;
  exports io.rapport.crm.common.internal to
      io.rapport.crm.spi,
      io.rapport.crm.sdk,
      io.rapport.crm.inmemory,
      io.rapport.crm.jdbc,
      io.rapport.crm.tck,
      io.rapport.crm.jackson;
}
