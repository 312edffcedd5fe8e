/**
 * The Rapport SDK: the Crm facade and its use cases, with validation, transactions, audit and
 * domain events over any storage adapter.
 */
module io.rapport.crm.sdk {
  requires transitive io.rapport.crm.spi;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator is an automatic module and cannot require its own dependency classmate,
  // an explicit module: requiring it here puts it in the module graph, so hosts on the module
  // path need no --add-modules.
  requires com.fasterxml.classmate;
  requires org.slf4j;

  exports io.rapport.crm.sdk;
  exports io.rapport.crm.sdk.validation;

  // Hibernate Validator reads the command records and instantiates the constraint validators.
  opens io.rapport.crm.sdk to
      org.hibernate.validator;
  opens io.rapport.crm.sdk.internal.validation to
      org.hibernate.validator;
}
