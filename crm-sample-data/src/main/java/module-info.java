/**
 * Deterministic, realistic bank data sets built from crm-core values: customers (persons and
 * organisations), relationships, households and holdings, for demos, tests and benchmarks.
 */
module io.rapport.crm.sample {
  requires transitive io.rapport.crm.core;

  exports io.rapport.crm.sample;
}
