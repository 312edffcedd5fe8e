/** The storage ports of Rapport: what every storage adapter implements and crm-tck checks. */
module io.rapport.crm.spi {
  requires transitive io.rapport.crm.core;

  exports io.rapport.crm.spi;
}
