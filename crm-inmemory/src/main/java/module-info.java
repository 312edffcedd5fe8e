/**
 * The in-memory storage adapter of Rapport: every storage port in process, thread-safe and
 * transactional. The reference adapter crm-tck is written against, and the test double host
 * applications use instead of mocks.
 */
module io.rapport.crm.inmemory {
  requires transitive io.rapport.crm.spi;

  exports io.rapport.crm.inmemory;
}
