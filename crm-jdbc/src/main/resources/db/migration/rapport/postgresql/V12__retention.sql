-- Rapport retention, PostgreSQL: the checkpoint of an unfinished retention run per tenant and
-- record type (the last key of the last committed batch), removed when the run completes.

CREATE TABLE rapport_retention_checkpoint (
  tenant_id     VARCHAR(64) COLLATE "C" NOT NULL,
  record_type   VARCHAR(32) COLLATE "C" NOT NULL,
  run_id        VARCHAR(36) COLLATE "C" NOT NULL,
  cutoff        TIMESTAMP(6) NOT NULL,
  last_key      VARCHAR(100) COLLATE "C" NOT NULL,
  processed     BIGINT NOT NULL,
  batches       INTEGER NOT NULL,
  CONSTRAINT rapport_retention_checkpoint_pk PRIMARY KEY (tenant_id, record_type)
);
CREATE INDEX rapport_lead_retention_ix ON rapport_lead (tenant_id, status, updated_at);

-- The anchor of a tenant's audit chain: sequence and hash of the last entry retention removed
-- (a prefix of the chain is deleted; verification starts from the anchor instead of the genesis).
CREATE TABLE rapport_audit_anchor (
  tenant_id     VARCHAR(64) COLLATE "C" NOT NULL,
  sequence_no   BIGINT NOT NULL,
  hash          CHAR(64) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_audit_anchor_pk PRIMARY KEY (tenant_id)
);
