-- Customer merges, MariaDB: one row per merge with its before-images and moved rows (JSON text),
-- and one row per merged-away customer so that "which standing merge took this id?" is an index
-- lookup.
CREATE TABLE rapport_customer_merge (
  tenant_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  survivor_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  merged_ids    LONGTEXT NOT NULL,
  before_images LONGTEXT NOT NULL,
  repointed     LONGTEXT NOT NULL,
  merged_at     DATETIME(6) NOT NULL,
  undo_deadline DATETIME(6) NOT NULL,
  undone_at     DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_customer_merge_member (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  merge_id    CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, merge_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- A merge re-points the rows naming the merged customers; these columns had no index led by them.
CREATE INDEX rapport_lead_converted_customer_ix ON rapport_lead (tenant_id, converted_customer_id);
CREATE INDEX rapport_lead_linked_customer_ix ON rapport_lead (tenant_id, linked_customer_id);
CREATE INDEX rapport_financial_event_owner_ix ON rapport_financial_event (tenant_id, customer_id);
