-- Rapport erasure (GDPR Art. 17): per-subject audit keys (crypto-shredding), legal holds and the
-- record of erased subjects (ids and time only). A subject is a customer or a lead.
-- key_material is the base64 AES-256 key that seals the subject's audit values; deleting the row
-- makes those values unreadable for good while the audit chain, which hashes the sealed text,
-- still verifies.

CREATE TABLE rapport_subject_key (
  tenant_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  key_material VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id, subject_id, subject_kind)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_legal_hold (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  placed_at   DATETIME(6) NOT NULL,
  actor_kind  VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  actor_id    VARCHAR(128) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_erasure (
  tenant_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  erased_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, subject_id, subject_kind)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
