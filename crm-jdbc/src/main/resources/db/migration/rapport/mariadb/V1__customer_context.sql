-- Rapport customer context, MariaDB (10.6 or later).
-- Every primary key starts with tenant_id; ids are library-made UUIDs as lower-case ASCII text;
-- no sequences, no AUTO_INCREMENT. Text is utf8mb4 (emoji round-trip) with binary NO PAD
-- collations, so equality is exact (trailing blanks count) and ordering is by code point.
-- Timestamps are DATETIME(6) holding UTC: DATETIME is never converted by the session or server
-- time zone.
-- sort_key holds the UTF-8 bytes of CustomerQuery.sortKey(display_name): byte order is code point
-- order on every database, and a name prefix is a byte range.

CREATE TABLE rapport_customer (
  tenant_id             VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                    CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version               BIGINT NOT NULL,
  kind                  VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  status                VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  display_name          TEXT NOT NULL,
  sort_key              VARBINARY(400) NOT NULL,
  legal_name            TEXT NOT NULL,
  founding_date         DATE,
  government_id_kind    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin,
  government_id_country CHAR(2) CHARACTER SET ascii COLLATE ascii_bin,
  government_id_value   VARCHAR(64),
  preferred_language    VARCHAR(255),
  owner_id              VARCHAR(64),
  branch_code           VARCHAR(32),
  created_at            DATETIME(6) NOT NULL,
  updated_at            DATETIME(6) NOT NULL,
  contact_points        MEDIUMTEXT NOT NULL,
  tags                  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  INDEX rapport_customer_sort_ix (tenant_id, sort_key, id),
  INDEX rapport_customer_owner_ix (tenant_id, owner_id, sort_key, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_customer_tag (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  tag         VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, tag),
  INDEX rapport_customer_tag_ix (tenant_id, tag, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_customer_contact_key (
  tenant_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  contact_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  channel          VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  normalized_value VARCHAR(254) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, contact_point_id),
  INDEX rapport_customer_contact_key_ix (tenant_id, channel, normalized_value, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_relationship (
  tenant_id         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version           BIGINT NOT NULL,
  from_customer_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  to_customer_id    CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  relationship_type VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  valid_from        DATE NOT NULL,
  valid_thru        DATE,
  PRIMARY KEY (tenant_id, id),
  INDEX rapport_relationship_from_ix (tenant_id, from_customer_id, id),
  INDEX rapport_relationship_to_ix (tenant_id, to_customer_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_household (
  tenant_id         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version           BIGINT NOT NULL,
  name              VARCHAR(200) NOT NULL,
  primary_member_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- primary_customer_id = customer_id when the member is flagged primary, else NULL: the unique key
-- lets a customer have at most one primary household (NULLs never collide).
CREATE TABLE rapport_household_member (
  tenant_id           VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  household_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  ordinal             INT NOT NULL,
  member_role         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  primary_household   BOOLEAN NOT NULL,
  primary_customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  PRIMARY KEY (tenant_id, household_id, customer_id),
  CONSTRAINT rapport_household_member_primary_uq UNIQUE (tenant_id, primary_customer_id),
  INDEX rapport_household_member_customer_ix (tenant_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_holding (
  tenant_id         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version           BIGINT NOT NULL,
  customer_id       CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product_type      VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product_name      VARCHAR(200) NOT NULL,
  account_reference VARCHAR(64) NOT NULL,
  truncated_card    BOOLEAN NOT NULL,
  holding_role      VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  balance_amount    DECIMAL(24, 6) NOT NULL,
  balance_scale     SMALLINT NOT NULL,
  balance_currency  CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  opened_on         DATE NOT NULL,
  closed_on         DATE,
  as_of             DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT rapport_holding_account_uq UNIQUE (tenant_id, customer_id, account_reference)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_audit_entry (
  tenant_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sequence_no   BIGINT NOT NULL,
  occurred_at   DATETIME(6) NOT NULL,
  actor_kind    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  actor_id      VARCHAR(128) NOT NULL,
  record_type   VARCHAR(50) NOT NULL,
  record_id     VARCHAR(100) NOT NULL,
  action        VARCHAR(100) NOT NULL,
  changes       MEDIUMTEXT NOT NULL,
  reason        MEDIUMTEXT,
  previous_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  hash          CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id, sequence_no),
  INDEX rapport_audit_entry_record_ix (tenant_id, record_type, record_id, sequence_no)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_audit_head (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sequence_no BIGINT NOT NULL,
  hash        CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- occurred_nanos keeps the sub-microsecond part of occurred_at so that pending() orders exactly.
CREATE TABLE rapport_outbox_event (
  tenant_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_id       CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type     VARCHAR(100) NOT NULL,
  occurred_at    DATETIME(6) NOT NULL,
  occurred_nanos INT NOT NULL,
  delivered_at   DATETIME(6) NULL,
  payload        MEDIUMTEXT NOT NULL,
  PRIMARY KEY (tenant_id, event_id),
  INDEX rapport_outbox_event_pending_ix (tenant_id, delivered_at, occurred_at, occurred_nanos, event_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
