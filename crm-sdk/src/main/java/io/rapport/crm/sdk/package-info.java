/**
 * The Rapport SDK: the {@link io.rapport.crm.sdk.Crm} facade host applications call, its services
 * (customers, relationships, households, holdings, imports, audit, events), and the commands they
 * take. Commands carry raw host values and are validated with Jakarta Validation; every violated
 * field is reported at once in a {@link io.rapport.crm.sdk.CommandValidationException}, and nothing
 * is stored. Personal data never appears in messages, logs or {@code toString()}.
 */
package io.rapport.crm.sdk;
