-- Rapport customer context, H2.
-- Every primary key starts with tenant_id (ready for distribution by tenant, e.g. Citus).
-- Ids are library-made UUIDs as lower-case text; no sequences, no identity columns.
-- Ids are VARCHAR, not CHAR: the driver binds text as VARCHAR, and H2 uses no index for
-- id IN (?, ...) when the column is CHAR (a scan converting every row instead).
-- Timestamps are UTC. H2 compares VARCHAR by UTF-16 unit, not by code point: ordered text is binary.
-- sort_key holds the UTF-8 bytes of CustomerQuery.sortKey(display_name): byte order is code point
-- order on every database, and a name prefix is a byte range.

CREATE TABLE rapport_customer (
  tenant_id             VARCHAR(64) NOT NULL,
  id                    VARCHAR(36) NOT NULL,
  version               BIGINT NOT NULL,
  kind                  VARCHAR(16) NOT NULL,
  status                VARCHAR(16) NOT NULL,
  display_name          VARCHAR(10000) NOT NULL,
  sort_key              VARBINARY(400) NOT NULL,
  legal_name            VARCHAR(10000) NOT NULL,
  founding_date         DATE,
  government_id_kind    VARCHAR(32),
  government_id_country CHAR(2),
  government_id_value   VARCHAR(64),
  preferred_language    VARCHAR(255),
  owner_id              VARCHAR(64),
  branch_code           VARCHAR(32),
  created_at            TIMESTAMP(6) NOT NULL,
  updated_at            TIMESTAMP(6) NOT NULL,
  contact_points        CHARACTER LARGE OBJECT NOT NULL,
  tags                  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rapport_customer_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX rapport_customer_sort_ix ON rapport_customer (tenant_id, sort_key, id);
CREATE INDEX rapport_customer_owner_ix ON rapport_customer (tenant_id, owner_id, sort_key, id);

CREATE TABLE rapport_customer_tag (
  tenant_id   VARCHAR(64) NOT NULL,
  customer_id VARCHAR(36) NOT NULL,
  tag         VARCHAR(64) NOT NULL,
  CONSTRAINT rapport_customer_tag_pk PRIMARY KEY (tenant_id, customer_id, tag)
);
CREATE INDEX rapport_customer_tag_ix ON rapport_customer_tag (tenant_id, tag, customer_id);

CREATE TABLE rapport_customer_contact_key (
  tenant_id        VARCHAR(64) NOT NULL,
  customer_id      VARCHAR(36) NOT NULL,
  contact_point_id VARCHAR(36) NOT NULL,
  channel          VARCHAR(16) NOT NULL,
  normalized_value VARCHAR(254) NOT NULL,
  CONSTRAINT rapport_customer_contact_key_pk PRIMARY KEY (tenant_id, customer_id, contact_point_id)
);
CREATE INDEX rapport_customer_contact_key_ix
  ON rapport_customer_contact_key (tenant_id, channel, normalized_value, customer_id);

CREATE TABLE rapport_relationship (
  tenant_id         VARCHAR(64) NOT NULL,
  id                VARCHAR(36) NOT NULL,
  version           BIGINT NOT NULL,
  from_customer_id  VARCHAR(36) NOT NULL,
  to_customer_id    VARCHAR(36) NOT NULL,
  relationship_type VARCHAR(32) NOT NULL,
  valid_from        DATE NOT NULL,
  valid_thru        DATE,
  CONSTRAINT rapport_relationship_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX rapport_relationship_from_ix ON rapport_relationship (tenant_id, from_customer_id, id);
CREATE INDEX rapport_relationship_to_ix ON rapport_relationship (tenant_id, to_customer_id, id);

CREATE TABLE rapport_household (
  tenant_id         VARCHAR(64) NOT NULL,
  id                VARCHAR(36) NOT NULL,
  version           BIGINT NOT NULL,
  name              VARCHAR(200) NOT NULL,
  primary_member_id VARCHAR(36) NOT NULL,
  CONSTRAINT rapport_household_pk PRIMARY KEY (tenant_id, id)
);

-- primary_customer_id = customer_id when the member is flagged primary, else NULL: the unique key
-- lets a customer have at most one primary household (NULLs never collide).
CREATE TABLE rapport_household_member (
  tenant_id           VARCHAR(64) NOT NULL,
  household_id        VARCHAR(36) NOT NULL,
  customer_id         VARCHAR(36) NOT NULL,
  ordinal             INTEGER NOT NULL,
  member_role         VARCHAR(32) NOT NULL,
  primary_household   BOOLEAN NOT NULL,
  primary_customer_id VARCHAR(36),
  CONSTRAINT rapport_household_member_pk PRIMARY KEY (tenant_id, household_id, customer_id),
  CONSTRAINT rapport_household_member_primary_uq UNIQUE (tenant_id, primary_customer_id)
);
CREATE INDEX rapport_household_member_customer_ix
  ON rapport_household_member (tenant_id, customer_id);

CREATE TABLE rapport_holding (
  tenant_id         VARCHAR(64) NOT NULL,
  id                VARCHAR(36) NOT NULL,
  version           BIGINT NOT NULL,
  customer_id       VARCHAR(36) NOT NULL,
  product_type      VARCHAR(32) NOT NULL,
  product_name      VARCHAR(200) NOT NULL,
  account_reference VARCHAR(64) NOT NULL,
  truncated_card    BOOLEAN NOT NULL,
  holding_role      VARCHAR(32) NOT NULL,
  balance_amount    DECIMAL(24, 6) NOT NULL,
  balance_scale     SMALLINT NOT NULL,
  balance_currency  CHAR(3) NOT NULL,
  opened_on         DATE NOT NULL,
  closed_on         DATE,
  as_of             TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_holding_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT rapport_holding_account_uq UNIQUE (tenant_id, customer_id, account_reference)
);

CREATE TABLE rapport_audit_entry (
  tenant_id     VARCHAR(64) NOT NULL,
  sequence_no   BIGINT NOT NULL,
  occurred_at   TIMESTAMP(6) NOT NULL,
  actor_kind    VARCHAR(16) NOT NULL,
  actor_id      VARCHAR(128) NOT NULL,
  record_type   VARCHAR(50) NOT NULL,
  record_id     VARCHAR(100) NOT NULL,
  action        VARCHAR(100) NOT NULL,
  changes       CHARACTER LARGE OBJECT NOT NULL,
  reason        CHARACTER LARGE OBJECT,
  previous_hash CHAR(64) NOT NULL,
  hash          CHAR(64) NOT NULL,
  CONSTRAINT rapport_audit_entry_pk PRIMARY KEY (tenant_id, sequence_no)
);
CREATE INDEX rapport_audit_entry_record_ix
  ON rapport_audit_entry (tenant_id, record_type, record_id, sequence_no);

CREATE TABLE rapport_audit_head (
  tenant_id   VARCHAR(64) NOT NULL,
  sequence_no BIGINT NOT NULL,
  hash        CHAR(64) NOT NULL,
  CONSTRAINT rapport_audit_head_pk PRIMARY KEY (tenant_id)
);

-- occurred_nanos keeps the sub-microsecond part of occurred_at so that pending() orders exactly.
CREATE TABLE rapport_outbox_event (
  tenant_id      VARCHAR(64) NOT NULL,
  event_id       VARCHAR(36) NOT NULL,
  event_type     VARCHAR(100) NOT NULL,
  occurred_at    TIMESTAMP(6) NOT NULL,
  occurred_nanos INTEGER NOT NULL,
  delivered_at   TIMESTAMP(6),
  payload        CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rapport_outbox_event_pk PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX rapport_outbox_event_pending_ix
  ON rapport_outbox_event (tenant_id, delivered_at, occurred_at, occurred_nanos, event_id);
