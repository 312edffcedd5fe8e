-- Customer merges, PostgreSQL: one row per merge with its before-images and moved rows (JSON text),
-- and one row per merged-away customer so that "which standing merge took this id?" is an index
-- lookup.
CREATE TABLE rapport_customer_merge (
  tenant_id     VARCHAR(64) COLLATE "C" NOT NULL,
  id            CHAR(36) COLLATE "C" NOT NULL,
  survivor_id   CHAR(36) COLLATE "C" NOT NULL,
  merged_ids    TEXT NOT NULL,
  before_images TEXT NOT NULL,
  repointed     TEXT NOT NULL,
  merged_at     TIMESTAMP(6) NOT NULL,
  undo_deadline TIMESTAMP(6) NOT NULL,
  undone_at     TIMESTAMP(6),
  CONSTRAINT rapport_customer_merge_pk PRIMARY KEY (tenant_id, id)
);

CREATE TABLE rapport_customer_merge_member (
  tenant_id   VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHAR(36) COLLATE "C" NOT NULL,
  merge_id    CHAR(36) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_customer_merge_member_pk PRIMARY KEY (tenant_id, customer_id, merge_id)
);

-- A merge re-points the rows naming the merged customers; these columns had no index led by them.
CREATE INDEX rapport_lead_converted_customer_ix ON rapport_lead (tenant_id, converted_customer_id);
CREATE INDEX rapport_lead_linked_customer_ix ON rapport_lead (tenant_id, linked_customer_id);
CREATE INDEX rapport_financial_event_owner_ix ON rapport_financial_event (tenant_id, customer_id);
