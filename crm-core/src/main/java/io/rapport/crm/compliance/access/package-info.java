/**
 * Record-level access: a pure policy, without I/O, deciding which customer records a caller may
 * read and change (by owner, team, branch, territory and role, under information barriers), and the
 * {@link io.rapport.crm.compliance.access.RecordFilter} that storage adapters turn into query
 * predicates so that lists, searches and segments are filtered where the rows are read.
 */
package io.rapport.crm.compliance.access;
