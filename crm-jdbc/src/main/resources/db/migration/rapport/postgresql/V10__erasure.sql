-- Rapport erasure (GDPR Art. 17): per-subject audit keys (crypto-shredding), legal holds and the
-- record of erased subjects (ids and time only). A subject is a customer or a lead.
-- key_material is the base64 AES-256 key that seals the subject's audit values; deleting the row
-- makes those values unreadable for good while the audit chain, which hashes the sealed text,
-- still verifies.

CREATE TABLE rapport_subject_key (
  tenant_id    VARCHAR(64) COLLATE "C" NOT NULL,
  subject_kind VARCHAR(16) COLLATE "C" NOT NULL,
  subject_id   CHAR(36) COLLATE "C" NOT NULL,
  key_material VARCHAR(64) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_subject_key_pk PRIMARY KEY (tenant_id, subject_id, subject_kind)
);

CREATE TABLE rapport_legal_hold (
  tenant_id   VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHAR(36) COLLATE "C" NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  placed_at   TIMESTAMP(6) NOT NULL,
  actor_kind  VARCHAR(16) COLLATE "C" NOT NULL,
  actor_id    VARCHAR(128) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_legal_hold_pk PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE rapport_erasure (
  tenant_id    VARCHAR(64) COLLATE "C" NOT NULL,
  subject_kind VARCHAR(16) COLLATE "C" NOT NULL,
  subject_id   CHAR(36) COLLATE "C" NOT NULL,
  erased_at    TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_erasure_pk PRIMARY KEY (tenant_id, subject_id, subject_kind)
);
