/**
 * The storage contract test kit of Rapport: abstract JUnit 5 and jqwik classes, one per storage
 * port plus cross-cutting contracts, that every storage adapter extends and must pass. Test helpers
 * live in the unexported {@code io.rapport.crm.tck.internal} package.
 */
// "module": the engines the contracts are opened to are only present when tests run.
@SuppressWarnings("module")
module io.rapport.crm.tck {
  requires transitive io.rapport.crm.spi;
  requires transitive org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires org.assertj.core;
  requires net.jqwik.api;

  exports io.rapport.crm.tck;

  opens io.rapport.crm.tck to
      org.junit.platform.commons,
      net.jqwik.engine;
}
