/**
 * Jakarta Validation constraints Rapport's commands use, for host code that wants to check its own
 * input the same way before building a command. Each constraint accepts {@code null}; messages
 * never contain the rejected value.
 */
package io.rapport.crm.sdk.validation;
